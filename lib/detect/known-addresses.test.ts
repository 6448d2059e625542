import { describe, expect, it } from 'vitest';
import { hasKnownAddressPrefix } from './known-address-prefix';
import { isRegisteredContract, knownAddressPrefixes } from './known-addresses';
import { renderKnownAddressPrefixes } from './render-known-address-prefixes';

describe('known addresses', () => {
  it('stays compact', () => {
    expect(renderKnownAddressPrefixes().length).toBeLessThan(4096);
    expect(knownAddressPrefixes().every((p) => /^[0-9a-f]{5}$/.test(p))).toBe(true);
  });

  it('answers for registered restaking and lending contracts, per chain', () => {
    expect(isRegisteredContract(1, '0x308861a430be4cce5502d0a12724771fc6daf216')).toBe(true);
    expect(isRegisteredContract(1, '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2')).toBe(true);
    expect(isRegisteredContract(10, '0x308861a430be4cce5502d0a12724771fc6daf216')).toBe(false);
    expect(isRegisteredContract(1, '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2')).toBe(false);
  });

  it('matches registered contracts by prefix in the page', () => {
    expect(hasKnownAddressPrefix('0x308861A430be4cce5502d0A12724771Fc6DaF216')).toBe(true);
    expect(hasKnownAddressPrefix('0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2')).toBe(false);
  });

  it('reads back every registered prefix from the encoded list, and nothing that is not hex', () => {
    for (const prefix of knownAddressPrefixes()) expect(hasKnownAddressPrefix(`0x${prefix.toUpperCase()}${'0'.repeat(35)}`), prefix).toBe(true);
    // parseInt reads '1f0az' as 0x1f0a, the value of a registered '01f0a': the check must not take it.
    const leadingZero = knownAddressPrefixes().find((p) => p.startsWith('0'))!;
    expect(leadingZero).toBeDefined();
    expect(hasKnownAddressPrefix(`0x${leadingZero.slice(1)}z${'0'.repeat(35)}`)).toBe(false);
    expect(hasKnownAddressPrefix('0x')).toBe(false);
    expect(hasKnownAddressPrefix(42 as unknown as string)).toBe(false);
  });
});
