/**
 * The warning's decision surface is an extension page (`warning-frame.html`) framed inside the page's top-layer
 * dialog. The page can neither read nor style it, and nothing it says travels through the page: the content script
 * that holds the request hands the report to the worker, the framed page asks the worker for it with the hold's
 * token, and the person's choice goes back the same way. Types and hand-written checks only: this runs in pages.
 *
 *   owner frame (holds the request) ──surface-open──▶ worker ──surface-show──▶ top frame (shows the dialog)
 *   (or sooner: the owner frame's assess carries the token, and the worker shows its own report as it answers)
 *   warning-frame.html ──surface-report / surface-choice──▶ worker ──surface-check──▶ top frame (is it visible?)
 *                                                            worker ──surface-decided──▶ owner frame
 */
import type { WarningReport } from '../messaging/hold-messages';

/** The extension page the decision is made in. Web-accessible, and nothing else is. */
export const SURFACE_PAGE = '/warning-frame.html';

export type SurfaceDecision = 'continue' | 'cancel';

/** Owner content script → worker: show this report in the tab's top frame. */
export interface SurfaceOpenMessage {
  type: 'surface-open';
  token: string;
  report: WarningReport;
}
/** Worker → top frame's content script: frame `warning-frame.html#token` in a top-layer dialog. */
export interface SurfaceShowMessage {
  type: 'surface-show';
  token: string;
}
/** warning-frame.html → worker: the report for this token (answered only to the extension's own frame in that tab). */
export interface SurfaceReportMessage {
  type: 'surface-report';
  token: string;
}
/**
 * warning-frame.html → worker: the person's own click or key. `seen` is the frame's IntersectionObserver v2
 * verdict on the buttons (true: visible, unoccluded, for long enough), or null where the browser has none.
 */
export interface SurfaceChoiceMessage {
  type: 'surface-choice';
  token: string;
  decision: SurfaceDecision;
  seen: boolean | null;
}
/** Worker → top frame: may this choice count? The top frame checks what it can see of its dialog. */
export interface SurfaceCheckMessage {
  type: 'surface-check';
  token: string;
  decision: SurfaceDecision;
  seen: boolean | null;
}
/** Worker → top frame: take the dialog down (its page did not load in time, or the request was decided). */
export interface SurfaceCloseMessage {
  type: 'surface-close';
  token: string;
}
/** Owner content script → worker: it stopped waiting for the dialog and shows the warning itself; take it down. */
export interface SurfaceWithdrawMessage {
  type: 'surface-withdraw';
  token: string;
}
/** Top frame → worker: the page kept tampering with the dialog; cancel the request. */
export interface SurfaceGiveUpMessage {
  type: 'surface-give-up';
  token: string;
}
/** Worker → owner frame: the person decided. */
export interface SurfaceDecidedMessage {
  type: 'surface-decided';
  token: string;
  decision: SurfaceDecision;
}

export type SurfaceCheckReply = { counted: true } | { counted: false; reason: string };
export type SurfaceChoiceReply = SurfaceCheckReply;

/** The top frame's answer to surface-check, parsed: anything but a plain `counted: true` does not count. */
export function parseCheckReply(reply: unknown): SurfaceCheckReply {
  if (typeof reply === 'object' && reply !== null && (reply as { counted?: unknown }).counted === true) return { counted: true };
  const reason = typeof reply === 'object' && reply !== null ? (reply as { reason?: unknown }).reason : undefined;
  return { counted: false, reason: typeof reason === 'string' ? reason.slice(0, 200) : 'the page could not confirm the warning was visible' };
}

const TOKEN = /^[0-9a-f]{32}$/;

/** 128 random bits, hex: binds the framed page and the person's choice to one held request. */
export function newSurfaceToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export const isSurfaceToken = (v: unknown): v is string => typeof v === 'string' && TOKEN.test(v);
/** A standby warning page's id (standby-frame.ts): secret like a token, never one. */
export const isStandbyId = (v: unknown): v is string => typeof v === 'string' && v.length === 33 && v[0] === 's' && TOKEN.test(v.slice(1));
const isDecision = (v: unknown): v is SurfaceDecision => v === 'continue' || v === 'cancel';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Messages the worker's surface router answers; everything else goes to the worker's main handler. */
export type SurfaceWorkerMessage =
  | SurfaceOpenMessage
  | SurfaceReportMessage
  | SurfaceChoiceMessage
  | SurfaceGiveUpMessage
  | SurfaceWithdrawMessage
  | SurfaceTamperedMessage
  | SurfaceStandbyMessage
  | SurfaceStandbyReadyMessage;

/** A standby warning-frame.html → worker, once loaded: has a warning been given to me yet? */
export interface SurfaceStandbyMessage {
  type: 'surface-standby';
  standby: string;
}
/**
 * Top frame → worker: its standby page has loaded, hidden, under this id. The worker gives the tab's next warning to
 * it at once (`shown: false`), while the top frame moves it into its dialog, so that it renders in the meantime.
 */
export interface SurfaceStandbyReadyMessage {
  type: 'surface-standby-ready';
  standby: string;
}
/**
 * Worker → extension pages: the standby page with this id takes this warning, of this token (one token, ever).
 * `shown`: the top frame has put it in its dialog, so the person sees it from now on (Continue's delay starts).
 */
export interface SurfaceAssignMessage {
  type: 'surface-assign';
  standby: string;
  token: string;
  report: WarningReport;
  shown: boolean;
}

/** Top frame → worker → warning-frame.html: the page moved, restyled or covered the dialog, and it was put back. */
export interface SurfaceTamperedMessage {
  type: 'surface-tampered';
  token: string;
}

export function parseSurfaceWorkerMessage(m: unknown): SurfaceWorkerMessage | null {
  if (isRecord(m) && (m.type === 'surface-standby' || m.type === 'surface-standby-ready')) return isStandbyId(m.standby) ? { type: m.type, standby: m.standby } : null;
  if (!isRecord(m) || !isSurfaceToken(m.token)) return null;
  switch (m.type) {
    case 'surface-open':
      return isRecord(m.report) && Array.isArray(m.report.items) && Array.isArray(m.report.targets) && typeof m.report.origin === 'string'
        ? { type: m.type, token: m.token, report: m.report as unknown as WarningReport }
        : null;
    case 'surface-report':
    case 'surface-give-up':
    case 'surface-withdraw':
    case 'surface-tampered':
      return { type: m.type, token: m.token };
    case 'surface-choice':
      return isDecision(m.decision) && (m.seen === null || typeof m.seen === 'boolean') ? { type: m.type, token: m.token, decision: m.decision, seen: m.seen } : null;
    default:
      return null;
  }
}

/** Messages content scripts receive from the worker. */
export type SurfaceFrameMessage = SurfaceShowMessage | SurfaceCheckMessage | SurfaceCloseMessage | SurfaceDecidedMessage;

export function parseSurfaceFrameMessage(m: unknown): SurfaceFrameMessage | null {
  if (!isRecord(m) || !isSurfaceToken(m.token)) return null;
  switch (m.type) {
    case 'surface-show':
    case 'surface-close':
      return { type: m.type, token: m.token };
    case 'surface-check':
      return isDecision(m.decision) && (m.seen === null || typeof m.seen === 'boolean') ? { type: m.type, token: m.token, decision: m.decision, seen: m.seen } : null;
    case 'surface-decided':
      return parseSurfaceDecided(m);
    default:
      return null;
  }
}

/** The one message a frame that holds a request takes from the worker (holds.ts): the person's decision. */
export function parseSurfaceDecided(m: unknown): SurfaceDecidedMessage | null {
  return isRecord(m) && m.type === 'surface-decided' && isSurfaceToken(m.token) && isDecision(m.decision) ? { type: m.type, token: m.token, decision: m.decision } : null;
}

/** The surface token an assess message carries and until when it may be used (`AssessMessage.surface`), if still in time. */
export function assessSurface(message: unknown): { token: string; openBy: number } | null {
  if (!isRecord(message) || message.type !== 'assess' || !isRecord(message.surface)) return null;
  const { token, openBy } = message.surface;
  return isSurfaceToken(token) && typeof openBy === 'number' && Date.now() <= openBy ? { token, openBy } : null;
}

/** The worker's report, when its reply to an assess message warns. */
export function warningOf(reply: unknown): WarningReport | null {
  const assessment = isRecord(reply) && reply.ok === true ? reply.assessment : null;
  return isRecord(assessment) && assessment.kind === 'warn' && isRecord(assessment.report) ? (assessment.report as unknown as WarningReport) : null;
}
