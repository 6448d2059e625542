import { describe, expect, it } from 'vitest';
import { slashingModelAt, type LiveVaults } from './slashing-model';

/** A metadata-only vault (slasher unknown until read) and a Mellow vault (slasher from Mellow's deploy script). */
const GAUNTLET = '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da';
const STEAKHOUSE = '0xf7Ce770AbdD1895f2CB0989D7cf2A26705FF37a7';
const STEAK_LRT = '0xBEEF69Ac7870777598A04B2bd4771c71212E6aBc';
const AT = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400;

type Vault = NonNullable<LiveVaults>[string];
const ok = <T>(value: T, source: string) => ({ status: 'ok' as const, value, source, asOf: AT, blockNumber: '24000000' });
const na = (reason: string) => ({ status: 'not-applicable' as const, reason, source: 'rpc:1:Vault', asOf: AT });
const failed = { status: 'failed' as const, error: { name: 'RpcUnavailableError', message: 'rpc unavailable' }, source: 'rpc:1:Vault', asOf: AT };

function live(address: string, v: Partial<Vault>): LiveVaults {
  return { [`1:${address.toLowerCase()}`]: { slasher: failed, vetoDuration: failed, epochDuration: failed, ...v } as unknown as Vault };
}

describe('slashingModelAt with the vaults read live', () => {
  it('a vault whose slasher nothing registered is judged on the slasher read on-chain', () => {
    expect(slashingModelAt(1, GAUNTLET)?.known).toBe(false);
    const f = slashingModelAt(1, GAUNTLET, live(GAUNTLET, {
      slasher: ok({ address: '0x5100', type: 1, kind: 'veto' }, `rpc:1:Vault@${GAUNTLET}.slasher+rpc:1:Vault@${GAUNTLET}.slasher.TYPE`),
      vetoDuration: ok(3 * DAY, 'rpc:1:slasher.vetoDuration'),
      epochDuration: ok(7 * DAY, 'rpc:1:Vault.epochDuration'),
    }));
    expect(f).toMatchObject({ known: true, value: { slasher: 'veto', vetoDays: 3, epochDays: 7, subject: 'Gauntlet Restaked wstETH' }, asOf: '2026-11-30', verification: 'primary' });
    expect(f?.known && f.source).toBe(`rpc:1:Vault@${GAUNTLET}.slasher+rpc:1:Vault@${GAUNTLET}.slasher.TYPE`);
  });

  it('a version 2 vault: slashed at once through its adapters, no veto, no epochs', () => {
    const f = slashingModelAt(1, STEAK_LRT, live(STEAKHOUSE, {
      slasher: ok({ address: null, type: null, kind: 'instant' }, `rpc:1:Vault@${STEAKHOUSE}.delegator.adapters+AppAdapter.burner`),
      vetoDuration: na('a version 2 vault is slashed through its app adapters, with no veto'),
      epochDuration: na('a version 2 vault has no epochs'),
    }));
    expect(f).toMatchObject({ known: true, value: { slasher: 'instant', vetoDays: null, epochDays: null, subject: 'Steakhouse Resteaking Vault (Mellow steakLRT)' } });
  });

  it('keeps the registered model when the live read failed', () => {
    const registered = slashingModelAt(1, STEAK_LRT);
    expect(registered?.known).toBe(true);
    expect(slashingModelAt(1, STEAK_LRT, live(STEAKHOUSE, {}))).toEqual(registered);
    expect(slashingModelAt(1, STEAK_LRT, live(GAUNTLET, { slasher: ok({ address: null, type: null, kind: 'none' }, 'rpc:1:x') }))).toEqual(registered);
  });
});
