import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { NO_LIVE_DATA } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { buildTokenReport } from '../report/token-report';
import { dimensionMarks, tokenScreen, wedgePath } from './token-screen';
import { viewProblems } from '../../tests/support/wording';

const snapshot = loadSnapshot();
const now = new Date('2026-11-25T12:00:00Z');
const reports = reportEntries(snapshot).map((entry) => buildTokenReport(entry, { snapshot, live: NO_LIVE_DATA, now }));

describe('the token page’s first screen', () => {
  it.each(reports.map((r) => [r.id, r] as const))('%s: four numbers, five marks, ≤ 3 reasons, the wording rules', (_id, report) => {
    const screen = tokenScreen(report);
    expect(screen.numbers.map((n) => n.id)).toEqual(['apy', 'exit', 'slashable', 'price']);
    expect(screen.marks.map((m) => m.id)).toEqual(['contracts', 'slashing', 'exit', 'yield', 'track-record']);
    expect(screen.reasons.length).toBeLessThanOrEqual(3);
    const lines = [screen.why, ...screen.reasons.map((r) => r.text), ...screen.numbers.flatMap((n) => [n.label, n.value]), ...screen.marks.map((m) => `${m.label}: ${m.levelLabel}`)];
    expect(viewProblems(lines)).toEqual([]);
  });

  it('with the bundled snapshot, no LRT is raised above "No extra risk found" by what every EigenLayer restake shares', () => {
    for (const r of reports) {
      const bad = r.verdict.findings.filter((f) => ['caution', 'high', 'critical'].includes(f.level)).map((f) => f.rule);
      expect(bad, r.id).not.toContain('slashing-veto');
      if (r.facts.withdrawal.known && (r.facts.withdrawal.value.maxDays ?? 0) <= 14) expect(bad, r.id).not.toContain('withdrawal-delay');
    }
  });

  it('a dimension takes its worst finding; "Couldn’t check" when nothing bad but a check could not run', () => {
    const f = (rule: string, level: 'ok' | 'caution' | 'unknown' | 'high') => ({ rule, title: rule, category: 'exit' as const, level, message: '', evidence: null, value: null, source: null, asOf: null });
    const marks = dimensionMarks([f('withdrawal-delay', 'ok'), f('peg', 'unknown'), f('incidents', 'high'), f('time-live', 'ok'), f('yield-sustainability', 'ok')]);
    expect(Object.fromEntries(marks.map((m) => [m.id, m.level]))).toEqual({ contracts: 'unknown', slashing: 'unknown', exit: 'unknown', yield: 'ok', 'track-record': 'high' });
  });

  it('says "Partly checked" where part of a dimension was measured or its number is shown', () => {
    const f = (rule: string, level: 'ok' | 'unknown') => ({ rule, title: rule, category: 'exit' as const, level, message: '', evidence: null, value: null, source: null, asOf: null });
    const marks = dimensionMarks([f('withdrawal-delay', 'ok'), f('peg', 'unknown'), f('yield-sustainability', 'unknown'), f('audits', 'unknown')], { yield: true });
    expect(Object.fromEntries(marks.map((m) => [m.id, m.levelLabel]))).toMatchObject({ exit: 'Partly checked', yield: 'Partly checked', contracts: "Couldn't check" });
  });

  it.each(reports.map((r) => [r.id, r] as const))('%s: the yield mark agrees with the yield shown, and the why is not the first reason', (_id, report) => {
    const screen = tokenScreen(report);
    const apy = screen.numbers.find((n) => n.id === 'apy')!;
    const mark = screen.marks.find((m) => m.id === 'yield')!;
    if (apy.known) expect(mark.levelLabel).not.toBe("Couldn't check");
    for (const r of screen.reasons) expect(screen.why).not.toBe(r.text);
    expect(screen.why).toMatch(/checks/);
  });

  it('draws each wedge of the rosette from the centre', () => {
    expect(wedgePath(0, 4)).toBe('M50 50L50.00 4.00A46 46 0 0 1 96.00 50.00Z');
  });
});
