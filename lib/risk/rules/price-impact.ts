import type { RuleSpec } from '../types';
import { bpsPct, round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';
import { NO_TOKEN } from '../../present/token-details';


/** What selling the person's amount right now would cost: the exit when the queue is too slow. */
export const priceImpactRule: RuleSpec = {
  id: 'price-impact',
  title: 'Market depth',
  category: 'exit',
  description: 'Loss, in basis points, from selling your amount of the LRT for ETH on the deepest readable pool right now.',
  unit: 'bps',
  direction: 'higher-is-worse',
  thresholds: { caution: 50, high: 200, critical: 1000 },
  needs: ['priceImpact'],
  measure(ctx) {
    if (ctx.subject && ctx.subject.symbol === null) return { kind: 'not-applicable', reason: NO_TOKEN };
    const fact = ctx.facts.priceImpact;
    if (!fact.known) return unknownFrom(fact);
    return {
      kind: 'value',
      value: round(fact.value.bps),
      evidence: `selling ${fact.value.amount} on ${fact.value.market}`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? `Selling this amount now would cost about ${bpsPct(value)}.` : `Selling this amount now would cost about ${bpsPct(value)} (thin market).`;
  },
};
