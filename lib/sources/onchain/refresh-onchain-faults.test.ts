/** refreshOnchain's faults (each a failed fact, never a throw or a hang), and a refresh from the last one's plan. */
import { describe, expect, it } from 'vitest';
import { startSlowProxy, type SlowProxy } from '../../../tests/fixtures/onchain/start-slow-proxy.ts';
import { ok, useRefreshWorld } from '../../../tests/fixtures/onchain/refresh-harness.ts';
import { MULTICALL3, OPERATORS, RATES, RECIPIENT, STAKERS, STETH_STRATEGY } from '../../../tests/fixtures/onchain/load-world.ts';
import { refreshOnchain, type OnchainRefresh } from './refresh-onchain.ts';
import { WAD } from './wad.ts';
import { eigenLayerMainnet, rateTargets, stakerSourceTargets } from './targets.ts';

const e18 = WAD;
const env = useRefreshWorld();

describe('faults: each yields a failed fact with a clear reason, never a throw, never a hang', () => {
  it('a dead RPC (closed port) fails every fact of the chain after one attempt', async () => {
    const h = env.harness({ 1: `http://127.0.0.1:${env.deadPort}` });
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
    const proxy: SlowProxy = await startSlowProxy(env.mainnet.url, 2_000);
    try {
      const h = env.harness({ 1: proxy.url }, { timeoutMs: 300, retryCount: 1, retryDelayMs: 10 });
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
    const proxy = await startSlowProxy(env.mainnet.url, 3_000);
    try {
      const h = env.harness({ 1: proxy.url }, { timeoutMs: 10_000 });
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
    await env.world.setCode(weeth, 'BadEncodingStandIn');
    const r = await refreshOnchain(env.harness().deps);
    expect(r.rates['etherfi:1']).toMatchObject({ status: 'failed', error: { name: 'BadReturnDataError', message: 'bad return data' } });
    expect(r.market.etherfi).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
    expect(ok(r.rates['kelp:1']).ethPerTokenWad).toBe(RATES.kelp);
    expect(ok(r.exposure.kelp).totalRestakedWei).toBe(1550n * e18);
    expect(r.statuses['rpc:1']).toMatchObject({ state: 'partial', error: 'bad return data' });
  });

  it('a reverting staker registry fails that protocol\'s pause, staker list and exposure, nothing else', async () => {
    const pool = stakerSourceTargets.find((t) => t.protocol === 'kelp')!.address;
    await env.world.setCode(pool, 'RevertingStandIn');
    const r = await refreshOnchain(env.harness().deps);
    expect(r.stakers.kelp).toMatchObject({ status: 'failed', error: { message: 'call reverted', details: 'stand-in: price expired' } });
    expect(r.paused.kelp).toMatchObject({ status: 'failed', error: { message: 'call reverted' } });
    expect(r.exposure.kelp).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
    expect(ok(r.exposure.renzo).totalRestakedWei).toBe(1000n * e18);
  });

  it('a broken Multicall3 fails the chain once, without further rounds', async () => {
    await env.world.setCode(MULTICALL3, 'BadEncodingStandIn');
    const r = await refreshOnchain(env.harness().deps);
    expect(r.rates['kelp:1']).toMatchObject({ status: 'failed', error: { message: 'bad return data', details: 'Multicall3.aggregate3 did not decode' } });
    expect(r.roundTrips.byChain[1]).toMatchObject({ rounds: 1, multicalls: 1 });
    expect(r.statuses['rpc:1']).toMatchObject({ state: 'failed', error: 'bad return data' });
    expect(ok(r.rates['kelp:42161']).ethPerTokenWad).toBe(RATES.kelpArbitrum);
  });

  it('an endpoint answering for the wrong chain is caught from the same multicall', async () => {
    const h = env.harness({ 42161: env.mainnet.url });
    const r = await refreshOnchain({ ...h.deps, protocols: ['kelp'] });
    expect(r.rates['kelp:42161']).toMatchObject({ status: 'failed', error: { message: 'rpc chain mismatch', details: 'expected 42161, endpoint is 1' } });
    expect(h.meters[42161]!.requests).toBe(1);
  });

  it('an invalid override fails its chain without a request', async () => {
    const h = env.harness({ 42161: 'ftp://example.org' });
    const r = await refreshOnchain({ ...h.deps, protocols: ['kelp'] });
    expect(r.rates['kelp:42161']).toMatchObject({ status: 'failed', error: { message: 'invalid rpc url' } });
  });
});

describe('the next refresh, from the last one’s plan', () => {
  const dm = eigenLayerMainnet.delegationManager;
  const withoutTimes = (r: OnchainRefresh) => ({ exposure: r.exposure, paused: r.paused, stakers: r.stakers, rates: r.rates });

  it('asks everything in one round per chain, and finds exactly what the full walk finds', async () => {
    const first = await refreshOnchain(env.harness().deps);
    expect(first.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(first.plan.exposure?.stakers.kelp).toEqual([STAKERS.kelpNd1, STAKERS.kelpNd2]);
    // Renzo's three middleware flags and Swell's two AccessControlManager flags.
    expect(Object.keys(first.plan.pauseFollowUps)).toHaveLength(5);
    const h = env.harness();
    const next = await refreshOnchain({ ...h.deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(next.roundTrips.byChain[42161]).toEqual({ rounds: 1, multicalls: 1, logRequests: 0 });
    expect(h.wires[1]!.calls).toHaveLength(1);
    expect(withoutTimes(next)).toEqual(withoutTimes(first));
    expect(ok(next.exposure.kelp).operatorSets.length).toBeGreaterThan(0);
    expect(next.plan).toEqual(first.plan);
  });

  it('a delegation that changed since: the planned answers are dropped and the walk takes its rounds', async () => {
    const first = await refreshOnchain(env.harness().deps);
    // Kelp's second NodeDelegator moves from operator B to operator C.
    await env.world.send(dm, 'DelegationManagerStandIn', 'setStaker', [STAKERS.kelpNd2, OPERATORS.c, [STETH_STRATEGY], [500n * e18], [500n * e18]]);
    const fresh = await refreshOnchain(env.harness().deps);
    const next = await refreshOnchain({ ...env.harness().deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(withoutTimes(next)).toEqual(withoutTimes(fresh));
    expect(ok(next.exposure.kelp).operators.map((o) => o.operator)).toEqual(ok(fresh.exposure.kelp).operators.map((o) => o.operator));
    expect(next.plan.exposure?.delegation[STAKERS.kelpNd2.toLowerCase()]).toBe(OPERATORS.c);
  });

  it('a staker list that grew since: the new staker is walked', async () => {
    const first = await refreshOnchain(env.harness().deps);
    const rm = stakerSourceTargets.find((t) => t.protocol === 'kelp')!.address;
    await env.world.send(rm, 'LRTDepositPoolStandIn', 'setQueue', [[STAKERS.kelpNd1, STAKERS.kelpNd2, STAKERS.ynNode1]]);
    const next = await refreshOnchain({ ...env.harness().deps, plan: first.plan });
    expect(next.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(ok(next.exposure.kelp).stakerCount).toBe(3);
  });

  it('a planned pause follow-up to a contract that is no longer the manager is not used', async () => {
    const first = await refreshOnchain(env.harness().deps);
    const key = Object.keys(first.plan.pauseFollowUps).find((k) => k.includes('coreMethodsPaused'))!;
    const stale = { ...first.plan, pauseFollowUps: { [key]: { ...first.plan.pauseFollowUps[key]!, target: RECIPIENT } } };
    const next = await refreshOnchain({ ...env.harness().deps, plan: stale });
    // The walk still holds; only the follow-up takes a second round, and Swell's check reads the real manager.
    expect(next.roundTrips.byChain[1]!.rounds).toBe(2);
    expect(ok(next.paused.swell).checks).toEqual([
      expect.objectContaining({ check: 'AccessControlManager+coreMethodsPaused', paused: false }),
      expect.objectContaining({ check: 'AccessControlManager+withdrawalsPaused', paused: false }),
    ]);
  });
});
