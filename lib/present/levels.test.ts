import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000 } from '../../tests/support/colour';
import { LEVEL_LOOK, LEVEL_ORDER, cancelIsPrimary, needsAcknowledgement } from './levels';

describe('CIEDE2000', () => {
  it('matches the published test pairs (Sharma, Wu, Dalal 2005)', () => {
    expect(deltaE2000('#000000', '#000000')).toBe(0);
    // Black against white is 100 in L* and ΔE2000 100.
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 0);
    // Pure red against pure green, a well-known value.
    expect(deltaE2000('#ff0000', '#00ff00')).toBeCloseTo(86.6, 0);
  });
});

describe('level colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(LEVEL_ORDER.slice(1).map((level, i) => [LEVEL_ORDER[i]!, level]))(`${scheme}: %s and %s differ by ΔE2000 ≥ 20`, (a, b) => {
      expect(deltaE2000(LEVEL_LOOK[a][scheme].bg, LEVEL_LOOK[b][scheme].bg)).toBeGreaterThanOrEqual(20);
    });
    it.each(LEVEL_ORDER)(`${scheme}: %s's text is readable on its badge (4.5:1)`, (level) => {
      expect(contrastRatio(LEVEL_LOOK[level][scheme].bg, LEVEL_LOOK[level][scheme].fg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('every level has its own icon and its own name', () => {
    expect(new Set(LEVEL_ORDER.map((l) => LEVEL_LOOK[l].icon)).size).toBe(LEVEL_ORDER.length);
    expect(new Set(LEVEL_ORDER.map((l) => LEVEL_LOOK[l].label)).size).toBe(LEVEL_ORDER.length);
  });

  it('Cancel leads from Caution up; only Danger asks for "I understand"', () => {
    expect(LEVEL_ORDER.filter(cancelIsPrimary)).toEqual(['caution', 'high', 'critical']);
    expect(LEVEL_ORDER.filter(needsAcknowledgement)).toEqual(['critical']);
  });
});
