import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasKnownAddressPrefix, mayConcernRestaking } from './known-address-prefixes.generated';
import { isRegisteredContract, knownAddressPrefixes } from './known-addresses';
import { renderKnownAddressPrefixes } from './write-known-address-prefixes';

describe('known addresses', () => {
  it('the generated page-side list is up to date (regenerate: npm run generate)', () => {
    expect(readFileSync(new URL('./known-address-prefixes.generated.ts', import.meta.url), 'utf8')).toBe(renderKnownAddressPrefixes());
  });

  it('stays compact', () => {
    expect(renderKnownAddressPrefixes().length).toBeLessThan(4096);
    expect(knownAddressPrefixes().every((p) => /^0x[0-9a-f]{8}$/.test(p))).toBe(true);
  });

  it('answers for registered restaking and lending contracts, per chain', () => {
    expect(isRegisteredContract(1, '0x308861a430be4cce5502d0a12724771fc6daf216')).toBe(true);
    expect(isRegisteredContract(1, '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2')).toBe(true);
    expect(isRegisteredContract(10, '0x308861a430be4cce5502d0a12724771fc6daf216')).toBe(false);
    expect(isRegisteredContract(1, '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2')).toBe(false);
  });

  it('matches calls to, and allowances for, registered contracts in the page', () => {
    expect(hasKnownAddressPrefix('0x308861A430be4cce5502d0A12724771Fc6DaF216')).toBe(true);
    expect(hasKnownAddressPrefix('0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2')).toBe(false);
    const approveKelp = `0x095ea7b3${'0'.repeat(24)}036676389e48133b63a802f8635ad39e752d375d${'f'.repeat(64)}`;
    expect(mayConcernRestaking('0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', approveKelp)).toBe(true);
    expect(mayConcernRestaking('0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', `0x095ea7b3${'0'.repeat(24)}${'1'.repeat(40)}${'f'.repeat(64)}`)).toBe(false);
  });
});
