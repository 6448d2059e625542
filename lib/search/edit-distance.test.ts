import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['rseth', 'rseth', {}, 0],
    ['rseht', 'rseth', {}, 1], // transposition
    ['weth', 'weeth', {}, 1], // insertion
    ['wbeth', 'weeth', {}, 1], // substitution
    ['pufer', 'puffer', {}, 1],
    ['', 'abc', {}, 3],
    ['abc', '', {}, 3],
    ['pufer', 'pufferfinance', {}, 8],
    ['pufer', 'pufferfinance', { prefix: true }, 1],
    ['rseh', 'rsethabc', { prefix: true }, 1],
    ['', 'abc', { prefix: true }, 0],
    ['kelp', 'kelpdao', { prefix: true }, 0],
  ] as const)('%s → %s %o = %i', (a, b, options, expected) => {
    expect(editDistance(a, b, options)).toBe(expected);
  });

  it('gives up past max with max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', { max: 2 })).toBe(3);
    expect(editDistance('ab', 'abcdefgh', { max: 2 })).toBe(3);
    expect(editDistance('rseht', 'rseth', { max: 1 })).toBe(1);
  });
});
