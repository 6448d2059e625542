import {
  AbortedError,
  HttpStatusError,
  SourceError,
  TimeoutError,
  TooLargeError,
  toSourceError,
} from './source-error.ts';

export interface BoundedFetchOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal | undefined;
  /** Extra request headers (an API key the person entered; never one shipped in the bundle). */
  headers?: Record<string, string> | undefined;
  /** Called after each chunk with the running byte count (bench and memory tests sample the heap here). */
  onProgress?: ((bytesRead: number) => void) | undefined;
}

/** A source's fetch, deadline, byte cap and cancellation: what its deps say, else the source's own defaults. */
export const sourceFetchOptions = (
  deps: { fetch: typeof globalThis.fetch; timeoutMs?: number; maxBytes?: number; signal?: AbortSignal },
  defaults: { timeoutMs: number; maxBytes: number },
): BoundedFetchOptions => ({ fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? defaults.timeoutMs, maxBytes: deps.maxBytes ?? defaults.maxBytes, signal: deps.signal });

export interface BoundedBody {
  /** Decoded body chunks, in order; throws a SourceError (too large, timeout, aborted, network). */
  chunks(): AsyncGenerator<string, void, undefined>;
  /** The whole body as one string, for endpoints small enough to hold (coins, one protocol). */
  text(): Promise<string>;
  /** Releases the connection when the caller stops early. */
  cancel(): Promise<void>;
}

/**
 * GET with a hard deadline over headers *and* body, a byte cap checked against Content-Length and against what
 * actually arrives (a server can lie or omit the header), and HTTP status checked before any body is read. A remote
 * API must never be able to hang the worker or make it hold an unbounded body (the legacy extensions this project
 * learns from had literal `TODO: timeout`s — see /work/shared/reference/landscape.md §0).
 */
export async function boundedFetch(url: string, options: BoundedFetchOptions): Promise<BoundedBody> {
  // AbortSignal.timeout/any: Chrome 116+, Firefox 124+ — within the extension's MV3 targets, and Node 20.
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const classify = (error: unknown): SourceError => {
    if (error instanceof SourceError) return error;
    if (options.signal?.aborted) return new AbortedError({ cause: error });
    if (timeout.aborted) return new TimeoutError({ cause: error });
    return toSourceError(error);
  };

  let response: Response;
  try {
    response = await options.fetch(url, {
      signal,
      headers: { accept: 'application/json', ...options.headers },
      // Public data, no cookies: nothing of the person's browser session goes to the data API.
      credentials: 'omit',
    });
  } catch (error) {
    throw classify(error);
  }

  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    // The URL may carry query parameters but never a key: keys travel in headers only.
    throw new HttpStatusError(response.status, { details: url });
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(options.maxBytes, { details: `content-length ${declared}` });
  }

  const body = response.body;
  const reader = body?.getReader();

  async function* chunks(): AsyncGenerator<string, void, undefined> {
    if (!reader) return;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let bytes = 0;
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => undefined);
    let finished = false;
    try {
      for (;;) {
        // Race the read against the deadline: a server that sends headers and then stalls must still time out.
        const { done, value } = await Promise.race([reader.read(), aborted]);
        if (done) break;
        bytes += value.byteLength;
        if (bytes > options.maxBytes) throw new TooLargeError(options.maxBytes, { details: `over ${options.maxBytes} bytes` });
        options.onProgress?.(bytes);
        const text = decoder.decode(value, { stream: true });
        if (text.length > 0) yield text;
      }
      finished = true;
      const tail = decoder.decode();
      if (tail.length > 0) yield tail;
    } catch (error) {
      finished = true;
      await reader.cancel().catch(() => undefined);
      throw classify(error);
    } finally {
      // The consumer may stop early (a scanner that found what it needs, or one that threw): free the connection.
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }

  return {
    chunks,
    async text() {
      const parts: string[] = [];
      for await (const part of chunks()) parts.push(part);
      return parts.join('');
    },
    async cancel() {
      await reader?.cancel().catch(() => undefined);
    },
  };
}
