/** The refresh reads the registered Symbiotic vaults too, without a round of their own when the walk runs. */
import { concat, getAddress, pad, type Address, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { ok, useRefreshWorld } from '../../../tests/fixtures/onchain/refresh-harness.ts';
import { SYMBIOTIC_V1 } from '../../../tests/fixtures/onchain/load-world.ts';
import { symbioticVaultTargets } from './read-symbiotic-vaults.ts';
import { refreshOnchain } from './refresh-onchain.ts';

const e18 = 10n ** 18n;
const DAY = 86_400;
const addr = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, '0')}`);
const env = useRefreshWorld();

describe('refreshOnchain: Symbiotic vaults', () => {
  it('reads every registered vault in rounds 1 and 2 of Ethereum, which stays at its four rounds', async () => {
    const r = await refreshOnchain(env.harness().deps);
    const registered = symbioticVaultTargets().filter((t) => t.chainId === 1);
    expect(Object.keys(r.symbiotic).sort()).toEqual(registered.map((t) => `1:${t.address.toLowerCase()}`).sort());
    const v = r.symbiotic[`1:${registered[0]!.address.toLowerCase()}`]!;
    expect(ok(v.version)).toBe(1);
    expect(ok(v.epochDuration)).toBe(SYMBIOTIC_V1.epochSeconds);
    expect(ok(v.totalStake)).toBe(SYMBIOTIC_V1.stake);
    expect(ok(v.collateral)).toBe(SYMBIOTIC_V1.collateral);
    expect(ok(v.slasher).kind).toBe('none');
    expect(v.epochDuration.source).toBe(`rpc:1:Vault@${registered[0]!.address}.epochDuration`);
    expect(r.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(r.statuses['rpc:1']?.state).toBe('live');
  });

  it('reads a version 2 vault the version 2 way, its adapter reads riding along with the walk', async () => {
    const { setCode, send } = env.world;
    const [vault, delegator, app] = [addr(0x2000), addr(0x2100), addr(0x2200)];
    const subnetwork = concat([addr(0x1e7), pad('0x00', { size: 12 })]) as Hex;
    await setCode(vault, 'SymbioticVaultV2StandIn');
    await send(vault, 'SymbioticVaultV2StandIn', 'set', [SYMBIOTIC_V1.collateral, 900n * e18, delegator]);
    await setCode(delegator, 'SymbioticUniversalDelegatorStandIn');
    await send(delegator, 'SymbioticUniversalDelegatorStandIn', 'setAdapters', [[app]]);
    await setCode(app, 'SymbioticAppAdapterStandIn');
    await send(app, 'SymbioticAppAdapterStandIn', 'set', [addr(0xb0), 6 * DAY, subnetwork, addr(0x2300), 300n * e18]);

    const r = await refreshOnchain({ ...env.harness().deps, targets: { symbioticVaults: [{ chainId: 1, address: vault, name: 'v2' }] } });
    const v = r.symbiotic[`1:${vault.toLowerCase()}`]!;
    expect(ok(v.version)).toBe(3);
    expect(ok(v.totalStake)).toBe(900n * e18);
    expect(ok(v.adapters)).toEqual([
      { address: app, app: true, burner: addr(0xb0), durationSeconds: 6 * DAY, subnetwork, operator: addr(0x2300), slashable: 300n * e18 },
    ]);
    expect(ok(v.slasher).kind).toBe('instant');
    expect(v.burner.status).toBe('not-applicable');
    // Its asset, delegator, adapter list and adapter views took rounds 2, 3 and 4, which the walk takes anyway.
    expect(r.roundTrips.byChain[1]!.rounds).toBe(4);
    expect(r.statuses['rpc:1']?.state).toBe('live');
  });
});
