/**
 * One round trip to the background worker from an extension page, answered as a value: the page never
 * sees an exception, only `{ ok: false, error }` with words it can show. `ask` is injected (the
 * entrypoints pass `browser.runtime.sendMessage`; Node tests pass the worker's own handler).
 */
import { REPLY_SCHEMAS, type ReplyRead } from '../messaging/replies/reply-schemas';
import { REPLY_KEY, type ReplyValues, type RequestOf, type ValueMessageType } from '../messaging/worker-protocol';
import type { PageMessage } from '../messaging/worker-schemas';

export type Ask = (message: PageMessage) => Promise<unknown>;

/** The messages a page sends that answer with a value. */
export type PageAsk = ValueMessageType & PageMessage['type'];

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const MAX_ERROR = 300;

/** Refuses, at compile time, a schema that reads something the worker's reply value (V) does not hold. */
type Reads<T extends PageAsk, V> = ReplyValues[T] extends V ? RequestOf<T> : { schemaReadsMoreThanTheWorkerSends: never };

/**
 * Sends `message` and parses the value its reply carries (the field lib/messaging/worker-protocol.ts names for
 * that message) with the protocol's schema for it (lib/messaging/replies/reply-schemas.ts), or with `schema`, which
 * may read less than the worker sends (zod drops the rest), never more.
 */
export async function askWorker<T extends PageAsk>(ask: Ask, message: RequestOf<T>): Promise<Answer<ReplyRead<T>>>;
export async function askWorker<T extends PageAsk, V>(ask: Ask, message: RequestOf<T> & Reads<T, V>, schema: Parser<V>): Promise<Answer<V>>;
export async function askWorker<T extends PageAsk, V>(ask: Ask, message: RequestOf<T>, schema?: Parser<V>): Promise<Answer<V>> {
  const type = (message as { type: T }).type;
  const key = REPLY_KEY[type];
  const parser = schema ?? (REPLY_SCHEMAS[type] as unknown as Parser<V>);
  let reply: unknown;
  try {
    reply = await ask(message);
  } catch (error) {
    return { ok: false, error: `the background worker did not answer${error instanceof Error ? ` (${error.message.slice(0, MAX_ERROR)})` : ''}` };
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return { ok: false, error: 'the background worker did not answer' };
  const r = reply as Record<string, unknown>;
  if (r.ok !== true) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error.slice(0, MAX_ERROR) : 'the background worker could not answer' };
  const parsed = parser.safeParse(r[key]);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? `${[key, ...issue.path.map(String)].join('.')}: ${issue.message}` : key;
  return { ok: false, error: `the worker’s reply could not be read (${where})` };
}
