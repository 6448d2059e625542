import type { Address } from 'viem';

/**
 * Pure arithmetic from EigenLayer reads to "how much of this LRT can each AVS operator set slash". No I/O here: the
 * readers decode, these functions compute, table tests pin the numbers.
 *
 * The model (Layr-Labs/eigenlayer-contracts docs/core/AllocationManager.md, ELIP-002): per strategy an operator has a
 * max magnitude (starts at 1e18, drops when slashed) and allocates slices of it to operator sets. The share of the
 * operator's delegated stake a set can slash is `currentMagnitude / maxMagnitude`, applied to every staker delegated to
 * the operator pro rata. AllocationManagerView._getMinimumAllocatedStake computes exactly
 * `mulWad(shares, divWad(currentMagnitude, maxMagnitude))` (src/contracts/core/AllocationManagerView.sol), rounding
 * down at each step; we use the same two steps so our numbers match the contract's `getAllocatedStake` to the wei.
 * Dividing by 1e18 instead of maxMagnitude would under-count after an operator has been slashed once.
 */

export const WAD = 10n ** 18n;

export interface OperatorSetRef {
  avs: Address;
  id: number;
}

/** `divWad` as in the contract (floor). A max magnitude of zero means fully slashed: nothing left to slash. */
export function slashableProportionWad(currentMagnitude: bigint, maxMagnitude: bigint): bigint {
  if (maxMagnitude <= 0n || currentMagnitude <= 0n) return 0n;
  const p = (currentMagnitude * WAD) / maxMagnitude;
  // The protocol keeps allocations ≤ max magnitude; clamp so a bad read can never claim more than 100%.
  return p > WAD ? WAD : p;
}

/** `mulWad` (floor). */
export function mulWad(a: bigint, b: bigint): bigint {
  return (a * b) / WAD;
}

/** ratio in WAD (1e18 = 100%), 0 when the denominator is 0. */
export function ratioWad(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) return 0n;
  return (numerator * WAD) / denominator;
}

/** Herfindahl–Hirschman index of shares given as weights, in basis points (10 000 = one operator holds everything). */
export function concentration(weights: readonly bigint[]): { topShareWad: bigint; hhiBps: number } {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return { topShareWad: 0n, hhiBps: 0 };
  let top = 0n;
  let hhi = 0n; // Σ share² in WAD², scaled below to bps
  for (const w of weights) {
    if (w > top) top = w;
    const s = (w * WAD) / total;
    hhi += s * s;
  }
  return { topShareWad: (top * WAD) / total, hhiBps: Number((hhi * 10_000n) / (WAD * WAD)) };
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

function valueWei(shares: bigint, v: StrategyValuation | undefined): bigint | null {
  if (!v || !v.ethDenominated) return null;
  return mulWad(shares, v.underlyingPerShareWad);
}

function signedMulWad(a: bigint, b: bigint): bigint {
  // Round toward zero, like Solidity's signed division.
  return b < 0n ? -mulWad(a, -b) : mulWad(a, b);
}

/** The LRT's slashable exposure per operator set, with operator concentration. */
export function computeLrtExposure(input: ExposureInput): LrtExposure {
  const byOperator = new Map<string, OperatorAllocations>();
  for (const o of input.operators) byOperator.set(o.operator.toLowerCase(), o);

  let totalRestakedWei = 0n;
  let undelegatedWei = 0n;
  const delegatedByOperator = new Map<string, { operator: Address; wei: bigint }>();
  interface Acc {
    set: OperatorSetRef;
    slashableWei: bigint;
    notSlashableWei: bigint;
    pendingWei: bigint;
    pendingEffectBlock: number | null;
    live: boolean;
    operators: Set<Address>;
    byStrategy: Map<Address, { shares: bigint; wei: bigint | null }>;
  }
  const sets = new Map<string, Acc>();

  for (const position of input.positions) {
    for (const { strategy, withdrawableShares } of position.shares) {
      const wei = valueWei(withdrawableShares, input.valuations.get(strategy));
      if (wei !== null) totalRestakedWei += wei;
      if (!position.operator) {
        if (wei !== null) undelegatedWei += wei;
        continue;
      }
      const opKey = position.operator.toLowerCase();
      const d = delegatedByOperator.get(opKey) ?? { operator: position.operator, wei: 0n };
      if (wei !== null) d.wei += wei;
      delegatedByOperator.set(opKey, d);

      const alloc = byOperator.get(opKey);
      if (!alloc) continue;
      const maxMagnitude = alloc.maxMagnitudes.get(strategy) ?? 0n;
      for (const s of alloc.sets) {
        const a = s.allocations.get(strategy);
        if (!a) continue;
        const key = operatorSetKey(s.operatorSet);
        const acc: Acc = sets.get(key) ?? {
          set: s.operatorSet,
          slashableWei: 0n,
          notSlashableWei: 0n,
          pendingWei: 0n,
          pendingEffectBlock: null,
          live: false,
          operators: new Set(),
          byStrategy: new Map(),
        };
        sets.set(key, acc);
        acc.operators.add(alloc.operator);

        const proportion = slashableProportionWad(a.currentMagnitude, maxMagnitude);
        const allocatedShares = mulWad(withdrawableShares, proportion);
        const allocatedWei = valueWei(allocatedShares, input.valuations.get(strategy));
        const inSet = s.strategiesInSet === null || s.strategiesInSet.some((x) => x.toLowerCase() === strategy.toLowerCase());
        const slashableNow = s.operatorSlashable && inSet && allocatedShares > 0n;

        if (slashableNow) {
          acc.live = true;
          if (allocatedWei !== null) acc.slashableWei += allocatedWei;
          const bs = acc.byStrategy.get(strategy) ?? { shares: 0n, wei: allocatedWei === null ? null : 0n };
          bs.shares += allocatedShares;
          if (bs.wei !== null && allocatedWei !== null) bs.wei += allocatedWei;
          acc.byStrategy.set(strategy, bs);
        } else if (allocatedWei !== null) {
          acc.notSlashableWei += allocatedWei;
        }

        if (a.pendingDiff !== 0n && maxMagnitude > 0n) {
          const pendingProportion = (a.pendingDiff * WAD) / maxMagnitude;
          const pendingShares = signedMulWad(withdrawableShares, pendingProportion);
          const pendingWei = valueWei(pendingShares < 0n ? -pendingShares : pendingShares, input.valuations.get(strategy));
          if (pendingWei !== null) acc.pendingWei += pendingShares < 0n ? -pendingWei : pendingWei;
          acc.pendingEffectBlock =
            acc.pendingEffectBlock === null ? a.effectBlock : Math.min(acc.pendingEffectBlock, a.effectBlock);
        }
      }
    }
  }

  const operatorSets: OperatorSetExposure[] = [...sets.entries()].map(([key, acc]) => {
    const meta = input.setMeta.get(key);
    return {
      operatorSet: acc.set,
      slashableWei: acc.slashableWei,
      slashableShareWad: ratioWad(acc.slashableWei, totalRestakedWei),
      allocatedNotSlashableWei: acc.notSlashableWei,
      pendingChangeWei: acc.pendingWei,
      pendingEffectBlock: acc.pendingEffectBlock,
      live: acc.live,
      operators: [...acc.operators],
      destination: meta?.destination ?? { kind: 'unknown' },
      slasher: meta?.slasher ?? null,
      byStrategy: [...acc.byStrategy.entries()].map(([strategy, v]) => ({
        strategy,
        slashableShares: v.shares,
        slashableWei: v.wei,
      })),
    };
  });
  operatorSets.sort((a, b) => (a.slashableWei === b.slashableWei ? 0 : a.slashableWei > b.slashableWei ? -1 : 1));

  const operators: OperatorShare[] = [...delegatedByOperator.values()]
    .map((d) => ({ operator: d.operator, delegatedWei: d.wei, shareWad: ratioWad(d.wei, totalRestakedWei) }))
    .sort((a, b) => (a.delegatedWei === b.delegatedWei ? 0 : a.delegatedWei > b.delegatedWei ? -1 : 1));
  const { topShareWad, hhiBps } = concentration(operators.map((o) => o.delegatedWei));
  const totalSlashableWei = operatorSets.reduce((sum, s) => sum + s.slashableWei, 0n);

  return {
    totalRestakedWei,
    undelegatedWei,
    operators,
    topOperatorShareWad: topShareWad,
    operatorHhiBps: hhiBps,
    operatorSets,
    totalSlashableShareWad: ratioWad(totalSlashableWei, totalRestakedWei),
  };
}
