import { describe, expect, it } from 'vitest';
import { aaveBaseUsd, bpsPct, pct, round, shortAddress, usd } from './format';

describe('format', () => {
  it('rounds without trailing zeros', () => {
    expect(round(1.25, 1)).toBe(1.3);
    expect(round(12, 1)).toBe(12);
    expect(round(0.123456, 4)).toBe(0.1235);
  });

  it('shortens an address to its first 4 and last 4 hex digits', () => {
    expect(shortAddress('0x308861A430be4cce5502d0A12724771Fc6DaF216')).toBe('0x3088…F216');
  });

  it.each([
    [0.5, '50%'],
    [0.123, '12.3%'],
    [0.0042, '0.42%'],
    [0, '0%'],
  ])('shows the share %d as %s', (share, text) => {
    expect(pct(share)).toBe(text);
  });

  it.each([
    [125, '1.25%'],
    [50, '0.5%'],
    [1000, '10%'],
  ])('shows %d bps as %s', (bps, text) => {
    expect(bpsPct(bps)).toBe(text);
  });

  it.each([
    [6_123_000_000, '$6.12B'],
    [45_640_000, '$45.6M'],
    [7_800, '$7.8k'],
    [950.4, '$950'],
  ])('shows $%d as %s', (n, text) => {
    expect(usd(n)).toBe(text);
  });

  it.each([
    ['4000000000000', '$40,000'],
    ['123456789', '$1.23'],
    ['0', '$0'],
  ])("shows Aave's base amount %s (USD, 8 decimals) to the cent as %s", (base, text) => {
    expect(aaveBaseUsd(base)).toBe(text);
  });
});
