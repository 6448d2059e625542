/** refreshOnchain reads state changes live; the standalone readers answer like the refresh; stand-ins cover every target. */
import { getAddress, pad, toHex, type Address } from 'viem';
import { describe, expect, it } from 'vitest';
import { ok, useRefreshWorld } from '../../../tests/fixtures/onchain/refresh-harness.ts';
import { AAVE, aavePool, AVS, BEACON, STETH_UNDERLYING_PER_SHARE } from '../../../tests/fixtures/onchain/load-world.ts';
import { createMemoryMetadataCache } from './read-avs-metadata.ts';
import { readMarket } from './read-market.ts';
import { readPauseState } from './read-pause-state.ts';
import { readRates } from './read-rates.ts';
import { readStakers, RENZO_OPERATOR_DELEGATOR_PROBE } from './read-stakers.ts';
import { refreshOnchain } from './refresh-onchain.ts';
import { WAD } from './wad.ts';
import { eigenLayerMainnet, lendingTargets, marketTargets, pauseTargets, rateTargets, stakerSourceTargets } from './targets.ts';
import { lendingKey } from './read-lending.ts';

const e18 = WAD;
const env = useRefreshWorld();

describe('state changes are read live', () => {
  it("reads a pool's E-Mode categories up to Aave's run of three unset ids, past id 40 (Ethereum core has 46)", async () => {
    const pool = aavePool(1);
    const rseth = lendingTargets.find((t) => t.chainId === 1 && t.symbol === 'rsETH' && t.pool === pool)!;
    // Ids 3–45 set (taking nothing we read), 46 takes rsETH (reserve id 9) at 94 %: no gap of three before it.
    for (let id = 3; id <= 45; id++) await env.world.send(pool, 'AavePoolStandIn', 'setEModeCategory', [id, 8000, 8500, 10100, 0n]);
    await env.world.send(pool, 'AavePoolStandIn', 'setEModeCategory', [46, 9300, 9400, 10100, 1n << BigInt(AAVE.rsethCore.id)]);
    await env.world.send(pool, 'AavePoolStandIn', 'setEModeBorrowing', [46, 1n << BigInt(AAVE.wethCore.id), 0n]);
    const r = await refreshOnchain({ ...env.harness().deps, protocols: ['kelp'] });
    expect(ok(r.lending[lendingKey(1, pool, rseth.asset)])).toMatchObject({ eMode: { category: 46, liquidationThresholdBps: 9400 }, eModeRead: true });
    // Round 1 asked ids 1–48 and saw no run of three unset ids yet (47, 48): one more round for 49 onwards.
    const base = await refreshOnchain({ ...env.harness().deps, protocols: ['kelp'], plan: r.plan });
    expect(base.roundTrips.byChain[1]!.rounds).toBe(2);
  });

  it('sees a timed pause written straight into storage (anvil_setStorageAt)', async () => {
    const pool = pauseTargets.find((t) => t.protocol === 'etherfi')!.address;
    // EtherFiLiquidityPoolStandIn: slot 0 = paused (bool), slot 1 = pausedUntil.
    const until = 4_102_444_800n; // 2100-01-01
    await env.world.setStorage(pool, pad(toHex(1), { size: 32 }), pad(toHex(until), { size: 32 }));
    const r = await refreshOnchain({ ...env.harness().deps, protocols: ['etherfi'] });
    const v = ok(r.paused.etherfi);
    expect(v.paused).toBe(true);
    expect(v.checks.find((c) => c.check === 'pausedUntil')).toMatchObject({ paused: true, until });
  });

  it('reports a Renzo list longer than one round reads as incomplete, with the figure noted', async () => {
    const rm = stakerSourceTargets.find((t) => t.protocol === 'renzo')!.address;
    const many: Address[] = Array.from({ length: RENZO_OPERATOR_DELEGATOR_PROBE + 2 }, (_, i) => getAddress(`0x${(0x9000 + i).toString(16).padStart(40, '0')}`));
    await env.world.send(rm, 'RestakeManagerStandIn', 'setOperatorDelegators', [many]);
    const r = await refreshOnchain({ ...env.harness().deps, protocols: ['renzo'] });
    expect(r.stakers.renzo).toMatchObject({
      status: 'ok',
      value: { complete: false, stakers: many.slice(0, RENZO_OPERATOR_DELEGATOR_PROBE) },
      note: `first ${RENZO_OPERATOR_DELEGATOR_PROBE} of ${RENZO_OPERATOR_DELEGATOR_PROBE + 2} operator delegators`,
    });
    expect(r.exposure.renzo).toMatchObject({ status: 'ok', note: 'staker list incomplete' });
  });

  it('names AVSs from their on-chain metadata URIs, falling back to snapshot names', async () => {
    await env.world.send(eigenLayerMainnet.allocationManager, 'AllocationManagerStandIn', 'updateAVSMetadataURI', [AVS.one, 'https://avs-one.example/old.json']);
    await env.world.send(eigenLayerMainnet.allocationManager, 'AllocationManagerStandIn', 'updateAVSMetadataURI', [AVS.one, 'https://avs-one.example/meta.json']);
    await env.world.avsDirectoryUpdate(AVS.two, 'https://avs-two.example/huge.json');
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
    const h = env.harness();
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
    await refreshOnchain({ ...env.harness().deps, avsMetadata: { fetchFn, fromBlock: 0n, snapshotNames, cache } });
    expect(fetched).toEqual(['https://avs-two.example/huge.json']);
  });
});

describe('standalone readers (client first, one multicall each)', () => {
  it('readRates, readPauseState, readStakers and readMarket answer like the refresh', async () => {
    const h = env.harness();
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
    expect(marketTargets.map((m) => m.pool)).toHaveLength(6);
    expect(BEACON).toBe(eigenLayerMainnet.beaconChainEthStrategy);
    expect(STETH_UNDERLYING_PER_SHARE).toBe(1_100_000_000_000_000_000n);
  });
});
