/**
 * The WETH borrow rates a loop pays (DefiLlama `/lendBorrow` joined to `/pools`, fetch-borrow-rates.ts) behind the
 * same cache as every other source: a TTL, stale-while-revalidate, and a failed refresh never replacing good data.
 * It refreshes with the others when DefiLlama is on, and the loop calculator reads it from the cache only.
 */
import { createCachedSource, type CachedRead, type CachedSource } from '../sources/cache/cached-source';
import type { RefreshTask } from '../sources/cache/refresh-task';
import type { VersionedStorage } from '../sources/cache/versioned-storage';
import { borrowRatesSchema, fetchBorrowRates, type BorrowRates } from '../sources/defillama/fetch-borrow-rates';

/** Borrow rates move with utilisation; DefiLlama recomputes its lending pools hourly, as its yields. */
export const BORROW_RATES_TTL_MS = 60 * 60_000;

/** Its own id, apart from the three `defillama.…` sources: it is cached and refreshed on its own. */
export const BORROW_RATES_ID = 'lending.borrow-rates';

export interface BorrowRateSource {
  source: CachedSource<BorrowRates>;
  task: RefreshTask;
  /** The cached rates, and a refresh started in the background when they are stale or absent (if allowed). */
  read(refreshIfStale: boolean): Promise<CachedRead<BorrowRates> | null>;
}

export function createBorrowRateSource(deps: { fetch: typeof globalThis.fetch; storage: VersionedStorage; now: () => Date; baseUrl?: string }): BorrowRateSource {
  const source = createCachedSource(
    deps.storage,
    {
      id: BORROW_RATES_ID,
      version: 1,
      ttlMs: BORROW_RATES_TTL_MS,
      schema: borrowRatesSchema,
      fetch: (signal) => fetchBorrowRates({ fetch: deps.fetch, now: deps.now, ...(deps.baseUrl ? { baseUrl: deps.baseUrl } : {}), ...(signal ? { signal } : {}) }),
    },
    deps.now,
  );
  return {
    source,
    task: { id: source.id, refresh: (signal?: AbortSignal) => source.refresh(signal) },
    async read(refreshIfStale) {
      try {
        if (!refreshIfStale) return await source.read();
        const { value, revalidation } = await source.readAndRevalidate();
        void revalidation?.catch(() => undefined);
        return value;
      } catch {
        return null;
      }
    },
  };
}
