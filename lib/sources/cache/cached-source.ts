import { z } from 'zod';
import { toSourceError } from '../source-error.ts';
import type { SourceResult } from '../source-result.ts';
import type { SourceStatus } from './source-status.ts';
import type { VersionedStorage } from './versioned-storage.ts';

export interface CachedSourceOptions<T> {
  /** Stable id, also the storage key: `defillama.pools`. */
  id: string;
  /** The storage item's version: bump when T's shape changes; a value stored under an older one then reads as empty. */
  version: number;
  /** Data younger than this is fresh; older data is still served (with its age) while a refresh runs. */
  ttlMs: number;
  /** Parses what storage gives back: storage is an external payload like any other (STYLE.md habit 3). */
  schema: z.ZodType<T>;
  fetch: (signal?: AbortSignal) => Promise<SourceResult<T>>;
  /** As-of date of the bundled snapshot facts shown while nothing live is cached; omit if none cover this source. */
  snapshotAsOf?: string;
}

/** What the cache holds for one source: the data, where it came from and how old it is. */
export interface CachedRead<T> {
  data: T | null;
  /** URL the data was read from. */
  source: string | null;
  /** As-of of the data itself (payload timestamp, else fetch time). */
  asOf: string | null;
  fetchedAt: string | null;
  ageMs: number | null;
  /** Older than the TTL: still shown, with its age, while a refresh runs. */
  stale: boolean;
  status: SourceStatus;
}

export interface CachedSource<T> {
  readonly id: string;
  /** Reads the cache; never touches the network — this is what the warning path calls. */
  read(): Promise<CachedRead<T>>;
  /**
   * Fetches now. Success replaces the cached data; failure records the reason and keeps the data there was.
   * Concurrent calls share one fetch. Never rejects.
   */
  refresh(signal?: AbortSignal): Promise<SourceStatus>;
  /** Stale-while-revalidate: returns the cached read at once, and starts a refresh if the data is stale or absent. */
  readAndRevalidate(): Promise<{ value: CachedRead<T>; revalidation: Promise<SourceStatus> | null }>;
}

const FAILURE_REASON_MAX = 80;

/**
 * A source behind a versioned storage slot with TTL and stale-while-revalidate. The rule it exists for: a failed
 * refresh never replaces good data — a DefiLlama outage or a hostile answer must not blank what the warning shows.
 */
export function createCachedSource<T>(
  storage: VersionedStorage,
  options: CachedSourceOptions<T>,
  now: () => Date = () => new Date(),
): CachedSource<T> {
  const slot = storage.item(`source:${options.id}`, options.version);
  // The version is the storage item's (versioned-storage.ts), not a field of the entry. Entries written when it was
  // one still read: the field is not part of this schema, so it is dropped.
  const entrySchema = z.object({
    good: z
      .object({ data: options.schema, source: z.string(), asOf: z.string(), fetchedAt: z.string() })
      .nullable(),
    failure: z.object({ reason: z.string(), at: z.string() }).nullable(),
  });
  type Entry = z.infer<typeof entrySchema>;
  let inFlight: Promise<SourceStatus> | null = null;

  async function load(): Promise<Entry> {
    let raw: unknown;
    try {
      raw = await slot.get();
    } catch {
      raw = null;
    }
    const parsed = entrySchema.safeParse(raw);
    // Missing, discarded by a version bump, or corrupted: all read as "nothing cached".
    return parsed.success ? parsed.data : { good: null, failure: null };
  }

  function statusOf(entry: Entry): SourceStatus {
    const good = entry.good;
    const fallback = good
      ? ({ state: 'live', at: good.fetchedAt } as const)
      : options.snapshotAsOf
        ? ({ state: 'snapshot', asOf: options.snapshotAsOf } as const)
        : undefined;
    if (entry.failure && (!good || entry.failure.at >= good.fetchedAt)) {
      return { state: 'failed', reason: entry.failure.reason, at: entry.failure.at, ...(fallback ? { using: fallback } : {}) };
    }
    return fallback ?? { state: 'pending' };
  }

  function toRead(entry: Entry): CachedRead<T> {
    const good = entry.good;
    const ageMs = good ? Math.max(0, now().getTime() - new Date(good.fetchedAt).getTime()) : null;
    return {
      data: good ? good.data : null,
      source: good?.source ?? null,
      asOf: good?.asOf ?? null,
      fetchedAt: good?.fetchedAt ?? null,
      ageMs,
      stale: ageMs === null || ageMs > options.ttlMs,
      status: statusOf(entry),
    };
  }

  async function doRefresh(signal?: AbortSignal): Promise<SourceStatus> {
    let result: SourceResult<T>;
    try {
      result = await options.fetch(signal);
    } catch (error) {
      // Sources return errors rather than throw; this guards a source that breaks that rule.
      result = { ok: false, error: toSourceError(error) };
    }
    const at = now().toISOString();
    const current = await load();
    let next: Entry;
    if (result.ok) {
      const checked = options.schema.safeParse(result.data);
      next = checked.success
        ? { good: { data: checked.data, source: result.source, asOf: result.asOf, fetchedAt: at }, failure: null }
        : { ...current, failure: { reason: 'invalid payload', at } };
    } else {
      const reason = (result.error.shortMessage || 'error').slice(0, FAILURE_REASON_MAX);
      next = { ...current, failure: { reason, at } };
    }
    try {
      await slot.set(next);
    } catch {
      // Storage full or gone: the status below still tells the truth about this attempt.
    }
    return statusOf(next);
  }

  const source: CachedSource<T> = {
    id: options.id,
    async read() {
      return toRead(await load());
    },
    refresh(signal?: AbortSignal) {
      if (!inFlight) {
        inFlight = doRefresh(signal).finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    async readAndRevalidate() {
      const value = toRead(await load());
      const revalidation = value.stale ? source.refresh() : null;
      return { value, revalidation };
    },
  };
  return source;
}
