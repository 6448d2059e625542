import { decodeFunctionData, getAddress, pad, toHex, type Address, type Hex } from 'viem';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileStandIns } from '../../../tests/fixtures/onchain/compile-stand-ins.ts';
import {
  AAVE,
  aavePool,
  AVS,
  BEACON,
  connectWorld,
  loadArbitrumWorld,
  loadMainnetWorld,
  MULTICALL3,
  OPERATORS,
  RATES,
  RECIPIENT,
  SNAPSHOT_STAKERS,
  STAKERS,
  STETH_STRATEGY,
  STETH_UNDERLYING_PER_SHARE,
  UPGRADE_DELAYS,
  KELP_WITHDRAWAL_DELAY_BLOCKS,
  type World,
} from '../../../tests/fixtures/onchain/load-world.ts';
import { processAlive, startAnvil, type AnvilInstance } from '../../../tests/fixtures/onchain/start-anvil.ts';
import { closedPort, startSlowProxy, type SlowProxy } from '../../../tests/fixtures/onchain/start-slow-proxy.ts';
import { multicall3Abi } from './abis.ts';
import { createRpcClient, type RpcClientOptions } from './create-rpc-client.ts';
import { createRpcMeter, type RpcMeter } from './create-rpc-meter.ts';
import { createMemoryMetadataCache } from './read-avs-metadata.ts';
import { readExposure } from './read-exposure.ts';
import { readMarket } from './read-market.ts';
import { readPauseState } from './read-pause-state.ts';
import { readRates } from './read-rates.ts';
import { readStakers } from './read-stakers.ts';
import { refreshOnchain, type OnchainRefresh, type RefreshDeps } from './refresh-onchain.ts';
import type { Fact } from './fact.ts';
import { ratioWad, WAD } from './wad.ts';
import { eigenLayerMainnet, lendingTargets, marketTargets, pauseTargets, rateTargets, stakerSourceTargets } from './targets.ts';
import { decodeReserveConfiguration, lendingKey } from './read-lending.ts';
import { RENZO_OPERATOR_DELEGATOR_PROBE } from './read-stakers.ts';

const e18 = WAD;

let mainnet: AnvilInstance;
let arbitrum: AnvilInstance;
let world: World;
let baseline: Hex;
let deadPort: number;

/** Every JSON-RPC call the readers send, per chain: method, and `to` for eth_call. */
interface Wire {
  calls: { method: string; to?: string; data?: Hex }[];
}

function recordingFetch(wire: Wire): typeof fetch {
  return async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { method: string; params?: [{ to?: string; data?: Hex }] };
    wire.calls.push({ method: body.method, to: body.params?.[0]?.to, data: body.params?.[0]?.data });
    return fetch(input, init);
  };
}

interface Harness {
  deps: RefreshDeps;
  meters: Record<number, RpcMeter>;
  wires: Record<number, Wire>;
}

function harness(urls: Partial<Record<number, string>> = {}, options: RpcClientOptions = {}): Harness {
  const meters: Record<number, RpcMeter> = {};
  const wires: Record<number, Wire> = {};
  const rpc: Record<number, string> = { 1: mainnet.url, 42161: arbitrum.url, 8453: `http://127.0.0.1:${deadPort}`, ...urls };
  return {
    meters,
    wires,
    deps: {
      clientFor: (chainId) => {
        meters[chainId] ??= createRpcMeter();
        wires[chainId] ??= { calls: [] };
        return createRpcClient(chainId, {
          rpcUrl: rpc[chainId],
          meter: meters[chainId],
          fetchFn: recordingFetch(wires[chainId]),
          retryCount: 0,
          timeoutMs: 5_000,
          ...options,
        });
      },
      stakerLists: SNAPSHOT_STAKERS,
      now: () => 1_764_000_000_000,
    },
  };
}

const ok = <T>(f: Fact<T> | undefined): T => {
  if (!f || f.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(f, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
  return f.value;
};

beforeAll(async () => {
  compileStandIns(); // warm (or read) the solc cache before timing anything
  [mainnet, arbitrum, deadPort] = await Promise.all([startAnvil({ chainId: 1 }), startAnvil({ chainId: 42161 }), closedPort()]);
  world = connectWorld(mainnet);
  await loadMainnetWorld(world);
  await loadArbitrumWorld(connectWorld(arbitrum));
  baseline = await world.snapshot();
}, 60_000);

afterAll(async () => {
  const pids = [mainnet?.pid, arbitrum?.pid].filter((p): p is number => p !== undefined);
  await Promise.all([mainnet?.stop(), arbitrum?.stop()]);
  for (const pid of pids) expect(processAlive(pid), `anvil ${pid} still running`).toBe(false);
});

beforeEach(async () => {
  // Each test starts from the loaded world (evm_revert consumes the snapshot, so take a new one).
  await world.revert(baseline);
  baseline = await world.snapshot();
});

describe('refreshOnchain over JSON-RPC against anvil', () => {
  let result: OnchainRefresh;
  let h: Harness;

  beforeAll(async () => {
    await world.revert(baseline);
    baseline = await world.snapshot();
    h = harness();
    result = await refreshOnchain({ ...h.deps, sellAmounts: { etherfi: [5n * e18, 3000n * e18] } });
  });

  it('reads every mainnet exchange rate through its exact view', () => {
    expect(ok(result.rates['etherfi:1']).ethPerTokenWad).toBe(RATES.etherfi);
    expect(ok(result.rates['kelp:1']).ethPerTokenWad).toBe(RATES.kelp);
    expect(ok(result.rates['renzo:1']).ethPerTokenWad).toBe(RATES.renzo);
    expect(ok(result.rates['puffer:1']).ethPerTokenWad).toBe(RATES.puffer);
    expect(ok(result.rates['swell:1']).ethPerTokenWad).toBe(RATES.swell);
    expect(ok(result.rates['yieldnest:1']).ethPerTokenWad).toBe(RATES.yieldnest);
    expect(ok(result.rates['inception:1']).ethPerTokenWad).toBe((e18 * e18) / RATES.inceptionRatio);
    expect(result.rates['eigenpie:1']?.status).toBe('not-applicable');
    expect(result.rates['kelp:1']).toMatchObject({ source: 'rpc:1:LRTOracle.rsETHPrice', asOf: 1_764_000_000_000 });
    expect(result.rates['inception:1']?.source).toBe('rpc:1:inETH.convertToAmount');
  });

  it('reads L2 deposit rates on their own chain, and reports a reverting one and a dead endpoint per fact', () => {
    expect(ok(result.rates['kelp:42161']).ethPerTokenWad).toBe(RATES.kelpArbitrum);
    const renzoArb = result.rates['renzo:42161'];
    expect(renzoArb).toMatchObject({ status: 'failed', error: { message: 'call reverted', details: 'stand-in: price expired' } });
    expect(result.rates['kelp:8453']).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    expect(result.statuses['rpc:8453']).toMatchObject({ state: 'failed', error: 'rpc unavailable' });
    expect(result.statuses['rpc:42161']).toMatchObject({ state: 'partial', error: 'call reverted' });
    expect(result.statuses['rpc:1']?.state).toBe('live');
  });

  it('reads Aave v3 reserve configurations of the LRTs in the first round: listed, frozen, unlisted, not collateral', () => {
    const key = (chainId: number, symbol: string, market = 'Core market') => {
      const t = lendingTargets.find((x) => x.chainId === chainId && x.symbol === symbol && (chainId !== 1 || x.market === market))!;
      return lendingKey(chainId, t.pool, t.asset);
    };
    expect(ok(result.lending[key(1, 'weETH')])).toMatchObject({
      pool: aavePool(1),
      symbol: 'weETH',
      ltvBps: AAVE.weethCore.ltvBps,
      liquidationThresholdBps: AAVE.weethCore.thresholdBps,
      liquidationBonusBps: AAVE.weethCore.bonusBps,
      active: true,
      frozen: false,
      paused: false,
      // Categories 1 and 2 both take weETH (bit 5); 1 has the higher threshold. Category 7 does not take it.
      eMode: { category: 1, ltvBps: 9300, liquidationThresholdBps: 9500 },
      eModeRead: true,
    });
    expect(result.lending[key(1, 'weETH')]!.source).toBe('rpc:1:AaveV3Pool.getConfiguration');
    // rsETH: category 2 lists it at LTV 0 and category 3 does not lend WETH, so no category carries a loop of it.
    expect(ok(result.lending[key(1, 'rsETH')])).toMatchObject({
      liquidationThresholdBps: 8000,
      frozen: true,
      eMode: null,
      eModeRead: true,
      eModeSkipped: [
        { category: 2, why: 'ltv-zero' },
        { category: 3, why: 'weth-not-borrowable' },
      ],
    });
    expect(result.lending[key(1, 'ezETH')]).toMatchObject({ status: 'not-applicable', reason: 'ezETH is not a reserve of Aave v3 Core market' });
    expect(result.lending[key(1, 'weETH', 'EtherFi market')]).toMatchObject({ status: 'not-applicable' });
    expect(result.lending[key(42161, 'rsETH')]).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('cannot back a loan') });
    // Base's endpoint is down in this harness: its reserves fail with the reason.
    const base = lendingTargets.find((t) => t.chainId === 8453)!;
    expect(result.lending[lendingKey(8453, base.pool, base.asset)]).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    // Only the chains the refresh reads anyway: no Aave-only chain gets a request.
    const chains = new Set(Object.keys(result.lending).map((k) => Number(k.split(':')[0])));
    expect([...chains].sort((a, b) => a - b)).toEqual([1, 8453, 42161]);
  });

  it('decodes the configuration bitmap as ReserveConfiguration.sol lays it out', () => {
    const data = 7250n | (7500n << 16n) | (10700n << 32n) | (18n << 48n) | (1n << 56n) | (1n << 60n) | (1234n << 64n);
    expect(decodeReserveConfiguration(data)).toEqual({ ltvBps: 7250, liquidationThresholdBps: 7500, liquidationBonusBps: 10700, active: true, frozen: false, paused: true });
  });

  it('sends one Multicall3 aggregate3 per chain per round: 4 dependent rounds on Ethereum, 1 on Arbitrum', () => {
    expect(result.roundTrips.byChain[1]).toEqual({ rounds: 4, multicalls: 4, logRequests: 0 });
    expect(result.roundTrips.byChain[42161]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(result.roundTrips.byChain[8453]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(result.roundTrips.total).toBe(6);
    for (const chainId of [1, 42161]) {
      const calls = h.wires[chainId]!.calls;
      expect(calls.every((c) => c.method === 'eth_call' && c.to?.toLowerCase() === MULTICALL3.toLowerCase())).toBe(true);
      for (const c of calls) expect(decodeFunctionData({ abi: multicall3Abi, data: c.data! }).functionName).toBe('aggregate3');
    }
    expect(h.wires[1]!.calls).toHaveLength(4);
    expect(h.wires[42161]!.calls).toHaveLength(1);
    expect(h.meters[1]).toMatchObject({ requests: 4, httpAttempts: 4 });
  });

  it('reads pause state, including Swell through its AccessControlManager and a paused Renzo', () => {
    expect(ok(result.paused.renzo).paused).toBe(true);
    for (const p of ['etherfi', 'kelp', 'puffer', 'swell', 'yieldnest', 'inception'] as const) expect(ok(result.paused[p]).paused).toBe(false);
    expect(ok(result.paused.swell).checks).toEqual([
      expect.objectContaining({ contract: 'RswETH', check: 'AccessControlManager+coreMethodsPaused', blocks: ['deposit'], paused: false }),
      expect.objectContaining({ contract: 'RswETH', check: 'AccessControlManager+withdrawalsPaused', blocks: ['withdrawal'], paused: false }),
    ]);
    expect(ok(result.paused.etherfi).checks.map((c) => c.check)).toEqual(['paused', 'pausedUntil']);
    expect(result.paused.eigenpie?.status).toBe('not-applicable');
  });

  it("reads each upgrade timelock's delay in the first round (getMinDelay, Puffer's delay)", () => {
    for (const [lrtId, seconds] of Object.entries(UPGRADE_DELAYS)) expect(ok(result.upgradeDelays[lrtId]).seconds).toBe(seconds);
    expect(result.upgradeDelays.rseth).toMatchObject({ source: 'rpc:1:TimelockController.getMinDelay', value: { timelock: '0x49bD9989E31aD35B0A62c20BE86335196A3135B1' } });
    expect(result.upgradeDelays.pufeth).toMatchObject({ source: 'rpc:1:Timelock.delay', note: expect.stringContaining('community multisig') });
  });

  it("reads Kelp's exit wait as the setting its withdrawal manager holds, in the first round", () => {
    expect(result.exitDelays.rseth).toMatchObject({ status: 'ok', source: 'rpc:1:LRTWithdrawalManager.withdrawalDelayBlocks', value: { lrtId: 'rseth', blocks: KELP_WITHDRAWAL_DELAY_BLOCKS, days: 8 } });
  });

  it('reads staker lists on-chain where the protocol lists them, and says when they come from the snapshot', () => {
    expect(ok(result.stakers.kelp)).toMatchObject({ origin: 'onchain', complete: true, stakers: [STAKERS.kelpNd1, STAKERS.kelpNd2] });
    expect(ok(result.stakers.renzo)).toMatchObject({ origin: 'onchain', stakers: [STAKERS.renzoOd1, STAKERS.renzoOd2] });
    expect(ok(result.stakers.yieldnest)).toMatchObject({ origin: 'onchain', stakers: [STAKERS.ynNode1] });
    expect(result.stakers.etherfi).toMatchObject({ status: 'ok', note: 'staker list from snapshot', value: { origin: 'snapshot' } });
    expect(result.stakers.swell).toMatchObject({ status: 'not-applicable' });
  });

  it('computes Kelp exposure per operator set from magnitudes and delegated shares', () => {
    const kelp = ok(result.exposure.kelp);
    // ND1 → A: 1000 beacon ETH. ND2 → B: 500 stETH-strategy shares × 1.1 = 550 ETH.
    expect(kelp.totalRestakedWei).toBe(1550n * e18);
    const set1 = kelp.operatorSets.find((s) => s.operatorSet.avs === AVS.one)!;
    // A: 1000 × 0.5 = 500; B: 500 shares × (0.2 / 1.0) = 100 shares = 110 ETH.
    expect(set1.slashableWei).toBe(610n * e18);
    expect(set1.slashableShareWad).toBe(ratioWad(610n * e18, 1550n * e18));
    expect(set1).toMatchObject({ live: true, destination: { kind: 'redistribute', recipient: RECIPIENT }, slasher: AVS.one });
    const set2 = kelp.operatorSets.find((s) => s.operatorSet.avs === AVS.two)!;
    expect(set2).toMatchObject({ slashableWei: 200n * e18, pendingChangeWei: 100n * e18, pendingEffectBlock: 10_000, destination: { kind: 'burn' } });
    expect(kelp.totalSlashableShareWad).toBe(ratioWad(810n * e18, 1550n * e18));
    expect(kelp.operators.map((o) => o.operator)).toEqual([OPERATORS.a, OPERATORS.b]);
    expect(kelp.topOperatorShareWad).toBe(ratioWad(1000n * e18, 1550n * e18));
    expect(result.exposure.kelp?.source).toContain('rpc:1:LRTDepositPool.getNodeDelegatorQueue');
  });

  it('uses withdrawable (post-slash) shares and divides by the operator max magnitude', () => {
    // ether.fi node 1: 1800 withdrawable of 2000 deposited, to A; node 2: 1000 to C (not slashable).
    const ef = ok(result.exposure.etherfi);
    expect(ef.totalRestakedWei).toBe(2800n * e18);
    expect(ef.operatorSets.find((s) => s.operatorSet.avs === AVS.one)!.slashableWei).toBe(900n * e18);
    const set3 = ef.operatorSets.find((s) => s.operatorSet.avs === AVS.three)!;
    expect(set3).toMatchObject({ live: false, slashableWei: 0n, allocatedNotSlashableWei: 1000n * e18 });
    expect(result.exposure.etherfi).toMatchObject({ note: 'staker list from snapshot' });
    // Puffer: B was slashed to 0.9; its 0.45 allocation is half of what is left → 200 of 400.
    expect(ok(result.exposure.puffer).operatorSets[0]!.slashableShareWad).toBe(e18 / 2n);
    // Renzo: one operator delegator is not delegated: restaked, slashable by nobody.
    const renzo = ok(result.exposure.renzo);
    expect(renzo).toMatchObject({ totalRestakedWei: 1000n * e18, undelegatedWei: 200n * e18 });
    expect(renzo.operatorSets.find((s) => s.operatorSet.avs === AVS.one)!.slashableShareWad).toBe((e18 * 4n) / 10n);
    // YieldNest: everything allocated to a set that can no longer slash it.
    expect(ok(result.exposure.yieldnest)).toMatchObject({ totalSlashableShareWad: 0n, totalRestakedWei: 300n * e18 });
    expect(result.exposure.swell?.status).toBe('not-applicable');
    expect(result.exposure.eigenlayer?.status).toBe('not-applicable');
  });

  it('matches the pure arithmetic run standalone (readExposure) with three multicalls', async () => {
    const client = h.deps.clientFor(1);
    const stakers = new Map(Object.entries(result.stakers).filter(([p]) => p !== 'eigenlayer')) as never;
    const standalone = await readExposure(client, stakers, { now: () => 1 });
    expect(standalone.multicalls).toBe(3);
    expect(ok(standalone.facts.get('kelp'))).toEqual(ok(result.exposure.kelp));
    expect(standalone.avs.sort()).toEqual([AVS.one, AVS.two, AVS.three].sort());
  });

  it('prices the LRT on its Curve pool against the redemption rate, reading the coin order from the pool', () => {
    const weeth = ok(result.market.etherfi);
    // A balanced pool (4280 WETH vs 4000 weETH at 1.07): only the 4 bps fee and a hair of impact.
    expect(weeth.depegBps).toBeGreaterThan(3.9);
    expect(weeth.depegBps).toBeLessThan(4.1);
    const five = weeth.quotes.find((q) => q.amountIn === 5n * e18)!;
    expect(five.amountOut).toBe(standInGetDy(4000n * e18, 4280n * e18, RATES.etherfi, e18, 5n * e18, 4n));
    expect(five.redemptionOut).toBe((5n * RATES.etherfi * e18) / e18);
    expect(five.lossWei).toBe(five.redemptionOut - five.amountOut);
    // 3000 weETH against a 4280 WETH pool: a large discount, but the pool still pays.
    const big = weeth.quotes.find((q) => q.amountIn === 3000n * e18)!;
    expect(big.lossBps!).toBeGreaterThan(3_000);
    // ezETH: 1100 ezETH vs 1000 WETH at 1.03 → ~0.909 ETH per ezETH, ~11.8% below redemption.
    const ez = ok(result.market.renzo);
    expect(ez.depegBps!).toBeGreaterThan(1_170);
    expect(ez.depegBps!).toBeLessThan(1_185);
    expect(ez).toMatchObject({ lrtBalance: 1100n * e18, quoteBalance: 1000n * e18, quoteSymbol: 'WETH' });
    // pufETH: its own market price from its WETH pool (520 WETH vs 500 pufETH at 1.04), not DefiLlama's USD price.
    const puf = ok(result.market.puffer);
    expect(puf).toMatchObject({ pool: '0x39F5b252dE249790fAEd0C2F05aBead56D2088e1', quoteSymbol: 'WETH', lrtBalance: 500n * e18 });
    // The 4 bps fee and a little impact (a smaller pool than weETH's).
    expect(puf.depegBps!).toBeGreaterThan(3.9);
    expect(puf.depegBps!).toBeLessThan(4.5);
    expect(result.market.kelp?.status).toBe('not-applicable');
  });
});

/** The stand-in pool's arithmetic, restated: the test's independent expectation of get_dy. */
function standInGetDy(balIn: bigint, balOut: bigint, rateIn: bigint, rateOut: bigint, dx: bigint, feeBps: bigint): bigint {
  const x = (balIn * rateIn) / e18;
  const y = (balOut * rateOut) / e18;
  const dxs = (dx * rateIn) / e18;
  const dys = (y * dxs) / (x + dxs);
  return (((dys * e18) / rateOut) * (10_000n - feeBps)) / 10_000n;
}

describe('faults: each yields a failed fact with a clear reason, never a throw, never a hang', () => {
  it('a dead RPC (closed port) fails every fact of the chain after one attempt', async () => {
    const h = harness({ 1: `http://127.0.0.1:${deadPort}` });
    const started = Date.now();
    const r = await refreshOnchain(h.deps);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(r.statuses['rpc:1']).toMatchObject({ state: 'failed', error: 'rpc unavailable' });
    expect(r.rates['etherfi:1']).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    expect(r.paused.kelp).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    expect(r.stakers.kelp).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    // The snapshot list survives, but its walk cannot be read: dependency failed, not a silent zero.
    expect(r.stakers.etherfi?.status).toBe('ok');
    expect(r.exposure.etherfi).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
    // Circuit breaker: the later rounds were not attempted against a dead endpoint.
    expect(r.roundTrips.byChain[1]).toMatchObject({ rounds: 1 });
    expect(h.meters[1]!.httpAttempts).toBe(1);
    expect(r.statuses['rpc:42161']?.state).toBe('partial');
  });

  it('a slow RPC times out per request and the facts say "rpc timeout"', async () => {
    const proxy: SlowProxy = await startSlowProxy(mainnet.url, 2_000);
    try {
      const h = harness({ 1: proxy.url }, { timeoutMs: 300, retryCount: 1, retryDelayMs: 10 });
      const started = Date.now();
      const r = await refreshOnchain(h.deps);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(r.rates['kelp:1']).toMatchObject({ status: 'failed', error: { message: 'rpc timeout' } });
      expect(r.statuses['rpc:1']).toMatchObject({ state: 'failed', error: 'rpc timeout' });
      expect(h.meters[1]!.httpAttempts).toBe(2); // one retry with backoff, then the breaker
      expect(ok(r.rates['kelp:42161']).ethPerTokenWad).toBe(RATES.kelpArbitrum);
    } finally {
      await proxy.close();
    }
  });

  it('a refresh never outlives its deadline, however long the endpoint takes', async () => {
    const proxy = await startSlowProxy(mainnet.url, 3_000);
    try {
      const h = harness({ 1: proxy.url }, { timeoutMs: 10_000 });
      const started = Date.now();
      const r = await refreshOnchain({ ...h.deps, deadlineMs: 400 });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(r.rates['etherfi:1']).toMatchObject({ status: 'failed', error: { message: 'deadline exceeded' } });
      expect(r.exposure.kelp).toMatchObject({ status: 'failed' });
    } finally {
      await proxy.close();
    }
  });

  it('a contract returning badly encoded data fails only its own fact (and what depends on it)', async () => {
    const weeth = rateTargets.find((t) => t.protocol === 'etherfi' && t.chainId === 1)!.address;
    await world.setCode(weeth, 'BadEncodingStandIn');
    const r = await refreshOnchain(harness().deps);
    expect(r.rates['etherfi:1']).toMatchObject({ status: 'failed', error: { name: 'BadReturnDataError', message: 'bad return data' } });
    expect(r.market.etherfi).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
    expect(ok(r.rates['kelp:1']).ethPerTokenWad).toBe(RATES.kelp);
    expect(ok(r.exposure.kelp).totalRestakedWei).toBe(1550n * e18);
    expect(r.statuses['rpc:1']).toMatchObject({ state: 'partial', error: 'bad return data' });
  });

  it('a reverting staker registry fails that protocol\'s pause, staker list and exposure, nothing else', async () => {
    const pool = stakerSourceTargets.find((t) => t.protocol === 'kelp')!.address;
    await world.setCode(pool, 'RevertingStandIn');
    const r = await refreshOnchain(harness().deps);
    expect(r.stakers.kelp).toMatchObject({ status: 'failed', error: { message: 'call reverted', details: 'stand-in: price expired' } });
    expect(r.paused.kelp).toMatchObject({ status: 'failed', error: { message: 'call reverted' } });
    expect(r.exposure.kelp).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
    expect(ok(r.exposure.renzo).totalRestakedWei).toBe(1000n * e18);
  });

  it('a broken Multicall3 fails the chain once, without further rounds', async () => {
    await world.setCode(MULTICALL3, 'BadEncodingStandIn');
    const r = await refreshOnchain(harness().deps);
    expect(r.rates['kelp:1']).toMatchObject({ status: 'failed', error: { message: 'bad return data', details: 'Multicall3.aggregate3 did not decode' } });
    expect(r.roundTrips.byChain[1]).toMatchObject({ rounds: 1, multicalls: 1 });
    expect(r.statuses['rpc:1']).toMatchObject({ state: 'failed', error: 'bad return data' });
    expect(ok(r.rates['kelp:42161']).ethPerTokenWad).toBe(RATES.kelpArbitrum);
  });

  it('an endpoint answering for the wrong chain is caught from the same multicall', async () => {
    const h = harness({ 42161: mainnet.url });
    const r = await refreshOnchain({ ...h.deps, protocols: ['kelp'] });
    expect(r.rates['kelp:42161']).toMatchObject({ status: 'failed', error: { message: 'rpc chain mismatch', details: 'expected 42161, endpoint is 1' } });
    expect(h.meters[42161]!.requests).toBe(1);
  });

  it('an invalid override fails its chain without a request', async () => {
    const h = harness({ 42161: 'ftp://example.org' });
    const r = await refreshOnchain({ ...h.deps, protocols: ['kelp'] });
    expect(r.rates['kelp:42161']).toMatchObject({ status: 'failed', error: { message: 'invalid rpc url' } });
  });
});

describe('the next refresh, from the last one’s plan', () => {
  const dm = eigenLayerMainnet.delegationManager;
  const withoutTimes = (r: OnchainRefresh) => ({ exposure: r.exposure, paused: r.paused, stakers: r.stakers, rates: r.rates });

  it('asks everything in one multicall per chain, and finds exactly what the full walk finds', async () => {
    const first = await refreshOnchain(harness().deps);
    expect(first.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(first.plan.exposure?.stakers.kelp).toEqual([STAKERS.kelpNd1, STAKERS.kelpNd2]);
    // Renzo's three middleware flags and Swell's two AccessControlManager flags.
    expect(Object.keys(first.plan.pauseFollowUps)).toHaveLength(5);
    const h = harness();
    const next = await refreshOnchain({ ...h.deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(next.roundTrips.byChain[42161]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(h.wires[1]!.calls).toHaveLength(1);
    expect(withoutTimes(next)).toEqual(withoutTimes(first));
    expect(ok(next.exposure.kelp).operatorSets.length).toBeGreaterThan(0);
    expect(next.plan).toEqual(first.plan);
  });

  it('a delegation that changed since: the planned answers are dropped and the walk takes its rounds', async () => {
    const first = await refreshOnchain(harness().deps);
    // Kelp's second NodeDelegator moves from operator B to operator C.
    await world.send(dm, 'DelegationManagerStandIn', 'setStaker', [STAKERS.kelpNd2, OPERATORS.c, [STETH_STRATEGY], [500n * e18], [500n * e18]]);
    const fresh = await refreshOnchain(harness().deps);
    const next = await refreshOnchain({ ...harness().deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(withoutTimes(next)).toEqual(withoutTimes(fresh));
    expect(ok(next.exposure.kelp).operators.map((o) => o.operator)).toEqual(ok(fresh.exposure.kelp).operators.map((o) => o.operator));
    expect(next.plan.exposure?.delegation[STAKERS.kelpNd2.toLowerCase()]).toBe(OPERATORS.c);
  });

  it('a staker list that grew since: the new staker is walked', async () => {
    const first = await refreshOnchain(harness().deps);
    const rm = stakerSourceTargets.find((t) => t.protocol === 'kelp')!.address;
    await world.send(rm, 'LRTDepositPoolStandIn', 'setQueue', [[STAKERS.kelpNd1, STAKERS.kelpNd2, STAKERS.ynNode1]]);
    const next = await refreshOnchain({ ...harness().deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(ok(next.exposure.kelp).stakerCount).toBe(3);
  });

  it('a planned pause follow-up to a contract that is no longer the manager is not used', async () => {
    const first = await refreshOnchain(harness().deps);
    const key = Object.keys(first.plan.pauseFollowUps).find((k) => k.includes('coreMethodsPaused'))!;
    const stale = { ...first.plan, pauseFollowUps: { [key]: { ...first.plan.pauseFollowUps[key]!, target: RECIPIENT } } };
    const next = await refreshOnchain({ ...harness().deps, plan: stale });
    // The walk still holds; only the follow-up takes a second round, and Swell's check reads the real manager.
    expect(next.roundTrips.byChain[1]!.rounds).toBe(2);
    expect(ok(next.paused.swell).checks).toEqual([
      expect.objectContaining({ check: 'AccessControlManager+coreMethodsPaused', paused: false }),
      expect.objectContaining({ check: 'AccessControlManager+withdrawalsPaused', paused: false }),
    ]);
  });
});

describe('state changes are read live', () => {
  it("reads a pool's E-Mode categories up to Aave's run of three unset ids, past id 40 (Ethereum core has 46)", async () => {
    const pool = aavePool(1);
    const rseth = lendingTargets.find((t) => t.chainId === 1 && t.symbol === 'rsETH' && t.pool === pool)!;
    // Ids 3–45 set (taking nothing we read), 46 takes rsETH (reserve id 9) at 94 %: no gap of three before it.
    for (let id = 3; id <= 45; id++) await world.send(pool, 'AavePoolStandIn', 'setEModeCategory', [id, 8000, 8500, 10100, 0n]);
    await world.send(pool, 'AavePoolStandIn', 'setEModeCategory', [46, 9300, 9400, 10100, 1n << BigInt(AAVE.rsethCore.id)]);
    await world.send(pool, 'AavePoolStandIn', 'setEModeBorrowing', [46, 1n << BigInt(AAVE.wethCore.id), 0n]);
    const r = await refreshOnchain({ ...harness().deps, protocols: ['kelp'] });
    expect(ok(r.lending[lendingKey(1, pool, rseth.asset)])).toMatchObject({ eMode: { category: 46, liquidationThresholdBps: 9400 }, eModeRead: true });
    // Round 1 asked ids 1–48 and saw no run of three unset ids yet (47, 48): one more round for 49 onwards.
    const base = await refreshOnchain({ ...harness().deps, protocols: ['kelp'], plan: r.plan });
    expect(base.roundTrips.byChain[1]!.rounds).toBe(2);
  });

  it('sees a timed pause written straight into storage (anvil_setStorageAt)', async () => {
    const pool = pauseTargets.find((t) => t.protocol === 'etherfi')!.address;
    // EtherFiLiquidityPoolStandIn: slot 0 = paused (bool), slot 1 = pausedUntil.
    const until = 4_102_444_800n; // 2100-01-01
    await world.setStorage(pool, pad(toHex(1), { size: 32 }), pad(toHex(until), { size: 32 }));
    const r = await refreshOnchain({ ...harness().deps, protocols: ['etherfi'] });
    const v = ok(r.paused.etherfi);
    expect(v.paused).toBe(true);
    expect(v.checks.find((c) => c.check === 'pausedUntil')).toMatchObject({ paused: true, until });
  });

  it('reports a Renzo list longer than one round reads as incomplete, with the figure noted', async () => {
    const rm = stakerSourceTargets.find((t) => t.protocol === 'renzo')!.address;
    const many: Address[] = Array.from({ length: RENZO_OPERATOR_DELEGATOR_PROBE + 2 }, (_, i) => getAddress(`0x${(0x9000 + i).toString(16).padStart(40, '0')}`));
    await world.send(rm, 'RestakeManagerStandIn', 'setOperatorDelegators', [many]);
    const r = await refreshOnchain({ ...harness().deps, protocols: ['renzo'] });
    expect(r.stakers.renzo).toMatchObject({
      status: 'ok',
      value: { complete: false, stakers: many.slice(0, RENZO_OPERATOR_DELEGATOR_PROBE) },
      note: `first ${RENZO_OPERATOR_DELEGATOR_PROBE} of ${RENZO_OPERATOR_DELEGATOR_PROBE + 2} operator delegators`,
    });
    expect(r.exposure.renzo).toMatchObject({ status: 'ok', note: 'staker list incomplete' });
  });

  it('names AVSs from their on-chain metadata URIs, falling back to snapshot names', async () => {
    await world.send(eigenLayerMainnet.allocationManager, 'AllocationManagerStandIn', 'updateAVSMetadataURI', [AVS.one, 'https://avs-one.example/old.json']);
    await world.send(eigenLayerMainnet.allocationManager, 'AllocationManagerStandIn', 'updateAVSMetadataURI', [AVS.one, 'https://avs-one.example/meta.json']);
    await world.avsDirectoryUpdate(AVS.two, 'https://avs-two.example/huge.json');
    const fetched: string[] = [];
    const fetchFn: typeof fetch = async (input) => {
      const url = String(input);
      fetched.push(url);
      if (url === 'https://avs-one.example/meta.json')
        return new Response(JSON.stringify({ name: '  Avs\u0000 One \u202e ', website: 'https://avs-one.example', logo: 'javascript:alert(1)' }));
      if (url === 'https://avs-two.example/huge.json') return new Response('x'.repeat(200_000));
      return new Response('not found', { status: 404 });
    };
    const cache = createMemoryMetadataCache();
    const snapshotNames = { [AVS.two.toLowerCase()]: 'Avs Two (snapshot)', [AVS.three.toLowerCase()]: 'Avs Three (snapshot)' };
    const h = harness();
    const r = await refreshOnchain({ ...h.deps, avsMetadata: { fetchFn, fromBlock: 0n, snapshotNames, cache } });
    expect(ok(r.avsNames[AVS.one.toLowerCase()])).toEqual({
      avs: AVS.one,
      name: 'Avs One',
      website: 'https://avs-one.example/',
      metadataUri: 'https://avs-one.example/meta.json',
      origin: 'onchain',
    });
    expect(r.avsNames[AVS.two.toLowerCase()]).toMatchObject({ status: 'ok', value: { name: 'Avs Two (snapshot)', origin: 'snapshot' }, note: 'snapshot name (metadata too large)' });
    expect(r.avsNames[AVS.three.toLowerCase()]).toMatchObject({ status: 'ok', value: { origin: 'snapshot' }, note: 'no newer metadata on-chain' });
    expect(fetched.sort()).toEqual(['https://avs-one.example/meta.json', 'https://avs-two.example/huge.json']);
    // One eth_getLogs covers the whole (short) chain; eth_blockNumber is not needed, the walk knows the block.
    expect(r.roundTrips.byChain[1]!.logRequests).toBe(1);
    expect(h.meters[1]!.byMethod).toMatchObject({ eth_call: 4, eth_getLogs: 1 });

    // Cached: a second refresh fetches nothing it already has.
    fetched.length = 0;
    await refreshOnchain({ ...harness().deps, avsMetadata: { fetchFn, fromBlock: 0n, snapshotNames, cache } });
    expect(fetched).toEqual(['https://avs-two.example/huge.json']);
  });
});

describe('standalone readers (client first, one multicall each)', () => {
  it('readRates, readPauseState, readStakers and readMarket answer like the refresh', async () => {
    const h = harness();
    const client = h.deps.clientFor(1);
    const rates = await readRates(client, rateTargets);
    expect(rates).toHaveLength(rateTargets.filter((t) => t.chainId === 1).length);
    expect(rates.every((f) => f.status === 'ok')).toBe(true);
    expect(h.meters[1]!.requests).toBe(1);

    const pauses = await readPauseState(client, pauseTargets);
    expect(pauses.find((f) => f.source.includes('RestakeManager'))).toMatchObject({ status: 'ok', value: { protocol: 'renzo', paused: true } });
    expect(h.meters[1]!.requests).toBe(3); // Swell's manager address, then its flag

    const stakers = await readStakers(client, { protocols: ['kelp', 'swell'], discovery: stakerSourceTargets });
    expect(stakers.map((f) => f.status)).toEqual(['ok', 'not-applicable']);
    expect(h.meters[1]!.requests).toBe(4);

    const weethRate = rates.find((f) => f.status === 'ok' && f.value.protocol === 'etherfi')!;
    const market = await readMarket(client, { target: marketTargets[0]!, rate: weethRate, amounts: [e18] });
    expect(ok(market).quotes).toHaveLength(1);
    expect(h.meters[1]!.requests).toBe(5);
  });
});

describe('stand-ins', () => {
  it('cover every target the readers use, at its registry address', () => {
    expect(marketTargets.map((m) => m.pool)).toHaveLength(3);
    expect(BEACON).toBe(eigenLayerMainnet.beaconChainEthStrategy);
    expect(STETH_UNDERLYING_PER_SHARE).toBe(1_100_000_000_000_000_000n);
  });
});
