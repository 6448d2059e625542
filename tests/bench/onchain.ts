/**
 * Bench section "onchain": a full on-chain refresh of every LRT against anvil (Ethereum + Arbitrum) with the Solidity
 * stand-ins at their registry addresses. Reports JSON-RPC round trips, reads batched, and wall time.
 */
import { decodeFunctionData, type Hex } from 'viem';
import { multicall3Abi } from '../../lib/sources/onchain/abis.ts';
import { createRpcClient } from '../../lib/sources/onchain/create-rpc-client.ts';
import { createRpcMeter, type RpcMeter } from '../../lib/sources/onchain/create-rpc-meter.ts';
import { refreshOnchain } from '../../lib/sources/onchain/refresh-onchain.ts';
import { rateTargets } from '../../lib/sources/onchain/targets.ts';
import { connectWorld, loadArbitrumWorld, loadMainnetWorld, SNAPSHOT_STAKERS } from '../fixtures/onchain/load-world.ts';
import { startAnvil } from '../fixtures/onchain/start-anvil.ts';
import type { BenchRow } from './table.ts';

export interface OnchainBenchRow extends BenchRow {
  name: string;
  unit: string;
}

const RUNS = 7;

export async function benchOnchain(): Promise<OnchainBenchRow[]> {
  const [mainnet, arbitrum] = await Promise.all([startAnvil({ chainId: 1 }), startAnvil({ chainId: 42161 })]);
  try {
    await loadMainnetWorld(connectWorld(mainnet));
    await loadArbitrumWorld(connectWorld(arbitrum));
    const urls: Record<number, string> = { 1: mainnet.url, 42161: arbitrum.url };

    const walls: number[] = [];
    let last: Awaited<ReturnType<typeof refreshOnchain>> | undefined;
    let meters: Record<number, RpcMeter> = {};
    let reads = 0;
    for (let i = 0; i < RUNS; i++) {
      meters = {};
      reads = 0;
      const fetchFn: typeof fetch = async (input, init) => {
        const body = JSON.parse(String(init?.body)) as { method: string; params?: [{ data?: Hex }] };
        if (body.method === 'eth_call' && body.params?.[0]?.data) {
          const { args } = decodeFunctionData({ abi: multicall3Abi, data: body.params[0].data });
          reads += (args?.[0] as readonly unknown[] | undefined)?.length ?? 0;
        }
        return fetch(input, init);
      };
      const started = performance.now();
      last = await refreshOnchain({
        clientFor: (chainId) => createRpcClient(chainId, { rpcUrl: urls[chainId], meter: (meters[chainId] = createRpcMeter()), fetchFn }),
        stakerLists: SNAPSHOT_STAKERS,
        // Base is not simulated here: only the chains anvil runs.
        targets: { rates: rateTargets.filter((t) => t.chainId in urls) },
      });
      walls.push(performance.now() - started);
    }
    walls.sort((a, b) => a - b);
    const median = walls[Math.floor(walls.length / 2)]!;
    const r = last!;
    const mainnetTrips = r.roundTrips.byChain[1]!;
    const chains = Object.keys(r.roundTrips.byChain).map(Number);
    const http = Object.values(meters).reduce((s, m) => s + m.httpAttempts, 0);
    const okFacts = [r.paused, r.stakers, r.exposure, r.market].flatMap((x) => Object.values(x)).filter((f) => f?.status === 'ok').length;

    const row = (name: string, value: number, unit: string, goal?: string, pass?: boolean): OnchainBenchRow => ({
      section: 'onchain',
      metric: name,
      name,
      unit,
      value: `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`,
      ...(goal ? { goal, pass: !!pass } : {}),
    });
    return [
      // The goal in the issue is one multicall per chain per refresh. Ethereum's EigenLayer walk needs answers before
      // it can ask: staker lists → delegatedTo → allocated operator sets → allocations and magnitudes.
      row(`RPC round trips per full refresh (all LRTs, ${chains.length} chains)`, r.roundTrips.total, 'requests', `one multicall per chain (${chains.length})`, r.roundTrips.total <= chains.length),
      row('Ethereum: dependent rounds of the EigenLayer walk', mainnetTrips.rounds, 'rounds'),
      row('multicalls per chain per round', Math.max(...chains.map((c) => r.roundTrips.byChain[c]!.multicalls / Math.max(1, r.roundTrips.byChain[c]!.rounds))), 'multicalls', '≤ 1', chains.every((c) => r.roundTrips.byChain[c]!.multicalls <= r.roundTrips.byChain[c]!.rounds)),
      row('HTTP attempts (retries included)', http, 'requests'),
      row('reads batched into the multicalls (incl. block and chain-id reads)', reads, 'calls'),
      row('facts answered ok (pause/stakers/exposure/market)', okFacts, 'facts'),
      row('refresh wall time, median of 7 (anvil)', median, 'ms', '< 1000 ms', median < 1000),
      row('refresh wall time, worst of 7 (anvil)', walls[walls.length - 1]!, 'ms'),
    ];
  } finally {
    await Promise.all([mainnet.stop(), arbitrum.stop()]);
  }
}
