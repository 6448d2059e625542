import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { context, fact } from '../../../tests/support/risk-context';
import { auditsRule } from './audits';
import { auditRecencyRule } from './audit-recency';
import { timeLiveRule } from './time-live';
import { tvlRule } from './tvl';
import { upgradeabilityRule } from './upgradeability';
import type { AuditFact } from '../types';

const audit = (auditor: string, date: string | null): AuditFact => ({ auditor, subject: 'core', date, reportUrl: `https://audits.test/${auditor}` });

describe('audits', () => {
  it.each([
    [[], 'high', 'No audit report on record for these contracts.'],
    [[audit('Sigma Prime', '2025-01')], 'caution', 'Only one audit report on record.'],
    [[audit('Sigma Prime', '2025-01'), audit('Certora', '2026-03-02')], 'ok', '2 audit reports on record.'],
  ] as const)('%j → %s', (audits, level, message) => {
    const finding = evaluateRule(auditsRule, context({ audits: fact([...audits]) }));
    expect(finding).toMatchObject({ level, message });
  });
  it('names the auditors and the latest report', () => {
    const finding = evaluateRule(auditsRule, context({ audits: fact([audit('Sigma Prime', '2025-01'), audit('Certora', '2026-03-02')]) }));
    expect(finding.evidence).toBe('Sigma Prime, Certora; latest 2026-03-02 (Certora)');
  });
  it('is unknown when the audit list is unknown', () => {
    expect(evaluateRule(auditsRule, context()).level).toBe('unknown');
  });
});

describe('audit-recency', () => {
  it.each([
    ['2026-09-01', 'ok'],
    ['2025-08-01', 'caution'],
    ['2024-01-15', 'high'],
  ])('latest audit %s → %s', (date, level) => {
    expect(evaluateRule(auditRecencyRule, context({ audits: fact([audit('A', date), audit('B', null)]) })).level).toBe(level);
  });
  it('is unknown when no audit carries a date', () => {
    expect(evaluateRule(auditRecencyRule, context({ audits: fact([audit('A', null)]) }))).toMatchObject({
      level: 'unknown',
      message: 'Not checked: no audit report carries a date',
    });
  });
});

describe('time-live', () => {
  it.each([
    ['2023-11-15', 'ok', 'Live for 3 years.'],
    ['2026-01', 'caution', 'Live for only 11 months.'],
    ['2026-10-01', 'high', 'Live for only 2 months.'],
  ])('launched %s → %s', (date, level, message) => {
    expect(evaluateRule(timeLiveRule, context({ launchDate: fact(date) }))).toMatchObject({ level, message });
  });
});

describe('tvl', () => {
  it.each([
    [6_000_000_000, 'ok', '$6B locked.'],
    [20_000_000, 'caution', 'Only $20M locked.'],
    [1_200_000, 'high', 'Only $1.2M locked.'],
  ])('%d → %s', (tvl, level, message) => {
    expect(evaluateRule(tvlRule, context({ tvlUsd: fact(tvl) }))).toMatchObject({ level, message });
  });
});

describe('upgradeability', () => {
  it.each([
    [0, 'high'],
    [24, 'caution'],
    [72, 'ok'],
  ])('%d h timelock → %s', (hours, level) => {
    expect(evaluateRule(upgradeabilityRule, context({ upgradeDelayHours: fact(hours) })).level).toBe(level);
  });
});
