import { zeroAddress, type Address, type Chain, type Client, type Transport } from 'viem';
import { allocationManagerAbi, delegationManagerAbi, strategyAbi } from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { DependencyFailedError, type OnchainError } from './errors.ts';
import { failedFact, okFact, type Fact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { StakerList } from './read-stakers.ts';
import {
  computeLrtExposure,
  operatorSetKey,
  WAD,
  type AllocationRead,
  type LrtExposure,
  type OperatorAllocations,
  type OperatorSetMeta,
  type OperatorSetRef,
  type StakerPosition,
  type StrategyValuation,
} from './slashable-share.ts';
import { eigenLayerMainnet, type ProtocolId } from './targets.ts';

/**
 * LRT → staker contracts → DelegationManager.delegatedTo → operators → AllocationManager allocations → per operator
 * set: how much of the LRT it can slash, whether slashing is live, where slashed funds go. Each step depends on the
 * previous answer, so the walk takes three rounds after the staker lists, each one multicall for all LRTs together:
 *
 *   A  per staker:   delegatedTo, getDepositedShares
 *   B  per staker:   getWithdrawableShares(staker, its strategies)
 *      per operator: getAllocatedSets, getMaxMagnitudes(operator, strategies its LRT stakers hold)
 *      per strategy: sharesToUnderlyingView(1e18)
 *   C  per operator set × operator: isOperatorSlashable, getAllocation per strategy
 *      per operator set: getStrategiesInOperatorSet, isRedistributingOperatorSet, getRedistributionRecipient, getSlasher
 *
 * Once a walk has run, its structure (stakers, their operators and strategies, the operators' sets) is kept as an
 * `ExposurePlan`: the next refresh asks A, B and C together in its first round and keeps the answers when they show
 * the same structure (`startSpeculativeWalk`, `settleSpeculation`), so a refresh is one multicall while nothing moved.
 *
 * Recipe: shared reference landscape.md §4, checked against Layr-Labs/eigenlayer-contracts@f84a515
 * (src/contracts/core/AllocationManagerView.sol, DelegationManager.sol getDepositedShares).
 */

export interface ExposureValue extends LrtExposure {
  protocol: ProtocolId;
  stakerListOrigin: 'onchain' | 'snapshot';
  stakerListComplete: boolean;
  stakerCount: number;
}

export interface EigenLayerAddresses {
  delegationManager: Address;
  allocationManager: Address;
  beaconChainEthStrategy: Address;
  burnAddress: Address;
  nonEthStrategies: readonly Address[];
}

export const EXPOSURE_LIMITS = {
  /** Above this a protocol's list is not walked: one refresh must stay one multicall per round. */
  maxStakersPerProtocol: 500,
  maxOperatorSetsPerOperator: 64,
} as const;

const lc = (a: Address) => a.toLowerCase() as Address;

interface Read<T> {
  ok: boolean;
  value?: T;
  error?: OnchainError;
}

function toRead<T>(r: { ok: true; value: T } | { ok: false; error: OnchainError }): Read<T> {
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}

/** State carried across rounds. Plain data; each phase returns the calls for the next round. */
export interface ExposureWalk {
  el: EigenLayerAddresses;
  chainId: number;
  lists: Map<ProtocolId, Fact<StakerList>>;
  stakers: Address[];
  calls: RawCall[];
  phase: 'A' | 'B' | 'C' | 'done';
  delegation: Map<Address, Read<Address>>;
  deposits: Map<Address, Read<{ strategies: Address[]; shares: bigint[] }>>;
  withdrawable: Map<Address, Read<bigint[]>>;
  operatorStrategies: Map<Address, Address[]>;
  allocatedSets: Map<Address, Read<OperatorSetRef[]>>;
  maxMagnitudes: Map<Address, Read<bigint[]>>;
  valuations: Map<Address, Read<bigint>>;
  slashable: Map<string, Read<boolean>>;
  allocations: Map<string, Read<AllocationRead>>;
  setStrategies: Map<string, Read<Address[]>>;
  redistributing: Map<string, Read<boolean>>;
  recipient: Map<string, Read<Address>>;
  slasher: Map<string, Read<Address>>;
  /** How each call of the pending round maps back to the state. */
  pending: ((raw: RawResult | undefined) => void)[];
}

function push(walk: ExposureWalk, call: RawCall, onResult: (raw: RawResult | undefined) => void) {
  walk.calls.push(call);
  walk.pending.push(onResult);
}

/** Starts the walk from the staker lists; returns round A's calls in `walk.calls`. */
export function startExposureWalk(
  lists: ReadonlyMap<ProtocolId, Fact<StakerList>>,
  el: EigenLayerAddresses = eigenLayerMainnet,
  chainId = 1,
): ExposureWalk {
  const walk: ExposureWalk = {
    el,
    chainId,
    lists: new Map(lists),
    stakers: [],
    calls: [],
    phase: 'A',
    delegation: new Map(),
    deposits: new Map(),
    withdrawable: new Map(),
    operatorStrategies: new Map(),
    allocatedSets: new Map(),
    maxMagnitudes: new Map(),
    valuations: new Map(),
    slashable: new Map(),
    allocations: new Map(),
    setStrategies: new Map(),
    redistributing: new Map(),
    recipient: new Map(),
    slasher: new Map(),
    pending: [],
  };
  const seen = new Set<string>();
  for (const fact of lists.values()) {
    if (fact.status !== 'ok' || fact.value.stakers.length > EXPOSURE_LIMITS.maxStakersPerProtocol) continue;
    for (const s of fact.value.stakers) if (!seen.has(lc(s))) (seen.add(lc(s)), walk.stakers.push(s));
  }
  const dm = el.delegationManager;
  for (const staker of walk.stakers) {
    push(walk, encodeRead(dm, 'DelegationManager.delegatedTo', { abi: delegationManagerAbi, functionName: 'delegatedTo', args: [staker] }), (raw) =>
      walk.delegation.set(lc(staker), toRead(decodeRead(raw, { abi: delegationManagerAbi, functionName: 'delegatedTo' }))),
    );
    push(walk, encodeRead(dm, 'DelegationManager.getDepositedShares', { abi: delegationManagerAbi, functionName: 'getDepositedShares', args: [staker] }), (raw) => {
      const r = decodeRead(raw, { abi: delegationManagerAbi, functionName: 'getDepositedShares' });
      walk.deposits.set(lc(staker), r.ok ? { ok: true, value: { strategies: [...r.value[0]], shares: [...r.value[1]] } } : { ok: false, error: r.error });
    });
  }
  return walk;
}

function operatorOf(walk: ExposureWalk, staker: Address): Address | null {
  const d = walk.delegation.get(lc(staker));
  if (!d?.ok || !d.value || lc(d.value) === lc(zeroAddress)) return null;
  return d.value;
}

/** Hands each pending call its answer. */
export function feedExposureWalk(walk: ExposureWalk, results: readonly (RawResult | undefined)[]): void {
  walk.pending.forEach((fn, i) => fn(results[i]));
  walk.pending = [];
  walk.calls = [];
}

/** Round B's calls, from round A's answers (delegations and deposits). */
function planB(walk: ExposureWalk): void {
  const { allocationManager: am, delegationManager: dm } = walk.el;
  const strategiesSeen = new Set<string>();
  for (const staker of walk.stakers) {
    const dep = walk.deposits.get(lc(staker));
    if (!dep?.ok || !dep.value) continue;
    const strategies = dep.value.strategies.filter((_, i) => (dep.value!.shares[i] ?? 0n) > 0n);
    if (strategies.length === 0) continue;
    push(walk, encodeRead(dm, 'DelegationManager.getWithdrawableShares', { abi: delegationManagerAbi, functionName: 'getWithdrawableShares', args: [staker, strategies] }), (raw) => {
      const r = decodeRead(raw, { abi: delegationManagerAbi, functionName: 'getWithdrawableShares' });
      walk.withdrawable.set(lc(staker), r.ok ? { ok: true, value: [...r.value[0]] } : { ok: false, error: r.error });
    });
    const op = operatorOf(walk, staker);
    if (op) {
      const list = walk.operatorStrategies.get(lc(op)) ?? [];
      for (const s of strategies) if (!list.some((x) => lc(x) === lc(s))) list.push(s);
      walk.operatorStrategies.set(lc(op), list);
    }
    for (const s of strategies) {
      if (strategiesSeen.has(lc(s))) continue;
      strategiesSeen.add(lc(s));
      if (lc(s) === lc(walk.el.beaconChainEthStrategy) || walk.el.nonEthStrategies.some((x) => lc(x) === lc(s))) continue;
      push(walk, encodeRead(s, 'Strategy.sharesToUnderlyingView', { abi: strategyAbi, functionName: 'sharesToUnderlyingView', args: [WAD] }), (raw) =>
        walk.valuations.set(lc(s), toRead(decodeRead(raw, { abi: strategyAbi, functionName: 'sharesToUnderlyingView' }))),
      );
    }
  }
  for (const [op, strategies] of walk.operatorStrategies) {
    const operator = op as Address;
    push(walk, encodeRead(am, 'AllocationManager.getAllocatedSets', { abi: allocationManagerAbi, functionName: 'getAllocatedSets', args: [operator] }), (raw) => {
      const r = decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getAllocatedSets' });
      walk.allocatedSets.set(op as Address, r.ok ? { ok: true, value: r.value.slice(0, EXPOSURE_LIMITS.maxOperatorSetsPerOperator).map((s) => ({ avs: s.avs, id: s.id })) } : { ok: false, error: r.error });
    });
    push(walk, encodeRead(am, 'AllocationManager.getMaxMagnitudes', { abi: allocationManagerAbi, functionName: 'getMaxMagnitudes', args: [operator, strategies] }), (raw) => {
      const r = decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getMaxMagnitudes' });
      walk.maxMagnitudes.set(op as Address, r.ok ? { ok: true, value: [...r.value] } : { ok: false, error: r.error });
    });
  }
}

/** Round C's calls, from round B's answers (allocated operator sets). */
function planC(walk: ExposureWalk): void {
  const { allocationManager: am } = walk.el;
  const setsSeen = new Set<string>();
  for (const [op, strategies] of walk.operatorStrategies) {
    const operator = op as Address;
    const sets = walk.allocatedSets.get(op as Address);
    if (!sets?.ok || !sets.value) continue;
    for (const set of sets.value) {
      const key = operatorSetKey(set);
      push(walk, encodeRead(am, 'AllocationManager.isOperatorSlashable', { abi: allocationManagerAbi, functionName: 'isOperatorSlashable', args: [operator, set] }), (raw) =>
        walk.slashable.set(`${op}|${key}`, toRead(decodeRead(raw, { abi: allocationManagerAbi, functionName: 'isOperatorSlashable' }))),
      );
      for (const s of strategies) {
        push(walk, encodeRead(am, 'AllocationManager.getAllocation', { abi: allocationManagerAbi, functionName: 'getAllocation', args: [operator, set, s] }), (raw) => {
          const r = decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getAllocation' });
          walk.allocations.set(`${op}|${key}|${lc(s)}`, r.ok ? { ok: true, value: { currentMagnitude: r.value.currentMagnitude, pendingDiff: r.value.pendingDiff, effectBlock: r.value.effectBlock } } : { ok: false, error: r.error });
        });
      }
      if (setsSeen.has(key)) continue;
      setsSeen.add(key);
      push(walk, encodeRead(am, 'AllocationManager.getStrategiesInOperatorSet', { abi: allocationManagerAbi, functionName: 'getStrategiesInOperatorSet', args: [set] }), (raw) => {
        const r = decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getStrategiesInOperatorSet' });
        walk.setStrategies.set(key, r.ok ? { ok: true, value: [...r.value] } : { ok: false, error: r.error });
      });
      push(walk, encodeRead(am, 'AllocationManager.isRedistributingOperatorSet', { abi: allocationManagerAbi, functionName: 'isRedistributingOperatorSet', args: [set] }), (raw) =>
        walk.redistributing.set(key, toRead(decodeRead(raw, { abi: allocationManagerAbi, functionName: 'isRedistributingOperatorSet' }))),
      );
      push(walk, encodeRead(am, 'AllocationManager.getRedistributionRecipient', { abi: allocationManagerAbi, functionName: 'getRedistributionRecipient', args: [set] }), (raw) =>
        walk.recipient.set(key, toRead(decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getRedistributionRecipient' }))),
      );
      push(walk, encodeRead(am, 'AllocationManager.getSlasher', { abi: allocationManagerAbi, functionName: 'getSlasher', args: [set] }), (raw) =>
        walk.slasher.set(key, toRead(decodeRead(raw, { abi: allocationManagerAbi, functionName: 'getSlasher' }))),
      );
    }
  }
}

/**
 * Feeds the answers of the pending round and plans the next one. After round C, `walk.phase` is 'done' and
 * `walk.calls` is empty.
 */
export function advanceExposureWalk(walk: ExposureWalk, results: readonly (RawResult | undefined)[]): ExposureWalk {
  feedExposureWalk(walk, results);
  if (walk.phase === 'A') {
    walk.phase = 'B';
    planB(walk);
  } else if (walk.phase === 'B') {
    walk.phase = 'C';
    planC(walk);
  } else walk.phase = 'done';
  return walk;
}

/**
 * What a finished walk found that decides which calls the next walk makes: the staker lists, each staker's operator
 * and strategies, each operator's allocated sets. Kept with the data, it lets the next refresh ask rounds A, B and C
 * at once, speculatively, and keep the answers only if they show the same structure (`settleSpeculation`).
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

/** The plan for the next refresh, or null when a read the structure rests on failed (the next walk starts afresh). */
export function exposurePlanOf(walk: ExposureWalk): ExposurePlan | null {
  const plan: ExposurePlan = { chainId: walk.chainId, stakers: {}, delegation: {}, strategies: {}, sets: {} };
  for (const [protocol, list] of walk.lists)
    if (list.status === 'ok' && list.value.stakers.length <= EXPOSURE_LIMITS.maxStakersPerProtocol) plan.stakers[protocol] = [...list.value.stakers];
  for (const staker of walk.stakers) {
    const d = walk.delegation.get(lc(staker));
    const dep = walk.deposits.get(lc(staker));
    if (!d?.ok || d.value === undefined || !dep?.ok || !dep.value) return null;
    plan.delegation[lc(staker)] = d.value;
    plan.strategies[lc(staker)] = dep.value.strategies.filter((_, i) => (dep.value!.shares[i] ?? 0n) > 0n);
  }
  for (const op of walk.operatorStrategies.keys()) {
    const sets = walk.allocatedSets.get(op as Address);
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
  const lists = new Map<ProtocolId, Fact<StakerList>>(
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
  for (const op of walk.operatorStrategies.keys()) walk.allocatedSets.set(op as Address, { ok: true, value: plan.sets[op] ?? [] });
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
export function settleSpeculation(walk: ExposureWalk, plan: ExposurePlan, lists: ReadonlyMap<ProtocolId, Fact<StakerList>>): boolean {
  for (const [protocol, list] of lists) {
    const planned = plan.stakers[protocol];
    if (list.status !== 'ok' || list.value.stakers.length > EXPOSURE_LIMITS.maxStakersPerProtocol) {
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
    const held = dep.value.strategies.filter((_, i) => (dep.value!.shares[i] ?? 0n) > 0n);
    if (!sameAddresses(held, plan.strategies[lc(staker)] ?? [])) return false;
  }
  for (const op of walk.operatorStrategies.keys()) {
    const sets = walk.allocatedSets.get(op as Address);
    const planned = plan.sets[op] ?? [];
    if (!sets?.ok || !sets.value || sets.value.length !== planned.length) return false;
    if (sets.value.some((x, i) => lc(x.avs) !== lc(planned[i]!.avs) || x.id !== planned[i]!.id)) return false;
  }
  walk.lists = new Map(lists);
  walk.phase = 'done';
  return true;
}

/** The AVS addresses the walk found (for names). */
export function exposureAvsAddresses(walk: ExposureWalk): Address[] {
  const out = new Map<string, Address>();
  for (const sets of walk.allocatedSets.values()) for (const s of sets.value ?? []) out.set(lc(s.avs), s.avs);
  return [...out.values()];
}

function destinationOf(walk: ExposureWalk, key: string): OperatorSetMeta['destination'] {
  const red = walk.redistributing.get(key);
  const rec = walk.recipient.get(key);
  if (red?.ok && red.value === false) return { kind: 'burn' };
  if (red?.ok && red.value === true && rec?.ok && rec.value) return { kind: 'redistribute', recipient: rec.value };
  // Without isRedistributingOperatorSet, the recipient alone tells: the burn address means burn.
  if (rec?.ok && rec.value) return lc(rec.value) === lc(walk.el.burnAddress) ? { kind: 'burn' } : { kind: 'redistribute', recipient: rec.value };
  return { kind: 'unknown' };
}

export function exposureSource(chainId: number, listSource: string): string {
  return [
    listSource,
    rpcSource(chainId, 'DelegationManager', 'delegatedTo'),
    rpcSource(chainId, 'DelegationManager', 'getWithdrawableShares'),
    rpcSource(chainId, 'AllocationManager', 'getAllocation'),
    rpcSource(chainId, 'AllocationManager', 'getMaxMagnitudes'),
    rpcSource(chainId, 'AllocationManager', 'isOperatorSlashable'),
  ].join('+');
}

/**
 * One fact per protocol. "ok" only when every read the figure rests on succeeded: a partial walk would understate
 * exposure, which is the one error this tool must not make. The set's slasher and destination are secondary: when
 * they fail the set says "unknown" and the fact notes it.
 */
export function exposureFacts(walk: ExposureWalk, ctx: RoundContext): Map<ProtocolId, Fact<ExposureValue>> {
  const out = new Map<ProtocolId, Fact<ExposureValue>>();
  for (const [protocol, list] of walk.lists) {
    const listSource = list.source;
    const base = { source: exposureSource(walk.chainId, listSource), asOf: ctx.asOf };
    if (list.status === 'failed') {
      out.set(protocol, failedFact(new DependencyFailedError({ details: `staker list: ${list.error.message}` }), base));
      continue;
    }
    if (list.status === 'not-applicable') {
      out.set(protocol, { status: 'not-applicable', reason: list.reason, ...base });
      continue;
    }
    if (list.value.stakers.length > EXPOSURE_LIMITS.maxStakersPerProtocol) {
      out.set(protocol, failedFact(new DependencyFailedError({ details: `${list.value.stakers.length} stakers exceed the walk limit` }), base));
      continue;
    }

    const failures: OnchainError[] = [];
    let softFailures = 0;
    const need = <T>(r: Read<T> | undefined): T | undefined => {
      if (!r) {
        failures.push(new DependencyFailedError({ details: 'not read' }));
        return undefined;
      }
      if (!r.ok) failures.push(r.error ?? new DependencyFailedError());
      return r.ok ? r.value : undefined;
    };

    const positions: StakerPosition[] = [];
    const operators = new Map<string, OperatorAllocations>();
    const setMeta = new Map<string, OperatorSetMeta>();
    const valuations = new Map<Address, StrategyValuation>();

    for (const staker of list.value.stakers) {
      const delegated = need(walk.delegation.get(lc(staker)));
      const deposits = need(walk.deposits.get(lc(staker)));
      if (delegated === undefined || !deposits) continue;
      const strategies = deposits.strategies.filter((_, i) => (deposits.shares[i] ?? 0n) > 0n);
      if (strategies.length === 0) {
        positions.push({ staker, operator: null, shares: [] });
        continue;
      }
      const withdrawable = need(walk.withdrawable.get(lc(staker)));
      if (!withdrawable) continue;
      const operator = lc(delegated) === lc(zeroAddress) ? null : delegated;
      positions.push({
        staker,
        operator,
        shares: strategies.map((strategy, i) => ({ strategy, withdrawableShares: withdrawable[i] ?? 0n })),
      });
      for (const s of strategies) {
        const isBeacon = lc(s) === lc(walk.el.beaconChainEthStrategy);
        const nonEth = walk.el.nonEthStrategies.some((x) => lc(x) === lc(s));
        if (isBeacon || nonEth) valuations.set(s, { underlyingPerShareWad: WAD, ethDenominated: !nonEth });
        else {
          const v = need(walk.valuations.get(lc(s)));
          if (v !== undefined) valuations.set(s, { underlyingPerShareWad: v, ethDenominated: true });
        }
      }
      if (!operator || operators.has(lc(operator))) continue;
      const opStrategies = walk.operatorStrategies.get(lc(operator)) ?? [];
      const sets = need(walk.allocatedSets.get(lc(operator)));
      const max = need(walk.maxMagnitudes.get(lc(operator)));
      if (!sets || !max) continue;
      const maxMagnitudes = new Map<Address, bigint>(opStrategies.map((s, i) => [s, max[i] ?? 0n]));
      operators.set(lc(operator), {
        operator,
        maxMagnitudes,
        sets: sets.map((set) => {
          const key = operatorSetKey(set);
          const allocations = new Map<Address, AllocationRead>();
          for (const s of opStrategies) {
            const a = need(walk.allocations.get(`${lc(operator)}|${key}|${lc(s)}`));
            if (a) allocations.set(s, a);
          }
          const inSet = walk.setStrategies.get(key);
          if (!inSet?.ok) softFailures++;
          if (!setMeta.has(key)) {
            const slasher = walk.slasher.get(key);
            if (!slasher?.ok) softFailures++;
            const destination = destinationOf(walk, key);
            if (destination.kind === 'unknown') softFailures++;
            setMeta.set(key, { destination, slasher: slasher?.ok && slasher.value ? slasher.value : null });
          }
          return {
            operatorSet: set,
            operatorSlashable: need(walk.slashable.get(`${lc(operator)}|${key}`)) ?? false,
            strategiesInSet: inSet?.ok && inSet.value ? inSet.value : null,
            allocations,
          };
        }),
      });
    }

    if (failures.length) {
      const first = failures[0]!;
      out.set(
        protocol,
        failedFact(
          new DependencyFailedError({ details: `${failures.length} read(s) failed, first: ${first.shortMessage}`, cause: first }),
          base,
        ),
      );
      continue;
    }
    const exposure = computeLrtExposure({ positions, operators: [...operators.values()], setMeta, valuations });
    const notes = [
      list.value.origin === 'snapshot' ? 'staker list from snapshot' : null,
      list.value.complete ? null : 'staker list incomplete',
      softFailures ? `${softFailures} slasher/destination read(s) failed` : null,
    ].filter(Boolean);
    out.set(
      protocol,
      okFact(
        {
          ...exposure,
          protocol,
          stakerListOrigin: list.value.origin,
          stakerListComplete: list.value.complete,
          stakerCount: list.value.stakers.length,
        },
        { ...base, blockNumber: ctx.block?.number ?? null, ...(notes.length ? { note: notes.join('; ') } : {}) },
      ),
    );
  }
  return out;
}

/** Standalone: walks the exposure of the given staker lists with one multicall per round (three rounds). */
export async function readExposure(
  client: Client<Transport, Chain>,
  lists: ReadonlyMap<ProtocolId, Fact<StakerList>>,
  options: { now?: () => number; signal?: AbortSignal; eigenLayer?: EigenLayerAddresses } = {},
): Promise<{ facts: Map<ProtocolId, Fact<ExposureValue>>; avs: Address[]; multicalls: number }> {
  const now = options.now ?? Date.now;
  const walk = startExposureWalk(lists, options.eigenLayer, client.chain.id);
  let block = null;
  let multicalls = 0;
  while (walk.phase !== 'done') {
    const res = await aggregate3(client, walk.calls, { signal: options.signal });
    multicalls += res.multicalls;
    block = res.block ?? block;
    advanceExposureWalk(walk, res.results);
  }
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block };
  return { facts: exposureFacts(walk, ctx), avs: exposureAvsAddresses(walk), multicalls };
}
