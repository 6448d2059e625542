/** What the EigenLayer readers hand to the slashable-share arithmetic, and what it returns (slashable-share.ts). */
import type { Address } from 'viem';

export interface OperatorSetRef {
  avs: Address;
  id: number;
}
export interface AllocationRead {
  currentMagnitude: bigint;
  pendingDiff: bigint;
  effectBlock: number;
}

/** What the readers learned about one staker contract of the LRT. */
export interface StakerPosition {
  staker: Address;
  /** `DelegationManager.delegatedTo`; null when not delegated (the stake is restaked but no AVS can slash it). */
  operator: Address | null;
  /** `getWithdrawableShares`: deposit shares already scaled by past slashing. */
  shares: readonly { strategy: Address; withdrawableShares: bigint }[];
}

export interface OperatorSetAllocations {
  operatorSet: OperatorSetRef;
  /** `isOperatorSlashable`: registered, or deregistered less than DEALLOCATION_DELAY ago. */
  operatorSlashable: boolean;
  /** `getStrategiesInOperatorSet`; null when that read failed (then allocations are taken at face value). */
  strategiesInSet: readonly Address[] | null;
  /** `getAllocation` per strategy the LRT holds. */
  allocations: ReadonlyMap<Address, AllocationRead>;
}

export interface OperatorAllocations {
  operator: Address;
  /** `getMaxMagnitudes(operator, strategies)`. */
  maxMagnitudes: ReadonlyMap<Address, bigint>;
  sets: readonly OperatorSetAllocations[];
}

export type SlashDestination =
  | { kind: 'burn' }
  | { kind: 'redistribute'; recipient: Address }
  | { kind: 'unknown' };

export interface OperatorSetMeta {
  destination: SlashDestination;
  slasher: Address | null;
}

/**
 * How a strategy's shares count in ETH. The underlying amount is taken 1:1 as ETH for LST strategies (stETH, rETH,
 * …): an approximation (an LST is worth its own exchange rate, 1.0–1.2 ETH) that keeps weights in one unit without
 * an extra oracle read; per-strategy share figures are exact.
 */
export interface StrategyValuation {
  /** Underlying per 1e18 shares (`sharesToUnderlyingView(1e18)`); 1e18 for beacon-chain ETH, whose shares are wei. */
  underlyingPerShareWad: bigint;
  /** Underlying counts as ETH (native ETH, LSTs). The EIGEN strategy does not. */
  ethDenominated: boolean;
}

export interface ExposureInput {
  positions: readonly StakerPosition[];
  operators: readonly OperatorAllocations[];
  setMeta: ReadonlyMap<string, OperatorSetMeta>;
  valuations: ReadonlyMap<Address, StrategyValuation>;
}

export interface StrategySlashable {
  strategy: Address;
  slashableShares: bigint;
  /** Null for strategies whose underlying is not ETH-denominated or could not be valued. */
  slashableWei: bigint | null;
}

export interface OperatorSetExposure {
  operatorSet: OperatorSetRef;
  /** ETH-denominated value of the LRT's stake this set can slash now. */
  slashableWei: bigint;
  /** `slashableWei / totalRestakedWei`, WAD. */
  slashableShareWad: bigint;
  /** Allocated but not slashable now (operator deregistered past its window, or strategy not in the set). */
  allocatedNotSlashableWei: bigint;
  /** Pending magnitude change: positive becomes slashable at `pendingEffectBlock`, negative leaves then. */
  pendingChangeWei: bigint;
  pendingEffectBlock: number | null;
  /** Slashing is live: at least one operator is slashable with a non-zero allocation of a strategy in the set. */
  live: boolean;
  operators: Address[];
  destination: SlashDestination;
  slasher: Address | null;
  byStrategy: StrategySlashable[];
}

export interface OperatorShare {
  operator: Address;
  delegatedWei: bigint;
  shareWad: bigint;
}

export interface LrtExposure {
  /** ETH-denominated restaked value across all stakers read. */
  totalRestakedWei: bigint;
  undelegatedWei: bigint;
  /** Delegated value per operator; `shareWad` is of `totalRestakedWei`. */
  operators: OperatorShare[];
  /** Concentration among the delegated stake only: the largest operator's share, and the HHI in bps. */
  topOperatorShareWad: bigint;
  operatorHhiBps: number;
  /** Sorted by `slashableWei`, largest first. */
  operatorSets: OperatorSetExposure[];
  /**
   * Sum over sets. Allocations are unique to one set (the protocol keeps an operator's allocations ≤ its max
   * magnitude), so this is the share that would be gone if every set slashed everything it may: ≤ 100%.
   */
  totalSlashableShareWad: bigint;
}

export function operatorSetKey(set: OperatorSetRef): string {
  return `${set.avs.toLowerCase()}:${set.id}`;
}

