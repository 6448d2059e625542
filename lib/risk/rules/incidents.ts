import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { monthsSince, unknownFrom } from '../measure-helpers';

/** Months since the last incident that cost holders funds or broke the peg. */
export const incidentsRule: RuleSpec = {
  id: 'incidents',
  title: 'Incidents',
  category: 'incidents',
  description:
    'Months since the most recent incident that hit holders’ funds or the token’s price (exploits, depegs), from the incident list with sources. Operational incidents are listed but do not count.',
  unit: 'months',
  direction: 'lower-is-worse',
  thresholds: { caution: 24, high: 12 },
  needs: ['incidents'],
  measure(ctx) {
    const fact = ctx.facts.incidents;
    if (!fact.known) return unknownFrom(fact);
    const serious = fact.value.filter((i) => i.impact === 'funds' || i.impact === 'peg').sort((a, b) => (b.date > a.date ? 1 : -1));
    const latest = serious[0];
    if (!latest)
      return {
        kind: 'value',
        value: Number.POSITIVE_INFINITY,
        evidence: fact.value.length ? `${fact.value.length} operational incident${fact.value.length === 1 ? '' : 's'}, none hit funds or the peg` : 'no incident on record',
        source: fact.source,
        asOf: fact.asOf,
      };
    return {
      kind: 'value',
      value: round(monthsSince(latest.date, ctx.now)),
      evidence: serious.map((i) => `${i.date}: ${i.title}`).join('; '),
      source: latest.source,
      asOf: fact.asOf,
      detail: latest.title,
    };
  },
  message(value, level, detail) {
    if (!Number.isFinite(value)) return 'No incident that hit funds or the peg is on record.';
    const when = value < 1 ? 'less than a month ago' : `${Math.round(value)} months ago`;
    return level === 'ok' ? `Last serious incident ${when}.` : `${detail ?? 'A serious incident'} happened ${when}.`;
  },
};
