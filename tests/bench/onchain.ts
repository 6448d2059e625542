/**
 * Bench section "onchain": full on-chain refreshes of every LRT against anvil (Ethereum + Arbitrum) with the Solidity
 * stand-ins at their registry addresses. The first refresh has no plan and walks EigenLayer round by round; every
 * later one starts from the plan the one before it stored (as the worker does). Reports JSON-RPC round trips, reads
 * batched, and wall time of each kind.
 */
import { decodeFunctionData, type Hex } from 'viem';
import { multicall3Abi } from '../../lib/sources/onchain/abis.ts';
import { createRpcClient } from '../../lib/sources/onchain/create-rpc-client.ts';
import { createRpcMeter, type RpcMeter } from '../../lib/sources/onchain/create-rpc-meter.ts';
import { refreshOnchain, type OnchainRefresh, type RefreshPlan } from '../../lib/sources/onchain/refresh-onchain.ts';
import { rateTargets } from '../../lib/sources/onchain/targets.ts';
import { connectWorld, loadArbitrumWorld, loadMainnetWorld, SNAPSHOT_STAKERS } from '../fixtures/onchain/load-world.ts';
import { startAnvil } from '../fixtures/onchain/start-anvil.ts';
import type { BenchRow } from './table.ts';

export interface OnchainBenchRow extends BenchRow {
  name: string;
  unit: string;
}

const RUNS = 7;

interface Run {
  result: OnchainRefresh;
  wall: number;
  http: number;
  reads: number;
}

export async function benchOnchain(): Promise<OnchainBenchRow[]> {
  const [mainnet, arbitrum] = await Promise.all([startAnvil({ chainId: 1 }), startAnvil({ chainId: 42161 })]);
  try {
    await loadMainnetWorld(connectWorld(mainnet));
    await loadArbitrumWorld(connectWorld(arbitrum));
    const urls: Record<number, string> = { 1: mainnet.url, 42161: arbitrum.url };

    const refresh = async (plan: RefreshPlan | null): Promise<Run> => {
      const meters: Record<number, RpcMeter> = {};
      let reads = 0;
      const fetchFn: typeof fetch = async (input, init) => {
        const body = JSON.parse(String(init?.body)) as { method: string; params?: [{ data?: Hex }] };
        if (body.method === 'eth_call' && body.params?.[0]?.data) {
          const { args } = decodeFunctionData({ abi: multicall3Abi, data: body.params[0].data });
          reads += (args?.[0] as readonly unknown[] | undefined)?.length ?? 0;
        }
        return fetch(input, init);
      };
      const started = performance.now();
      const result = await refreshOnchain({
        clientFor: (chainId) => createRpcClient(chainId, { rpcUrl: urls[chainId], meter: (meters[chainId] = createRpcMeter()), fetchFn }),
        stakerLists: SNAPSHOT_STAKERS,
        plan,
        // Base is not simulated here: only the chains anvil runs.
        targets: { rates: rateTargets.filter((t) => t.chainId in urls) },
      });
      const wall = performance.now() - started;
      return { result, wall, http: Object.values(meters).reduce((s, m) => s + m.httpAttempts, 0), reads };
    };

    const first: Run[] = [];
    const planned: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cold = await refresh(null);
      first.push(cold);
      planned.push(await refresh(cold.result.plan));
    }
    const median = (runs: Run[]) => [...runs].sort((a, b) => a.wall - b.wall)[Math.floor(runs.length / 2)]!.wall;
    const chains = Object.keys(first[0]!.result.roundTrips.byChain).map(Number);
    const f = first.at(-1)!;
    const p = planned.at(-1)!;
    const okFacts = (r: OnchainRefresh) => [r.paused, r.stakers, r.exposure, r.market].flatMap((x) => Object.values(x)).filter((x) => x?.status === 'ok').length;
    const perRound = (r: OnchainRefresh) => chains.every((c) => r.roundTrips.byChain[c]!.multicalls <= r.roundTrips.byChain[c]!.rounds);

    const row = (name: string, value: number, unit: string, goal?: string, pass?: boolean): OnchainBenchRow => ({
      section: 'onchain',
      metric: name,
      name,
      unit,
      value: `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`,
      ...(goal ? { goal, pass: !!pass } : {}),
    });
    const goal = `one multicall per chain (${chains.length})`;
    return [
      // With a plan (every refresh after the first): everything is asked in round 1 and checked against its answers.
      row(`RPC round trips per refresh, with the last refresh's plan (all LRTs, ${chains.length} chains)`, p.result.roundTrips.total, 'requests', goal, p.result.roundTrips.total <= chains.length),
      // Without one (first run, or the structure changed): staker lists → delegatedTo → allocated sets → allocations.
      row('RPC round trips per refresh, first (no plan: the EigenLayer walk takes its rounds)', f.result.roundTrips.total, 'requests', goal, f.result.roundTrips.total <= chains.length),
      row('Ethereum rounds, with plan / first', p.result.roundTrips.byChain[1]!.rounds, `/ ${f.result.roundTrips.byChain[1]!.rounds} rounds`),
      row('multicalls per chain per round', Math.max(...chains.map((c) => f.result.roundTrips.byChain[c]!.multicalls / Math.max(1, f.result.roundTrips.byChain[c]!.rounds))), 'multicalls', '≤ 1', perRound(f.result) && perRound(p.result)),
      row('HTTP attempts, with plan / first (retries included)', p.http, `/ ${f.http} requests`),
      row('reads batched into the multicalls, with plan / first', p.reads, `/ ${f.reads} calls`),
      row('facts answered ok, with plan / first (pause/stakers/exposure/market)', okFacts(p.result), `/ ${okFacts(f.result)} facts`),
      row(`refresh wall time with plan, median of ${RUNS} (anvil)`, median(planned), 'ms', '< 1000 ms', median(planned) < 1000),
      row(`refresh wall time first, median of ${RUNS} (anvil)`, median(first), 'ms', '< 1000 ms', median(first) < 1000),
    ];
  } finally {
    await Promise.all([mainnet.stop(), arbitrum.stop()]);
  }
}
