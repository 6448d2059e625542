import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { NO_LIVE_DATA } from './live-data';
import { reportEntries } from './report-entries';
import { buildTokenReport } from './token-report';
import { warningView } from './warning-view';

const snapshot = loadSnapshot();
const now = new Date('2026-11-25T12:00:00Z');
const reports = reportEntries(snapshot).map((entry) => buildTokenReport(entry, { snapshot, live: NO_LIVE_DATA, now }));

describe('warningView', () => {
  it.each(reports.map((r) => [r.id, r] as const))('%s: keeps what the warning shows, exactly', (_id, report) => {
    const view = warningView(report);
    expect(view).toMatchObject({ id: report.id, name: report.name, symbol: report.symbol, yield: report.yield, auditsNote: report.auditsNote });
    expect(view.facts).toEqual({
      exposure: report.facts.exposure,
      withdrawal: report.facts.withdrawal,
      priceImpact: report.facts.priceImpact,
      slashingModel: report.facts.slashingModel,
      peg: report.facts.peg,
    });
    expect(view.auditCount).toBe(report.audits.length);
    const dates = report.audits.map((a) => a.date).filter((d): d is string => !!d).sort();
    expect(view.latestAudit?.date ?? null).toBe(dates.at(-1) ?? null);
    if (view.latestAudit) expect(report.audits.some((a) => a.auditor === view.latestAudit!.auditor && a.date === view.latestAudit!.date)).toBe(true);
  });

  it('is a fraction of the report it summarises', () => {
    const full = reports.reduce((n, r) => n + JSON.stringify(r).length, 0);
    const slim = reports.reduce((n, r) => n + JSON.stringify(warningView(r)).length, 0);
    expect(slim / full).toBeLessThan(0.25);
  });
});
