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
 * Recipe: shared reference landscape.md §4, checked against Layr-Labs/eigenlayer-contracts@f84a515
 * (src/contracts/core/AllocationManagerView.sol, DelegationManager.sol getDepositedShares).
 */
import { zeroAddress, type Abi, type Address, type ContractFunctionArgs, type ContractFunctionName, type ContractFunctionReturnType } from 'viem';
import { allocationManagerAbi, delegationManagerAbi, strategyAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import type { OnchainError } from './errors.ts';
import type { OnchainFact } from './fact.ts';
import type { StakerList } from './read-stakers.ts';
import { operatorSetKey, type AllocationRead, type OperatorSetRef } from './slashable-types.ts';
import { WAD } from './wad.ts';
import { eigenLayerMainnet, type ProtocolId } from './targets.ts';

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

export const lc = (a: Address) => a.toLowerCase() as Address;

export interface Read<T> {
  ok: boolean;
  value?: T;
  error?: OnchainError;
}

type Deposits = { strategies: Address[]; shares: bigint[] };

/** The strategies a staker holds shares in: the only ones the walk asks about. */
export const heldStrategies = (d: Deposits): Address[] => d.strategies.filter((_, i) => (d.shares[i] ?? 0n) > 0n);

/** State carried across rounds. Plain data; each phase returns the calls for the next round. */
export interface ExposureWalk {
  el: EigenLayerAddresses;
  chainId: number;
  lists: Map<ProtocolId, OnchainFact<StakerList>>;
  stakers: Address[];
  calls: RawCall[];
  phase: 'A' | 'B' | 'C' | 'done';
  delegation: Map<Address, Read<Address>>;
  deposits: Map<Address, Read<Deposits>>;
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

/**
 * Queues one read for the pending round. The call is encoded and its answer decoded from the same ABI item, named
 * once; `store` gets the decoded answer mapped by `as`, or the error.
 */
function ask<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, 'view' | 'pure'>,
  args extends ContractFunctionArgs<abi, 'view' | 'pure', functionName>,
  T,
>(
  walk: ExposureWalk,
  to: Address,
  contract: string,
  read: { abi: abi; functionName: functionName; args: args },
  as: (v: ContractFunctionReturnType<abi, 'view' | 'pure', functionName>) => T,
  store: (r: Read<T>) => void,
): void {
  walk.calls.push(encodeRead(to, `${contract}.${read.functionName}`, read));
  walk.pending.push((raw) => {
    const r = decodeRead(raw, read);
    store(r.ok ? { ok: true, value: as(r.value) } : { ok: false, error: r.error });
  });
}

/** The `as` of an answer stored as decoded. */
const asIs = <T>(v: T): T => v;

/** Starts the walk from the staker lists; returns round A's calls in `walk.calls`. */
export function startExposureWalk(
  lists: ReadonlyMap<ProtocolId, OnchainFact<StakerList>>,
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
  const dm = { to: el.delegationManager, contract: 'DelegationManager', abi: delegationManagerAbi } as const;
  for (const staker of walk.stakers) {
    ask(walk, dm.to, dm.contract, { abi: dm.abi, functionName: 'delegatedTo', args: [staker] }, asIs, (r) => walk.delegation.set(lc(staker), r));
    const deposits = { abi: dm.abi, functionName: 'getDepositedShares', args: [staker] } as const;
    ask(walk, dm.to, dm.contract, deposits, ([strategies, shares]) => ({ strategies: [...strategies], shares: [...shares] }), (r) =>
      walk.deposits.set(lc(staker), r),
    );
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

const isUnitStrategy = (el: EigenLayerAddresses, s: Address) =>
  lc(s) === lc(el.beaconChainEthStrategy) || el.nonEthStrategies.some((x) => lc(x) === lc(s));

/** Round B's calls, from round A's answers (delegations and deposits). */
export function planB(walk: ExposureWalk): void {
  const { allocationManager: am, delegationManager: dm } = walk.el;
  const strategiesSeen = new Set<string>();
  for (const staker of walk.stakers) {
    const dep = walk.deposits.get(lc(staker));
    if (!dep?.ok || !dep.value) continue;
    const strategies = heldStrategies(dep.value);
    if (strategies.length === 0) continue;
    const withdrawable = { abi: delegationManagerAbi, functionName: 'getWithdrawableShares', args: [staker, strategies] } as const;
    ask(walk, dm, 'DelegationManager', withdrawable, ([shares]) => [...shares], (r) => walk.withdrawable.set(lc(staker), r));
    const op = operatorOf(walk, staker);
    if (op) {
      const list = walk.operatorStrategies.get(lc(op)) ?? [];
      for (const s of strategies) if (!list.some((x) => lc(x) === lc(s))) list.push(s);
      walk.operatorStrategies.set(lc(op), list);
    }
    for (const s of strategies) {
      if (strategiesSeen.has(lc(s)) || isUnitStrategy(walk.el, s)) continue;
      strategiesSeen.add(lc(s));
      ask(walk, s, 'Strategy', { abi: strategyAbi, functionName: 'sharesToUnderlyingView', args: [WAD] }, asIs, (r) => walk.valuations.set(lc(s), r));
    }
  }
  for (const [op, strategies] of walk.operatorStrategies) {
    const sets = { abi: allocationManagerAbi, functionName: 'getAllocatedSets', args: [op] } as const;
    const firstSets = (v: readonly OperatorSetRef[]) => v.slice(0, EXPOSURE_LIMITS.maxOperatorSetsPerOperator).map((s) => ({ avs: s.avs, id: s.id }));
    ask(walk, am, 'AllocationManager', sets, firstSets, (r) => walk.allocatedSets.set(op, r));
    const max = { abi: allocationManagerAbi, functionName: 'getMaxMagnitudes', args: [op, strategies] } as const;
    ask(walk, am, 'AllocationManager', max, (v) => [...v], (r) => walk.maxMagnitudes.set(op, r));
  }
}

const allocationRead = (v: AllocationRead): AllocationRead => ({ currentMagnitude: v.currentMagnitude, pendingDiff: v.pendingDiff, effectBlock: v.effectBlock });

/** Round C's calls, from round B's answers (allocated operator sets). */
export function planC(walk: ExposureWalk): void {
  const am = walk.el.allocationManager;
  const onAm = <const fn extends ContractFunctionName<typeof allocationManagerAbi, 'view'>>(functionName: fn) => ({ abi: allocationManagerAbi, functionName });
  const setsSeen = new Set<string>();
  for (const [op, strategies] of walk.operatorStrategies) {
    const sets = walk.allocatedSets.get(op);
    if (!sets?.ok || !sets.value) continue;
    for (const set of sets.value) {
      const key = operatorSetKey(set);
      ask(walk, am, 'AllocationManager', { ...onAm('isOperatorSlashable'), args: [op, set] }, asIs, (r) => walk.slashable.set(`${op}|${key}`, r));
      for (const s of strategies)
        ask(walk, am, 'AllocationManager', { ...onAm('getAllocation'), args: [op, set, s] }, allocationRead, (r) =>
          walk.allocations.set(`${op}|${key}|${lc(s)}`, r),
        );
      if (setsSeen.has(key)) continue;
      setsSeen.add(key);
      ask(walk, am, 'AllocationManager', { ...onAm('getStrategiesInOperatorSet'), args: [set] }, (v) => [...v], (r) => walk.setStrategies.set(key, r));
      ask(walk, am, 'AllocationManager', { ...onAm('isRedistributingOperatorSet'), args: [set] }, asIs, (r) => walk.redistributing.set(key, r));
      ask(walk, am, 'AllocationManager', { ...onAm('getRedistributionRecipient'), args: [set] }, asIs, (r) => walk.recipient.set(key, r));
      ask(walk, am, 'AllocationManager', { ...onAm('getSlasher'), args: [set] }, asIs, (r) => walk.slasher.set(key, r));
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
