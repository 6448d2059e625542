/** The EigenLayer exposure of each LRT, from a finished walk (exposure-walk.ts, exposure-plan.ts). */
import { zeroAddress, type Address, type Chain, type Client, type Transport } from 'viem';
import { aggregate3 } from './aggregate3.ts';
import { DependencyFailedError, type OnchainError } from './errors.ts';
import { advanceExposureWalk, EXPOSURE_LIMITS, heldStrategies, lc, startExposureWalk, type EigenLayerAddresses, type ExposureWalk, type Read } from './exposure-walk.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { StakerList } from './read-stakers.ts';
import {
  operatorSetKey,
  type AllocationRead,
  type LrtExposure,
  type OperatorAllocations,
  type OperatorSetMeta,
  type StakerPosition,
  type StrategyValuation,
} from './slashable-types.ts';
import { computeLrtExposure } from './slashable-share.ts';
import { WAD } from './wad.ts';
import type { ProtocolId } from './targets.ts';

export { advanceExposureWalk, feedExposureWalk, startExposureWalk } from './exposure-walk.ts';
export type { EigenLayerAddresses, ExposureWalk } from './exposure-walk.ts';
export { exposurePlanOf, settleSpeculation, startSpeculativeWalk } from './exposure-plan.ts';
export type { ExposurePlan } from './exposure-plan.ts';

export interface ExposureValue extends LrtExposure {
  protocol: ProtocolId;
  stakerListOrigin: 'onchain' | 'snapshot';
  stakerListComplete: boolean;
  stakerCount: number;
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
export function exposureFacts(walk: ExposureWalk, ctx: RoundContext): Map<ProtocolId, OnchainFact<ExposureValue>> {
  const out = new Map<ProtocolId, OnchainFact<ExposureValue>>();
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
      const strategies = heldStrategies(deposits);
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
  lists: ReadonlyMap<ProtocolId, OnchainFact<StakerList>>,
  options: { now?: () => number; signal?: AbortSignal; eigenLayer?: EigenLayerAddresses } = {},
): Promise<{ facts: Map<ProtocolId, OnchainFact<ExposureValue>>; avs: Address[]; multicalls: number }> {
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
