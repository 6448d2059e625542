import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { monthsSince, unknownFrom } from '../measure-helpers';

/** Months since the latest dated audit: contracts change, old audits cover old code. */
export const auditRecencyRule: RuleSpec = {
  id: 'audit-recency',
  title: 'Latest audit',
  category: 'contract',
  description: 'Months since the most recent dated audit report. Upgradeable contracts change; an old audit may not cover the code you deposit into.',
  unit: 'months',
  direction: 'higher-is-worse',
  thresholds: { caution: 12, high: 24 },
  needs: ['audits'],
  measure(ctx) {
    const fact = ctx.facts.audits;
    if (!fact.known) return unknownFrom(fact);
    const latest = fact.value
      .filter((a) => a.date)
      .sort((a, b) => (b.date! > a.date! ? 1 : -1))[0];
    if (!latest) return { kind: 'unknown', reason: 'no audit report carries a date', source: fact.source, asOf: fact.asOf };
    const months = monthsSince(latest.date!, ctx.now);
    return {
      kind: 'value',
      value: round(months),
      evidence: `${latest.auditor ?? 'unnamed auditor'}, ${latest.date}: ${latest.subject}`,
      source: latest.reportUrl,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? `Latest audit ${Math.round(value)} months ago.` : `The latest audit is ${Math.round(value)} months old.`;
  },
};
