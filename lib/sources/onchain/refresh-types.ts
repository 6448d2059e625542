/** What a refresh of the on-chain facts takes, gives, and hands to the next one. */
import type { Address, Chain, Client, Hex, Transport } from 'viem';
import type { OnchainFact } from './fact.ts';
import type { AvsName, MetadataCache } from './read-avs-metadata.ts';
import type { EigenLayerAddresses, ExposurePlan, ExposureValue } from './read-exposure.ts';
import type { LendingValue } from './read-lending.ts';
import type { MarketValue } from './read-market.ts';
import type { PauseValue } from './read-pause-state.ts';
import type { RateValue } from './read-rates.ts';
import type { SymbioticVaultFacts, SymbioticVaultTarget } from './read-symbiotic-vaults.ts';
import type { StakerList } from './read-stakers.ts';
import type { UpgradeDelayValue } from './read-upgrade-delay.ts';
import type { ExitDelayValue } from './read-exit-delay.ts';
import type { ChainRoundTrips } from './refresh-round.ts';
import type { ExitDelayTarget, LendingTarget, MarketTarget, PauseTarget, ProtocolId, RateTarget, StakerSourceTarget, TimelockTarget } from './targets.ts';

export interface RefreshDeps {
  /** A viem client per chain (see `createRpcClient`); its chain must carry the Multicall3 address. */
  clientFor(chainId: number): Client<Transport, Chain>;
  now?: () => number;
  /** Staker contracts per protocol from the bundled snapshot: used where a protocol does not list them on-chain. */
  stakerLists?: Partial<Record<ProtocolId, readonly Address[]>>;
  /** Sale sizes to quote per LRT (the amount in the person's request); default 1, 10 and 100 tokens. */
  sellAmounts?: Partial<Record<ProtocolId, readonly bigint[]>>;
  /** Protocols to refresh; default all. */
  protocols?: readonly ProtocolId[];
  /** AVS names from their metadata URIs; omitted: not read. */
  avsMetadata?: {
    fetchFn: typeof fetch;
    /** The snapshot's block: metadata events before it are already in the snapshot's names. */
    fromBlock: bigint;
    snapshotNames?: Readonly<Record<string, string>>;
    cache?: MetadataCache;
  };
  signal?: AbortSignal;
  /**
   * What the last refresh found (its `plan`): with it, calls that depend on earlier answers are asked in the first
   * round, and kept only if the answers show the same structure. Absent or outdated, the refresh takes its rounds.
   */
  plan?: RefreshPlan | null;
  /** Hard cap on the whole refresh. Whatever has not answered by then fails with "deadline exceeded". */
  deadlineMs?: number;
  /** Override the built-in targets (tests of other deployments, a testnet). */
  targets?: Partial<RefreshTargets & { eigenLayer: EigenLayerAddresses & { chainId: number; avsDirectory: Address } }>;
}

/** The reads a refresh makes, by kind (each chain's refresh gets those on its chain). */
export interface RefreshTargets {
  rates: readonly RateTarget[];
  pauses: readonly PauseTarget[];
  stakerSources: readonly StakerSourceTarget[];
  markets: readonly MarketTarget[];
  lending: readonly LendingTarget[];
  timelocks: readonly TimelockTarget[];
  exitDelays: readonly ExitDelayTarget[];
  symbioticVaults: readonly SymbioticVaultTarget[];
}

/** JSON-safe: stored with the data, handed to the next refresh. */
export interface RefreshPlan {
  exposure: ExposurePlan | null;
  /** Follow-up reads of two-step pause checks, keyed `<chainId>:<contract address>:<check>`: the call the last refresh made. */
  pauseFollowUps: Record<string, { target: Address; callData: Hex }>;
}

export interface ChainStatus {
  state: 'live' | 'partial' | 'failed';
  at: number;
  blockNumber: bigint | null;
  /** Short stable message of the first failure, e.g. "rpc timeout". */
  error?: string;
}

export interface OnchainRefresh {
  startedAt: number;
  finishedAt: number;
  /** Keyed `<protocol>:<chainId>`: mainnet rates and the rates L2 deposit contracts mint at. */
  rates: Record<string, OnchainFact<RateValue>>;
  paused: Partial<Record<ProtocolId, OnchainFact<PauseValue>>>;
  stakers: Partial<Record<ProtocolId, OnchainFact<StakerList>>>;
  exposure: Partial<Record<ProtocolId, OnchainFact<ExposureValue>>>;
  market: Partial<Record<ProtocolId, OnchainFact<MarketValue>>>;
  /**
   * Aave v3 reserve configurations of the LRTs, keyed `lendingKey(chainId, pool, asset)`: the liquidation threshold the
   * looping rule needs. Read on the chains the refresh reads anyway, in their first round.
   */
  lending: Record<string, OnchainFact<LendingValue>>;
  /** Upgrade timelock delays, keyed by the snapshot's LRT id; read in the first round. */
  upgradeDelays: Record<string, OnchainFact<UpgradeDelayValue>>;
  /** Exit waits that are settings (Kelp's), keyed by the snapshot's LRT id; read in the first round. */
  exitDelays: Record<string, OnchainFact<ExitDelayValue>>;
  /** Symbiotic vaults' slashing configuration, keyed `<chainId>:<lowercase vault address>`; read on the chains refreshed. */
  symbiotic: Record<string, SymbioticVaultFacts>;
  /** Keyed by lowercase AVS address. */
  avsNames: Record<string, OnchainFact<AvsName>>;
  roundTrips: { total: number; byChain: Record<number, ChainRoundTrips> };
  /** Keyed `rpc:<chainId>`, for the source-status line in the UI. */
  statuses: Record<string, ChainStatus>;
  /** For the next refresh (`RefreshDeps.plan`). */
  plan: RefreshPlan;
}
