import { describe, expect, it } from 'vitest';
import { judge } from './judge';

describe('judge', () => {
  it.each([
    [0, 'ok'],
    [49.9, 'ok'],
    [50, 'caution'],
    [199, 'caution'],
    [200, 'high'],
    [500, 'critical'],
    [9999, 'critical'],
  ] as const)('higher-is-worse %d bps → %s', (value, level) => {
    expect(judge(value, 'higher-is-worse', { caution: 50, high: 200, critical: 500 })).toBe(level);
  });

  it.each([
    [100, 'ok'],
    [13, 'ok'],
    [12, 'caution'],
    [3, 'high'],
    [0, 'high'],
  ] as const)('lower-is-worse %d months → %s', (value, level) => {
    expect(judge(value, 'lower-is-worse', { caution: 12, high: 3 })).toBe(level);
  });

  it('never reaches a level without a threshold', () => {
    expect(judge(1e9, 'higher-is-worse', {})).toBe('ok');
  });
});
