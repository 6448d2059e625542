import { describe, expect, it } from 'vitest';
import { readChainId } from './chain-id';

describe('readChainId', () => {
  it.each([
    ['0xa', 10],
    ['0xA', 10],
    ['0x1', 1],
    ['0xa4b1', 42161],
    [10, 10],
    // A bare string is decimal (wagmi normalizeChainId, ethers getBigInt), never hex: "10" is Optimism, not 16.
    ['10', 10],
    ['8453', 8453],
  ])('reads %j as %d', (value, id) => {
    expect(readChainId(value)).toBe(id);
  });

  it.each([[null], [undefined], ['0x'], ['0x0'], [0], [-1], [1.5], ['zz'], ['0xzz'], ['1e3'], [' 1'], ['0x' + 'f'.repeat(17)], [2 ** 53]])('rejects %j', (value) => {
    expect(readChainId(value)).toBeNull();
  });
});
