/**
 * What the worker has cached from the live sources, as the report builder reads it. Everything is
 * JSON (storage and messages carry it): on-chain values arrive with bigints as decimal strings.
 */
import type { CachedRead } from '../sources/cache/cached-source';
import type { LrtPools } from '../sources/defillama/fetch-lrt-pools';
import type { ProtocolsData } from '../sources/defillama/fetch-protocols';
import type { PricesData } from '../sources/defillama/fetch-prices';
import type { OnchainRefresh } from '../sources/onchain/refresh-onchain';
import type { JsonSafe } from '../sources/onchain/to-json-safe';
import type { AvsNames } from '../sources/eigenexplorer/fetch-avs-names';

export type OnchainData = JsonSafe<OnchainRefresh>;

export interface LiveData {
  pools: CachedRead<LrtPools> | null;
  protocols: CachedRead<ProtocolsData> | null;
  prices: CachedRead<PricesData> | null;
  onchain: { data: OnchainData | null; fetchedAt: string | null } | null;
  /** EigenExplorer AVS names, only when the person entered an API key. */
  avsNames?: CachedRead<AvsNames> | null;
}

export const NO_LIVE_DATA: LiveData = { pools: null, protocols: null, prices: null, onchain: null, avsNames: null };
