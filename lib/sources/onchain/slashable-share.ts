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
import type { Address } from 'viem';
import { concentration, mulWad, ratioWad, signedMulWad, slashableProportionWad, WAD } from './wad.ts';
import {
  operatorSetKey,
  type ExposureInput,
  type LrtExposure,
  type OperatorAllocations,
  type OperatorSetExposure,
  type OperatorSetRef,
  type OperatorShare,
  type StrategyValuation,
} from './slashable-types.ts';

function valueWei(shares: bigint, v: StrategyValuation | undefined): bigint | null {
  if (!v || !v.ethDenominated) return null;
  return mulWad(shares, v.underlyingPerShareWad);
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
