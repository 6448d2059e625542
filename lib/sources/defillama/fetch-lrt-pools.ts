import { z } from 'zod';
import { boundedFetch, sourceFetchOptions } from '../bounded-fetch.ts';
import { jsonArrayItems } from '../json-array-items.ts';
import { InvalidPayloadError, toSourceError } from '../source-error.ts';
import type { HttpSourceDeps, SourceResult } from '../source-result.ts';
import { LRT_POOL_MATCHERS, matchLrtPool } from './lrt-pool-matchers.ts';

export const DEFILLAMA_YIELDS_URL = 'https://yields.llama.fi';

/**
 * A real `/pools` body is ~15k+ rows of ~0.7 KB (landscape.md §3.1); 40 MiB leaves room to grow while refusing a
 * body that could only be an error or an attack.
 */
export const POOLS_MAX_BYTES = 40 * 1024 * 1024;
/** One pool row is under 2 KB; anything past 64 KiB is not a pool row and is dropped unread. */
export const POOLS_MAX_ROW_CHARS = 64 * 1024;
export const POOLS_TIMEOUT_MS = 30_000;

/**
 * The `/pools` columns we keep (yield-server `src/utils/enrichedColumns.js`; DefiLlama/api-docs
 * `defillama-openapi-free.json` `/pools`). Types are checked, never coerced: a row with `apyBase: "5"` is rejected.
 * Strings stay plain data; lengths are capped so a row cannot bloat storage.
 */
const poolRowSchema = z.object({
  pool: z.string().min(1).max(128),
  chain: z.string().min(1).max(64),
  project: z.string().min(1).max(128),
  symbol: z.string().min(1).max(128),
  tvlUsd: z.number().finite().nonnegative(),
  apyBase: z.number().finite().nullable().optional(),
  apyReward: z.number().finite().nullable().optional(),
  apy: z.number().finite().nullable().optional(),
  rewardTokens: z.array(z.string().max(128)).max(32).nullable().optional(),
});

const poolKeySchema = z.object({ project: z.string(), symbol: z.string(), chain: z.string() });

/** What we keep of one LRT pool; also the schema of the cached copy (storage is read back through it). */
export const lrtPoolSchema = z.object({
  lrtId: z.string(),
  protocol: z.string(),
  /** DefiLlama's pool UUID. */
  pool: z.string(),
  chain: z.string(),
  project: z.string(),
  symbol: z.string(),
  tvlUsd: z.number(),
  /** Percent per year from the exchange-rate change (see each matcher's note for the window). */
  apyBase: z.number().nullable(),
  /** Percent per year paid in `rewardTokens`. */
  apyReward: z.number().nullable(),
  apy: z.number().nullable(),
  rewardTokens: z.array(z.string()),
  rewardMeans: z.enum(['restaking-rewards', 'incentives']).nullable(),
});
export type LrtPool = z.infer<typeof lrtPoolSchema>;

export const lrtPoolsSchema = z.object({
  pools: z.array(lrtPoolSchema),
  /** Matching rows whose fields had the wrong type or were missing. */
  rejected: z.number(),
  /** Rows longer than POOLS_MAX_ROW_CHARS, skipped without being held. */
  oversized: z.number(),
  /** All rows seen. */
  rows: z.number(),
  bytes: z.number(),
});
export type LrtPools = z.infer<typeof lrtPoolsSchema>;

export interface FetchLrtPoolsDeps extends HttpSourceDeps {
  /** Running byte count as the body streams in (bench hook). */
  onProgress?: (bytesRead: number) => void;
}

// A row can only match if its text contains one of our project names as a JSON string; checking that first skips
// JSON.parse for the ~99% of rows that are not LRT pools.
const PROJECT_NEEDLES = [...new Set(LRT_POOL_MATCHERS.map((m) => JSON.stringify(m.project)))];

/**
 * The LRT pools from yields.llama.fi `/pools`, stream-parsed: the body is read chunk by chunk, one row is held at a
 * time, and only matching rows are kept (see lrt-pool-matchers.ts). Meant for the background refresh — never call
 * it on the path of a warning; the warning reads the cache.
 */
export async function fetchLrtPools(deps: FetchLrtPoolsDeps): Promise<SourceResult<LrtPools>> {
  const url = `${(deps.baseUrl ?? DEFILLAMA_YIELDS_URL).replace(/\/+$/, '')}/pools`;
  const now = deps.now ?? (() => new Date());
  let bytes = 0;
  try {
    const body = await boundedFetch(url, {
      ...sourceFetchOptions(deps, { timeoutMs: POOLS_TIMEOUT_MS, maxBytes: POOLS_MAX_BYTES }),
      onProgress: (b) => {
        bytes = b;
        deps.onProgress?.(b);
      },
    });
    let status: unknown = 'success';
    const result: LrtPools = { pools: [], rejected: 0, oversized: 0, rows: 0, bytes: 0 };
    const events = jsonArrayItems(body.chunks(), {
      key: 'data',
      maxItemChars: POOLS_MAX_ROW_CHARS,
      onMember: (key, value) => {
        if (key === 'status') status = value;
      },
    });
    for await (const event of events) {
      result.rows++;
      if (event.kind === 'oversized') {
        result.oversized++;
        continue;
      }
      if (!PROJECT_NEEDLES.some((needle) => event.text.includes(needle))) continue;
      let row: unknown;
      try {
        row = JSON.parse(event.text);
      } catch {
        result.rejected++;
        continue;
      }
      const key = poolKeySchema.safeParse(row);
      if (!key.success) continue;
      const matcher = matchLrtPool(key.data);
      if (!matcher) continue;
      const parsed = poolRowSchema.safeParse(row);
      if (!parsed.success) {
        result.rejected++;
        continue;
      }
      const p = parsed.data;
      result.pools.push({
        lrtId: matcher.lrtId,
        protocol: matcher.protocol,
        pool: p.pool,
        chain: p.chain,
        project: p.project,
        symbol: p.symbol,
        tvlUsd: p.tvlUsd,
        apyBase: p.apyBase ?? null,
        apyReward: p.apyReward ?? null,
        apy: p.apy ?? null,
        rewardTokens: p.rewardTokens ?? [],
        rewardMeans: matcher.rewardMeans,
      });
    }
    result.bytes = bytes;
    if (status !== 'success') throw new InvalidPayloadError({ details: 'status is not "success"' });
    // Every real /pools response carries these pools; an answer without any is an error page or a broken
    // deploy, and must not replace good cached data.
    if (result.pools.length === 0) throw new InvalidPayloadError({ details: 'no LRT pools' });
    return { ok: true, data: result, source: url, asOf: now().toISOString() };
  } catch (error) {
    return { ok: false, error: toSourceError(error) };
  }
}
