import type { RuleSpec } from '../types';
import { unknownFrom } from '../measure-helpers';

/** How many independent audits of the LRT's contracts are on record. */
export const auditsRule: RuleSpec = {
  id: 'audits',
  title: 'Audits',
  category: 'contract',
  description: 'Number of published audit reports of the protocol’s contracts, with auditors and dates. Fewer reviews, more undiscovered bugs.',
  unit: 'audits',
  direction: 'lower-is-worse',
  thresholds: { caution: 1, high: 0 },
  needs: ['audits'],
  measure(ctx) {
    const fact = ctx.facts.audits;
    if (!fact.known) return unknownFrom(fact);
    const audits = fact.value;
    const dated = audits.filter((a) => a.date).sort((a, b) => (b.date! > a.date! ? 1 : -1));
    const auditors = [...new Set(audits.map((a) => a.auditor ?? 'unnamed auditor'))];
    const evidence =
      audits.length === 0
        ? 'no audit report found'
        : `${auditors.join(', ')}${dated[0] ? `; latest ${dated[0].date} (${dated[0].auditor ?? 'unnamed'})` : ''}`;
    return { kind: 'value', value: audits.length, evidence, source: fact.source, asOf: fact.asOf };
  },
  message(value, level) {
    if (level === 'high') return 'No audit report on record for these contracts.';
    if (level === 'caution') return 'Only one audit report on record.';
    return `${value} audit reports on record.`;
  },
};
