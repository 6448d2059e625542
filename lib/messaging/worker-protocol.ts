/**
 * The worker's message protocol, one entry per message (the way `@webext-core/messaging` types its ProtocolMap):
 * what is sent, the field the reply carries its value in, and the value's type. The worker parses every request
 * with `worker-schemas.ts`, answers through `replyOk` and checks the value against `replies/reply-schemas.ts` before
 * sending it; a page asks with `lib/ui/ask-worker.ts`, which parses the reply with the same schemas (checked at
 * compile time against these types). The content script's `assess` reply is the one exception, documented in
 * worker-client.ts: the worker's check is the full one there.
 */
import type { LoopPlan } from '../choose/plan-loop';
import type { Ranking } from '../choose/rank-tokens';
import type { RestakingSummary } from '../exposure/summarize-holdings';
import type { TokenReport } from '../report/token-report';
import type { Settings } from '../settings/settings';
import type { LstReport } from '../worker/lst-report';
import type { BypassRecord, TabState } from '../worker/tab-records';
import type { TokenIndexEntry } from '../worker/token-index';
import type { Assessment, SourceLine } from './hold-messages';
import type { ReportedAccounts } from './reported-accounts';
import type { ContentMessage, PageMessage } from './worker-schemas';

export interface WorkerStatus {
  snapshotAsOf: string;
  sources: SourceLine[];
}

/** "Your restaking": one summary per account and chain, when the person turned it on. */
export interface ExposureOverview {
  enabled: boolean;
  /** Whether the person has answered the first-run question. */
  asked: Settings['exposure']['asked'];
  accounts: string[];
  /** A read that could not be made has no source and names its failure. */
  summaries: (Omit<RestakingSummary, 'source'> & { source: string | null; failed: { label: string; message: string }[] })[];
}

/** Each message's reply value, by message type. */
export interface ReplyValues {
  // From content scripts.
  assess: Assessment;
  'load-ui': void;
  decision: void;
  'open-report': void;
  bypass: void;
  accounts: void;
  // From the popup and the options page.
  'list-tokens': TokenIndexEntry[];
  'token-report': TokenReport | LstReport;
  compare: TokenReport[];
  'tab-state': TabState | null;
  'tab-bypasses': BypassRecord[];
  status: WorkerStatus;
  refresh: WorkerStatus;
  'get-settings': Settings;
  'set-settings': Settings;
  rank: Ranking;
  loop: LoopPlan;
  exposure: ExposureOverview;
  'tab-accounts': ReportedAccounts | null;
  'set-choice': Settings;
}

export type MessageType = keyof ReplyValues;

/** The field of the reply that carries the value; messages without a value reply `{ ok: true }`. */
export const REPLY_KEY = {
  assess: 'assessment',
  'list-tokens': 'tokens',
  'token-report': 'report',
  compare: 'reports',
  'tab-state': 'state',
  'tab-bypasses': 'bypassed',
  status: 'status',
  refresh: 'status',
  'get-settings': 'settings',
  'set-settings': 'settings',
  rank: 'ranking',
  loop: 'plan',
  exposure: 'exposure',
  'tab-accounts': 'reported',
  'set-choice': 'settings',
} as const satisfies { [T in MessageType as ReplyValues[T] extends void ? never : T]: string };

export type ValueMessageType = keyof typeof REPLY_KEY;
export type RequestOf<T extends MessageType> = Extract<ContentMessage | PageMessage, { type: T }>;
export type WorkerError = { ok: false; error: string };

/** The reply to a message of type T, as it travels. */
export type ReplyOf<T extends MessageType> =
  | (T extends ValueMessageType ? { ok: true } & { [K in (typeof REPLY_KEY)[T]]: ReplyValues[T] } : { ok: true })
  | WorkerError;

/** Any reply the worker sends. */
export type WorkerReply = ReplyOf<MessageType>;

/** The reply that carries `value` for a message of type T. */
export function replyOk<T extends ValueMessageType>(type: T, value: ReplyValues[T]): ReplyOf<T> {
  return { ok: true, [REPLY_KEY[type]]: value } as ReplyOf<T>;
}
