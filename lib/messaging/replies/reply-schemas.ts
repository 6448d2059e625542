/**
 * The schema of each message's reply value, by message type: the one map both ends use. The worker checks every
 * value against it before sending (lib/messaging/handle-worker-message.ts), and the extension's pages parse what
 * they receive with it (lib/ui/ask-worker.ts). A schema may read less than the worker's type holds (zod drops the
 * rest), never more: checked at compile time below.
 */
import * as z from 'zod/mini';
import { settingsSchema } from '../../settings/settings';
import type { ReplyValues, ValueMessageType } from '../worker-protocol';
import { loopPlanSchema, rankingSchema } from './choose-schemas';
import { exposureSchema, reportedSchema } from './exposure-schemas';
import { anyReportSchema, tokenIndexSchema, tokenReportSchema } from './report-schemas';
import { assessmentSchema, bypassesSchema, statusSchema, tabStateSchema } from './warning-schemas';

export const REPLY_SCHEMAS = {
  assess: assessmentSchema,
  'list-tokens': tokenIndexSchema,
  'token-report': anyReportSchema,
  compare: z.array(tokenReportSchema),
  'tab-state': tabStateSchema,
  'tab-bypasses': bypassesSchema,
  status: statusSchema,
  refresh: statusSchema,
  'get-settings': settingsSchema,
  'set-settings': settingsSchema,
  rank: rankingSchema,
  loop: loopPlanSchema,
  exposure: exposureSchema,
  'tab-accounts': reportedSchema,
  'set-choice': settingsSchema,
} as const satisfies Record<ValueMessageType, z.core.$ZodType>;

/** What the schema for T reads. */
export type ReplyRead<T extends ValueMessageType> = z.output<(typeof REPLY_SCHEMAS)[T]>;

// Compile-time: every value the worker sends for T is one its schema accepts in type (reads nothing it lacks).
const readsNoMore: { [T in ValueMessageType]: ReplyValues[T] extends ReplyRead<T> ? true : false } = {
  assess: true,
  'list-tokens': true,
  'token-report': true,
  compare: true,
  'tab-state': true,
  'tab-bypasses': true,
  status: true,
  refresh: true,
  'get-settings': true,
  'set-settings': true,
  rank: true,
  loop: true,
  exposure: true,
  'tab-accounts': true,
  'set-choice': true,
};
void readsNoMore;

const MAX_ERROR = 300;

/** Where a value failed its schema, in words a page can show: `status.snapshotAsOf: expected string`. */
export function replyIssue<T extends ValueMessageType>(type: T, value: unknown, key: string): string | null {
  const parsed = z.safeParse(REPLY_SCHEMAS[type] as z.core.$ZodType, value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return (issue ? `${[key, ...issue.path.map(String)].join('.')}: ${issue.message}` : key).slice(0, MAX_ERROR);
}
