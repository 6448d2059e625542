import { describe, expect, it } from 'vitest';
import { isBadLevel, levelBadness, severityRank, worstFirst, worstLevel } from './severity';

describe('severity', () => {
  it('orders worst first, a check that could not run above ok', () => {
    const levels = ['ok', 'not-applicable', 'errored', 'caution', 'unknown', 'critical', 'high'] as const;
    expect([...levels].map((level) => ({ level })).sort(worstFirst).map((f) => f.level)).toEqual(['critical', 'high', 'caution', 'unknown', 'errored', 'ok', 'not-applicable']);
    expect(severityRank('unknown')).toBeLessThan(severityRank('ok'));
  });

  it('finds the worst level, and "unknown" for none', () => {
    expect(worstLevel(['ok', 'caution', 'unknown'])).toBe('caution');
    expect(worstLevel(['ok', 'unknown'])).toBe('unknown');
    expect(worstLevel(['ok', 'critical', 'high'])).toBe('critical');
    expect(worstLevel(['ok'])).toBe('ok');
    expect(worstLevel([])).toBe('unknown');
  });

  it('counts badness up from ok', () => {
    expect(['ok', 'caution', 'high', 'critical'].map((l) => levelBadness(l as 'ok'))).toEqual([0, 1, 2, 3]);
  });

  it('calls only measured levels past a threshold bad', () => {
    expect(['critical', 'high', 'caution', 'unknown', 'errored', 'ok', 'not-applicable'].filter((l) => isBadLevel(l as 'ok'))).toEqual(['critical', 'high', 'caution']);
  });
});
