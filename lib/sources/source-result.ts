import type { SourceError } from './source-error.ts';

/**
 * What every live source returns. `source` is the URL that was read (never a key-bearing URL), `asOf` the ISO time
 * the data describes (the payload's own timestamp where it has one, else the time it was fetched).
 */
export type SourceResult<T> =
  | { ok: true; data: T; source: string; asOf: string }
  | { ok: false; error: SourceError };

/** The dependencies a DefiLlama-style HTTP source needs; all injected so tests run against a local server. */
export interface HttpSourceDeps {
  fetch: typeof globalThis.fetch;
  /** Overrides the public base URL (tests, a user-chosen mirror). No trailing slash needed. */
  baseUrl?: string;
  /** Whole request budget including the body; default per source. */
  timeoutMs?: number;
  /** Body size cap in bytes; default per source. */
  maxBytes?: number;
  /** Caller cancellation (WXT `ctx.signal`, a refresh being superseded). */
  signal?: AbortSignal;
  /** Clock, for `asOf` when the payload carries no timestamp. */
  now?: () => Date;
}
