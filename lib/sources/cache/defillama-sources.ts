import { fetchLrtPools, lrtPoolsSchema, type LrtPools } from '../defillama/fetch-lrt-pools.ts';
import { ETH_COIN, fetchPrices, pricesDataSchema, type PricesData } from '../defillama/fetch-prices.ts';
import { fetchProtocols, protocolsDataSchema, type ProtocolsData } from '../defillama/fetch-protocols.ts';
import { createCachedSource, type CachedSource, type CachedSourceOptions } from './cached-source.ts';
import type { RefreshTask } from './refresh-task.ts';
import type { VersionedStorage } from './versioned-storage.ts';

export interface DefillamaSourcesDeps {
  fetch: typeof globalThis.fetch;
  storage: VersionedStorage;
  now?: () => Date;
  /** Overrides of the public endpoints (tests, mirrors). */
  baseUrls?: { yields?: string; api?: string; coins?: string };
  /** `{chain}:{address}` keys of the LRT tokens to price; ETH is always added. */
  coins: readonly string[];
  /** As-of of the bundled snapshot, reported while nothing live is cached. */
  snapshotAsOf?: string;
  /** One deadline for each request (headers and body); defaults per endpoint. */
  timeoutMs?: number;
}

export interface DefillamaSources {
  pools: CachedSource<LrtPools>;
  protocols: CachedSource<ProtocolsData>;
  prices: CachedSource<PricesData>;
  tasks: RefreshTask[];
}

/**
 * TTLs follow how often DefiLlama recomputes: yields hourly, protocol TVL hourly (responses cached 20 min by the
 * server, defi/src/getProtocols.ts), prices within minutes. Stale data is still shown, with its age.
 */
export const DEFILLAMA_TTL_MS = {
  pools: 60 * 60_000,
  protocols: 60 * 60_000,
  prices: 5 * 60_000,
} as const;

/** The three DefiLlama sources behind the cache, and their refresh tasks for refreshAll. */
export function createDefillamaSources(deps: DefillamaSourcesDeps): DefillamaSources {
  const now = deps.now ?? (() => new Date());
  const common = (baseUrl: string | undefined, signal: AbortSignal | undefined) => ({
    fetch: deps.fetch,
    now,
    ...(baseUrl ? { baseUrl } : {}),
    ...(signal ? { signal } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
  });
  const snapshot = deps.snapshotAsOf ? { snapshotAsOf: deps.snapshotAsOf } : {};
  const coins = [...new Set([...deps.coins, ETH_COIN])];

  // Version 1 of each: bump one when its data's shape changes.
  const cached = <T>(id: keyof typeof DEFILLAMA_TTL_MS, schema: CachedSourceOptions<T>['schema'], fetch: CachedSourceOptions<T>['fetch']) =>
    createCachedSource(deps.storage, { id: `defillama.${id}`, version: 1, ttlMs: DEFILLAMA_TTL_MS[id], schema, fetch, ...snapshot }, now);
  const pools = cached('pools', lrtPoolsSchema, (signal) => fetchLrtPools(common(deps.baseUrls?.yields, signal)));
  const protocols = cached('protocols', protocolsDataSchema, (signal) => fetchProtocols(common(deps.baseUrls?.api, signal)));
  const prices = cached('prices', pricesDataSchema, (signal) => fetchPrices(common(deps.baseUrls?.coins, signal), { coins }));
  const tasks: RefreshTask[] = [pools, protocols, prices].map((source) => ({
    id: source.id,
    refresh: (signal?: AbortSignal) => source.refresh(signal),
  }));
  return { pools, protocols, prices, tasks };
}
