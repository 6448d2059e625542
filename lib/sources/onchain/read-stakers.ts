import type { Address, Chain, Client, Transport } from 'viem';
import { lrtDepositPoolAbi, restakeManagerAbi, stakingNodesManagerAbi } from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { ProtocolId, StakerSourceTarget } from './targets.ts';

export interface StakerList {
  protocol: ProtocolId;
  stakers: Address[];
  /** `onchain`: listed by the protocol's own contract now; `snapshot`: the bundled snapshot's list. */
  origin: 'onchain' | 'snapshot';
  /** False when the on-chain list was longer than what one round reads (Renzo's array is read by index). */
  complete: boolean;
}

/** Renzo exposes its OperatorDelegators only by index; this many are read speculatively in the same round as the length. */
export const RENZO_OPERATOR_DELEGATOR_PROBE = 12;

export function stakerDiscoverySource(t: StakerSourceTarget): string {
  switch (t.discovery) {
    case 'kelp-node-delegator-queue':
      return rpcSource(t.chainId, t.contract, 'getNodeDelegatorQueue');
    case 'renzo-operator-delegators':
      return rpcSource(t.chainId, t.contract, 'operatorDelegators');
    case 'yieldnest-staking-nodes':
      return rpcSource(t.chainId, t.contract, 'getAllNodes');
  }
}

export function stakerDiscoveryCalls(t: StakerSourceTarget): RawCall[] {
  switch (t.discovery) {
    case 'kelp-node-delegator-queue':
      return [encodeRead(t.address, `${t.contract}.getNodeDelegatorQueue`, { abi: lrtDepositPoolAbi, functionName: 'getNodeDelegatorQueue' })];
    case 'yieldnest-staking-nodes':
      return [encodeRead(t.address, `${t.contract}.getAllNodes`, { abi: stakingNodesManagerAbi, functionName: 'getAllNodes' })];
    case 'renzo-operator-delegators':
      // Length and the first N entries in one round: out-of-range indexes revert, which allowFailure absorbs.
      return [
        encodeRead(t.address, `${t.contract}.getOperatorDelegatorsLength`, { abi: restakeManagerAbi, functionName: 'getOperatorDelegatorsLength' }),
        ...Array.from({ length: RENZO_OPERATOR_DELEGATOR_PROBE }, (_, i) =>
          encodeRead(t.address, `${t.contract}.operatorDelegators`, { abi: restakeManagerAbi, functionName: 'operatorDelegators', args: [BigInt(i)] }),
        ),
      ];
  }
}

function dedupe(list: readonly Address[]): Address[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.toLowerCase()) ? false : (seen.add(a.toLowerCase()), true)));
}

/**
 * The staker list for one protocol: read on-chain where the protocol lists its stakers, else the snapshot's list
 * (and said so). When the on-chain read fails and a snapshot list exists, the snapshot list is used with a note.
 */
export function stakerListFact(
  protocol: ProtocolId,
  discovery: StakerSourceTarget | undefined,
  results: readonly (RawResult | undefined)[],
  snapshotStakers: readonly Address[] | undefined,
  ctx: RoundContext,
): OnchainFact<StakerList> {
  const fromSnapshot = (note: string): OnchainFact<StakerList> =>
    snapshotStakers && snapshotStakers.length
      ? okFact(
          { protocol, stakers: dedupe(snapshotStakers), origin: 'snapshot', complete: true },
          { source: 'snapshot', asOf: ctx.asOf, blockNumber: null, note },
        )
      : notApplicableFact('no staker list on-chain or in the snapshot', { source: 'snapshot', asOf: ctx.asOf });

  if (!discovery) return fromSnapshot('staker list from snapshot');
  const base = { source: stakerDiscoverySource(discovery), asOf: ctx.asOf };
  const onchain = (stakers: Address[], complete: boolean, note?: string): OnchainFact<StakerList> =>
    okFact(
      { protocol, stakers: dedupe(stakers), origin: 'onchain', complete },
      { ...base, blockNumber: ctx.block?.number ?? null, ...(note ? { note } : {}) },
    );

  switch (discovery.discovery) {
    case 'kelp-node-delegator-queue':
    case 'yieldnest-staking-nodes': {
      const r =
        discovery.discovery === 'kelp-node-delegator-queue'
          ? decodeRead(results[0], { abi: lrtDepositPoolAbi, functionName: 'getNodeDelegatorQueue' })
          : decodeRead(results[0], { abi: stakingNodesManagerAbi, functionName: 'getAllNodes' });
      if (r.ok) return onchain([...r.value], true);
      if (snapshotStakers?.length) return fromSnapshot(`staker list from snapshot (on-chain read: ${r.error.shortMessage})`);
      return failedFact(r.error, base);
    }
    case 'renzo-operator-delegators': {
      const length = decodeRead(results[0], { abi: restakeManagerAbi, functionName: 'getOperatorDelegatorsLength' });
      if (!length.ok) {
        if (snapshotStakers?.length) return fromSnapshot(`staker list from snapshot (on-chain read: ${length.error.shortMessage})`);
        return failedFact(length.error, base);
      }
      const n = Number(length.value > BigInt(RENZO_OPERATOR_DELEGATOR_PROBE) ? BigInt(RENZO_OPERATOR_DELEGATOR_PROBE) : length.value);
      const stakers: Address[] = [];
      for (let i = 0; i < n; i++) {
        const r = decodeRead(results[1 + i], { abi: restakeManagerAbi, functionName: 'operatorDelegators' });
        if (!r.ok) return failedFact(r.error, base);
        stakers.push(r.value);
      }
      const complete = length.value <= BigInt(RENZO_OPERATOR_DELEGATOR_PROBE);
      return onchain(stakers, complete, complete ? undefined : `first ${n} of ${length.value} operator delegators`);
    }
  }
}

/** Reads the staker lists of the given protocols (one multicall). */
export async function readStakers(
  client: Client<Transport, Chain>,
  params: {
    protocols: readonly ProtocolId[];
    discovery: readonly StakerSourceTarget[];
    snapshotStakers?: Partial<Record<ProtocolId, readonly Address[]>>;
  },
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<OnchainFact<StakerList>[]> {
  const now = options.now ?? Date.now;
  const plans = params.protocols.map((p) => {
    const d = params.discovery.find((t) => t.protocol === p && t.chainId === client.chain.id);
    return { p, d, calls: d ? stakerDiscoveryCalls(d) : [] };
  });
  const res = await aggregate3(client, plans.flatMap((x) => x.calls), { signal: options.signal });
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block: res.block };
  let k = 0;
  return plans.map(({ p, d, calls }) => {
    const slice = res.results.slice(k, k + calls.length);
    k += calls.length;
    return stakerListFact(p, d, slice, params.snapshotStakers?.[p], ctx);
  });
}
