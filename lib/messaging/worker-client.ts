/**
 * Asks the worker from a content script. A Manifest V3 worker can be stopped at any moment; a
 * message in flight then fails with "message port closed" or "Receiving end does not exist", and
 * sending again wakes a fresh worker. So: retry those, give up on anything else.
 */
import type { AssessReply, Assessment, WarningReport } from './hold-messages';

export class WorkerUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the background worker did not answer', { cause });
    this.name = 'WorkerUnavailableError';
  }
}

export class AssessFailedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'AssessFailedError';
  }
}

const RETRYABLE = /message port closed|receiving end does not exist|message channel closed|could not establish connection/i;

/**
 * Sends until the worker answers, retrying while it is restarting, up to `deadlineMs`; the caller's
 * own timeout still bounds the whole assessment. The transport under content scripts' messages; extension pages
 * ask through lib/ui/ask-worker.ts, which parses the reply.
 */
export async function sendToWorker(
  send: (message: unknown) => Promise<unknown>,
  message: unknown,
  { deadlineMs = 3500, retryDelayMs = 30, attemptMs = 1500 }: { deadlineMs?: number; retryDelayMs?: number; attemptMs?: number } = {},
): Promise<unknown> {
  const deadline = Date.now() + deadlineMs;
  let last: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      // A message sent while the worker is being stopped can go unanswered without an error: send again.
      const reply = await Promise.race([
        send(message),
        new Promise((_, reject) => setTimeout(() => reject(new Error('message channel closed: no answer in time')), Math.min(attemptMs, deadline - Date.now()))),
      ]);
      // Chrome resolves with undefined when the worker died after accepting the message.
      if (reply !== undefined) return reply;
      last = new Error('message channel closed without an answer');
    } catch (error) {
      last = error;
      if (!(error instanceof Error) || !RETRYABLE.test(error.message)) break;
    }
    const wait = Math.min(retryDelayMs * attempt, 250);
    if (Date.now() + wait >= deadline) break;
    await new Promise((r) => setTimeout(r, wait));
  }
  throw new WorkerUnavailableError(last);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The worker is ours, but its reply still crosses a boundary. The worker checks the whole assessment against the
 * protocol's schema before sending it (lib/messaging/handle-worker-message.ts); this content script, loaded into
 * every page at document_start, carries no schema library and checks the shape the hold relies on. Anything else is
 * an AssessFailedError, handled as a worker that cannot answer: a request touching a known contract is still held,
 * behind a warning that says it could not be checked (hold-controller.ts).
 */
export function parseAssessReply(reply: unknown): Assessment {
  if (!isRecord(reply)) throw new AssessFailedError('the worker sent an unreadable answer');
  if (reply.ok !== true) throw new AssessFailedError(typeof reply.error === 'string' ? reply.error : 'the analysis failed');
  const a = (reply as AssessReply & { ok: true }).assessment;
  if (!isRecord(a)) throw new AssessFailedError('the worker sent an unreadable answer');
  if (a.kind === 'release') return { kind: 'release' };
  const r = a.report as WarningReport | undefined;
  if (a.kind !== 'warn' || !isRecord(r) || !Array.isArray(r.items) || !Array.isArray(r.targets))
    throw new AssessFailedError('the worker sent an unreadable answer');
  return { kind: 'warn', report: r };
}
