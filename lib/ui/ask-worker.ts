/**
 * One round trip to the background worker from an extension page, answered as a value: the page never
 * sees an exception, only `{ ok: false, error }` with words it can show. `ask` is injected (the
 * entrypoints pass `browser.runtime.sendMessage`; Node tests pass the worker's own handler).
 */
import type { PageMessage } from '../messaging/worker-schemas';

export type Ask = (message: PageMessage) => Promise<unknown>;

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const MAX_ERROR = 300;

/** Sends `message` and parses the reply's `key` field with `schema`. */
export async function askWorker<T>(ask: Ask, message: PageMessage, key: string, schema: Parser<T>): Promise<Answer<T>> {
  let reply: unknown;
  try {
    reply = await ask(message);
  } catch (error) {
    return { ok: false, error: `the background worker did not answer${error instanceof Error ? ` (${error.message.slice(0, MAX_ERROR)})` : ''}` };
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return { ok: false, error: 'the background worker did not answer' };
  const r = reply as Record<string, unknown>;
  if (r.ok !== true) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error.slice(0, MAX_ERROR) : 'the background worker could not answer' };
  const parsed = schema.safeParse(r[key]);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? `${[key, ...issue.path.map(String)].join('.')}: ${issue.message}` : key;
  return { ok: false, error: `the worker’s reply could not be read (${where})` };
}
