import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { monthsSince, unknownFrom } from '../measure-helpers';

/** Time in production: a young protocol has had less time for bugs to surface. */
export const timeLiveRule: RuleSpec = {
  id: 'time-live',
  title: 'Time live',
  category: 'contract',
  description: 'Months since the protocol launched on mainnet. Younger contracts have been tested by less time and less value.',
  unit: 'months',
  direction: 'lower-is-worse',
  thresholds: { caution: 12, high: 3 },
  needs: ['launchDate'],
  measure(ctx) {
    const fact = ctx.facts.launchDate;
    if (!fact.known) return unknownFrom(fact);
    return { kind: 'value', value: round(monthsSince(fact.value, ctx.now)), evidence: `launched ${fact.value}`, source: fact.source, asOf: fact.asOf };
  },
  message(value, level) {
    const age = value >= 24 ? `${Math.floor(value / 12)} years` : `${Math.round(value)} months`;
    return level === 'ok' ? `Live for ${age}.` : `Live for only ${age}.`;
  },
};
