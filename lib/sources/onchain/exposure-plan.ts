/**
 * Once a walk has run, its structure (stakers, their operators and strategies, the operators' sets) is kept as an
 * `ExposurePlan`: the next refresh asks rounds A, B and C together in its first round and keeps the answers when they
 * show the same structure, so a refresh is one multicall while nothing moved.
 */
import { zeroAddress, type Address } from 'viem';
import { okFact, type OnchainFact } from './fact.ts';
import { EXPOSURE_LIMITS, heldStrategies, lc, planB, planC, startExposureWalk, type EigenLayerAddresses, type ExposureWalk } from './exposure-walk.ts';
import type { StakerList } from './read-stakers.ts';
import type { OperatorSetRef } from './slashable-types.ts';
import { eigenLayerMainnet, type ProtocolId } from './targets.ts';

/**
 * What a finished walk found that decides which calls the next walk makes: the staker lists, each staker's operator
 * and strategies, each operator's allocated sets.
 */
export interface ExposurePlan {
  chainId: number;
  /** Per protocol, the stakers walked, in order. */
  stakers: Partial<Record<ProtocolId, Address[]>>;
  /** Lowercase staker → its operator (the zero address: not delegated). */
  delegation: Record<string, Address>;
  /** Lowercase staker → the strategies it holds shares in, in DelegationManager's order. */
  strategies: Record<string, Address[]>;
  /** Lowercase operator → its allocated operator sets, in AllocationManager's order. */
  sets: Record<string, OperatorSetRef[]>;
}

const walkable = (list: OnchainFact<StakerList>): list is Extract<OnchainFact<StakerList>, { status: 'ok' }> =>
  list.status === 'ok' && list.value.stakers.length <= EXPOSURE_LIMITS.maxStakersPerProtocol;

/** The plan for the next refresh, or null when a read the structure rests on failed (the next walk starts afresh). */
export function exposurePlanOf(walk: ExposureWalk): ExposurePlan | null {
  const plan: ExposurePlan = { chainId: walk.chainId, stakers: {}, delegation: {}, strategies: {}, sets: {} };
  for (const [protocol, list] of walk.lists) if (walkable(list)) plan.stakers[protocol] = [...list.value.stakers];
  for (const staker of walk.stakers) {
    const d = walk.delegation.get(lc(staker));
    const dep = walk.deposits.get(lc(staker));
    if (!d?.ok || d.value === undefined || !dep?.ok || !dep.value) return null;
    plan.delegation[lc(staker)] = d.value;
    plan.strategies[lc(staker)] = heldStrategies(dep.value);
  }
  for (const op of walk.operatorStrategies.keys()) {
    const sets = walk.allocatedSets.get(op);
    if (!sets?.ok || !sets.value) return null;
    plan.sets[op] = sets.value.map((x) => ({ avs: x.avs, id: x.id }));
  }
  return plan;
}

/**
 * Rounds A, B and C in one: A's calls for the planned stakers, and B's and C's planned from the last walk's answers.
 * The answers of this one round overwrite the planned ones; `settleSpeculation` then says whether they can stand.
 */
export function startSpeculativeWalk(plan: ExposurePlan, el: EigenLayerAddresses = eigenLayerMainnet): ExposureWalk {
  const lists = new Map<ProtocolId, OnchainFact<StakerList>>(
    Object.entries(plan.stakers).map(([protocol, stakers]) => [
      protocol as ProtocolId,
      okFact({ protocol: protocol as ProtocolId, stakers: stakers ?? [], origin: 'onchain', complete: true }, { source: 'plan', asOf: 0, blockNumber: null }),
    ]),
  );
  const walk = startExposureWalk(lists, el, plan.chainId);
  for (const staker of walk.stakers) {
    const strategies = plan.strategies[lc(staker)] ?? [];
    walk.delegation.set(lc(staker), { ok: true, value: plan.delegation[lc(staker)] ?? zeroAddress });
    walk.deposits.set(lc(staker), { ok: true, value: { strategies, shares: strategies.map(() => 1n) } });
  }
  planB(walk);
  for (const op of walk.operatorStrategies.keys()) walk.allocatedSets.set(op, { ok: true, value: plan.sets[op] ?? [] });
  planC(walk);
  walk.phase = 'C';
  return walk;
}

const sameAddresses = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((x, i) => lc(x as Address) === lc(b[i] as Address));

/**
 * After the one round: when the answers have the structure the calls were planned from — the same stakers per
 * protocol, delegated to the same operators, holding the same strategies, each operator allocated to the same sets —
 * every read the figures need was made, at one block: the walk takes the real staker lists, is marked done, and this
 * returns true. Otherwise (or if any of those reads failed) it returns false and the walk starts again from the real
 * staker lists.
 */
export function settleSpeculation(walk: ExposureWalk, plan: ExposurePlan, lists: ReadonlyMap<ProtocolId, OnchainFact<StakerList>>): boolean {
  for (const [protocol, list] of lists) {
    const planned = plan.stakers[protocol];
    if (!walkable(list)) {
      if (planned) return false;
      continue;
    }
    if (!sameAddresses(list.value.stakers, planned)) return false;
  }
  if (Object.keys(plan.stakers).some((p) => !lists.has(p as ProtocolId))) return false;
  for (const staker of walk.stakers) {
    const d = walk.delegation.get(lc(staker));
    const dep = walk.deposits.get(lc(staker));
    if (!d?.ok || d.value === undefined || lc(d.value) !== lc(plan.delegation[lc(staker)] ?? zeroAddress)) return false;
    if (!dep?.ok || !dep.value) return false;
    if (!sameAddresses(heldStrategies(dep.value), plan.strategies[lc(staker)] ?? [])) return false;
  }
  for (const op of walk.operatorStrategies.keys()) {
    const sets = walk.allocatedSets.get(op);
    const planned = plan.sets[op] ?? [];
    if (!sets?.ok || !sets.value || sets.value.length !== planned.length) return false;
    if (sets.value.some((x, i) => lc(x.avs) !== lc(planned[i]!.avs) || x.id !== planned[i]!.id)) return false;
  }
  walk.lists = new Map(lists);
  walk.phase = 'done';
  return true;
}
