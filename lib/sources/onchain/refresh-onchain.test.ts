/** refreshOnchain over JSON-RPC against anvil: what one full refresh reads, and in how many requests. */
import { decodeFunctionData } from 'viem';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok, useRefreshWorld, type Harness } from '../../../tests/fixtures/onchain/refresh-harness.ts';
import { standInGetDy } from '../../../tests/fixtures/onchain/stand-in-math.ts';
import { AAVE, aavePool, AVS, MULTICALL3, OPERATORS, RATES, RECIPIENT, STAKERS, UPGRADE_DELAYS, KELP_WITHDRAWAL_DELAY_BLOCKS } from '../../../tests/fixtures/onchain/load-world.ts';
import { multicall3Abi } from './abis.ts';
import { readExposure } from './read-exposure.ts';
import { refreshOnchain, type OnchainRefresh } from './refresh-onchain.ts';
import { ratioWad, WAD } from './wad.ts';
import { lendingTargets } from './targets.ts';
import { decodeReserveConfiguration, lendingKey } from './read-lending.ts';

const e18 = WAD;
const env = useRefreshWorld();

describe('refreshOnchain over JSON-RPC against anvil', () => {
  let result: OnchainRefresh;
  let h: Harness;

  beforeAll(async () => {
    await env.reset();
    h = env.harness();
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
    // rswETH: on the venue registry's Curve rswETH/WETH pool; 600 rswETH (1.06 ETH each) against 600 WETH.
    const rsw = ok(result.market.swell);
    expect(rsw).toMatchObject({ pool: '0xeE04382c4cA6c450213923fE0f0daB19b0ff3939', quoteSymbol: 'WETH', lrtBalance: 600n * e18, redemptionWad: RATES.swell });
    expect(rsw.depegBps!).toBeGreaterThan(560);
    expect(rsw.depegBps!).toBeLessThan(580);
  });
});
