/**
 * Third-party DeFi venues an LRT holder uses every day: DEX routers and aggregators, lending markets, Pendle,
 * bridges. Data only, one file per venue family; `venues.test.ts` checks the set.
 */
import type { Verification } from '../detect/intent';

export type VenueKind = 'dex' | 'aggregator' | 'allowance' | 'lending' | 'yield' | 'bridge';

export interface VenueDeployment {
  chainId: number;
  address: `0x${string}`;
  /** Where the address is published: the venue's own docs or repository (URL or repo@commit:path). */
  source: string;
  verification: Verification;
  note?: string;
  /** A pool's coins in index order (Curve `coins(i)`; a Uniswap v3 pool's `token0`, `token1`), the EIP-7528 address for native ETH: what Curve's `exchange(i, j)` trades. */
  coins?: readonly `0x${string}`[];
  /** A Pendle market: the registry id of the LRT under its PT and YT. */
  underlying?: string;
}

export interface VenueContract {
  /** What the person sees: "Uniswap Universal Router", "CoW Protocol vault relayer". */
  name: string;
  deployments: VenueDeployment[];
}

export interface VenueFamily {
  id: string;
  name: string;
  kind: VenueKind;
  contracts: VenueContract[];
}

/** Same address on several chains (CREATE2 deployments), one source. */
export const onChains = (
  chains: readonly number[],
  address: `0x${string}`,
  source: string,
  verification: Verification,
): VenueDeployment[] => chains.map((chainId) => ({ chainId, address, source, verification }));
