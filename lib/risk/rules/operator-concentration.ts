import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** The largest operator's share of the delegated stake: one operator's fault slashes that much at once. */
export const operatorConcentrationRule: RuleSpec = {
  id: 'operator-concentration',
  title: 'Largest operator',
  category: 'slashing',
  description: 'Share of the LRT’s delegated stake run by its largest operator. One operator’s fault or key loss exposes that share at once.',
  unit: '%',
  direction: 'higher-is-worse',
  thresholds: { caution: 33, high: 60 },
  needs: ['exposure'],
  measure(ctx) {
    const fact = ctx.facts.exposure;
    if (!fact.known) return unknownFrom(fact);
    const { topOperatorShare, operatorCount } = fact.value;
    if (topOperatorShare === null || operatorCount === 0)
      return { kind: 'unknown', reason: 'no delegated stake was found', source: fact.source, asOf: fact.asOf };
    return {
      kind: 'value',
      value: round(topOperatorShare * 100),
      evidence: `${operatorCount} operator${operatorCount === 1 ? '' : 's'}`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? `No operator runs more than ${value}% of the stake.` : `One operator runs ${value}% of the stake.`;
  },
};
