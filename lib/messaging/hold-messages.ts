/**
 * Typed messages between the warning content script and the worker. Types only: the content
 * script runs on every page and stays small, so the worker parses these with zod
 * (`worker-schemas.ts`) and the content script checks replies by hand (`parseAssessReply`).
 */
import type { Intent } from '../detect/intent';
import type { WarningTokenView } from '../report/warning-view';
import type { Verdict, VerdictLevel } from '../risk/types';

/** One request the page asked to sign or send, as the hook snapshotted it. Untrusted until parsed. */
export interface UntrustedRequest {
  method: string;
  params: unknown;
}

export interface HoldInput {
  requests: UntrustedRequest[];
  /** The wallet's answer to eth_chainId when the hold started, hex; null if it did not answer. */
  chainId: string | null;
  via: 'request' | 'send' | 'sendAsync';
  /** Which provider the page used: `window.ethereum`, `eip6963:<rdns>`, … */
  wallet: string;
}

export interface AssessMessage {
  type: 'assess';
  hold: HoldInput;
  page: { origin: string; topLevel: boolean };
  /**
   * Sent when nothing else of this frame waits for the person: should this warn, the worker shows the warning at
   * once under `token` (if before `openBy`, epoch ms), and the frame's `surface-open` for it waits for that.
   */
  surface?: { token: string; openBy: number };
}

/** One intent as the warning shows it: the intent, and the sentence that says it in plain words. */
export interface WarningItem {
  intent: Intent;
  summary: string;
  /** The risk verdict for this intent, and the summary of the report on the LRT it exposes the person to (null when none is known). */
  verdict: Verdict;
  report: WarningTokenView | null;
}

/** A data source's state in words ("live, 3 min ago", "snapshot 2026-11-25", "failed: timeout"). */
export interface SourceLine {
  id: string;
  label: string;
  text: string;
  state: 'live' | 'snapshot' | 'failed' | 'pending';
}

/** What the warning renders. Built in the worker from the assessment; nothing in it comes from page text. */
export interface WarningReport {
  origin: string;
  chainId: number | null;
  items: WarningItem[];
  /** Set when the assessment failed: the reason, shown as "Not checked". */
  notChecked: string | null;
  /** Known contracts the request touches that could not be analysed (for "Not checked"). */
  targets: { address: string; name: string | null }[];
  /** Worst verdict over the items; "unknown" when not checked. */
  level: VerdictLevel;
  /** How fresh the data behind the verdicts is. */
  freshness: { snapshotAsOf: string; sources: SourceLine[] } | null;
}

export type Assessment = { kind: 'release' } | { kind: 'warn'; report: WarningReport };

export type AssessReply = { ok: true; assessment: Assessment } | { ok: false; error: string };

/** Asks the worker to inject the warning's UI script into the sender's frame (it is not web-accessible). */
export interface LoadUiMessage {
  type: 'load-ui';
  /** The React warning (default), or the top frame's surface host. */
  part?: 'ui' | 'surface';
}

export type LoadUiReply = { ok: true } | { ok: false; error: string };

