import { describe, expect, it } from 'vitest';
import { NO_LIVE_DATA } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { buildCandidates } from './build-candidates';
import { PROFILES, resolveProfile } from './profiles';
import { rankTokens } from './rank-tokens';

const snapshot = loadSnapshot();
const now = new Date('2026-12-01T00:00:00Z');
const rank = (id: keyof typeof PROFILES, chainId: number | null = null) =>
  rankTokens({ profile: PROFILES[id], candidates: buildCandidates(snapshot, NO_LIVE_DATA, chainId), now, asOf: snapshot.asOf, chainId });

describe('rankTokens with the bundled snapshot and no network', () => {
  it('ranks every LST before every LRT for preserve', () => {
    const { tokens } = rank('preserve');
    const kinds = tokens.map((t) => t.kind);
    expect(kinds[0]).toBe('lst');
    expect(kinds.lastIndexOf('lst')).toBeLessThan(kinds.indexOf('lrt'));
  });

  it('ranks every seed LRT for every profile, with plain reasons and a score broken down', () => {
    const seeds = snapshot.lrts.filter((l) => l.kind === 'lrt').map((l) => l.id);
    for (const profile of ['preserve', 'balance', 'maximize'] as const) {
      const { tokens } = rank(profile);
      for (const id of seeds) {
        const t = tokens.find((x) => x.id === id);
        expect(t, `${profile} ${id}`).toBeDefined();
        expect(t!.reasons.length).toBeGreaterThan(0);
        expect(t!.breakdown.reduce((s, p) => s + p.points, 0)).toBeCloseTo(t!.score, 0);
      }
      expect(tokens.map((t) => t.rank)).toEqual(tokens.map((_, i) => i + 1));
    }
  });

  it('names unknown facts and scores them as zero, never as fine', () => {
    const weeth = rank('balance').tokens.find((t) => t.id === 'weeth')!;
    const slashable = weeth.breakdown.find((p) => p.criterion === 'slashable-share')!;
    expect(slashable).toMatchObject({ known: false, score: 0, points: 0 });
    expect(slashable.reason).toMatch(/operators/);
    expect(weeth.reasons.at(-1)).toMatch(/^Not known, scored as zero: .*stake slashable/);
  });

  it('explains a rank by what the token above does better', () => {
    const { tokens } = rank('preserve');
    const rseth = tokens.find((t) => t.id === 'rseth')!;
    expect(rseth.limits).toBe('broken');
    expect(rseth.reasons.join(' ')).toMatch(/10-day exit: over this profile’s limit of 7 days/);
    const steth = tokens.find((t) => t.id === 'stETH')!;
    expect(steth.reasons.join(' ')).toMatch(/In its favour: not restaked, none of its stake slashable/);
  });

  it('puts the token with the known yield first for maximize when others are not known', () => {
    const { tokens } = rank('maximize');
    expect(tokens[0]!.kind).toBe('lrt');
  });

  it('keeps only tokens deployed on the chain asked for', () => {
    const base = rank('balance', 8453).tokens.map((t) => t.symbol);
    expect(base).toContain('weETH');
    expect(base).not.toContain('rETH');
  });

  it('applies a person’s profile changes over the built-in one', () => {
    const own = resolveProfile('preserve', { preserve: { weights: { ...PROFILES.preserve.weights, restaking: 0 }, limits: { ...PROFILES.preserve.limits, maxExitDays: 30 } } });
    expect(own.weights.restaking).toBe(0);
    expect(own.limits.maxExitDays).toBe(30);
    expect(reportEntries(snapshot).length).toBeGreaterThan(0);
  });
});
