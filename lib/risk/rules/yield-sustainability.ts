import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** How much of the advertised yield is incentives (reward tokens) rather than staking and restaking income. */
export const yieldSustainabilityRule: RuleSpec = {
  id: 'yield-sustainability',
  title: 'Yield from incentives',
  category: 'yield',
  description:
    'Share of the yield paid in incentive tokens (DefiLlama apyReward) rather than through the exchange rate (apyBase). Incentives end; points programmes pay nothing measurable.',
  unit: '%',
  direction: 'higher-is-worse',
  thresholds: { caution: 30, high: 60 },
  needs: ['yieldSplit'],
  measure(ctx) {
    const fact = ctx.facts.yieldSplit;
    if (!fact.known) return unknownFrom(fact);
    const { apyBase, apyReward, points } = fact.value;
    if (apyBase === null && apyReward === null)
      return { kind: 'unknown', reason: 'no yield figures are available', source: fact.source, asOf: fact.asOf };
    const base = Math.max(0, apyBase ?? 0);
    const reward = Math.max(0, apyReward ?? 0);
    const total = base + reward;
    const share = total > 0 ? (reward / total) * 100 : 0;
    return {
      kind: 'value',
      value: round(share),
      evidence: `${round(base, 2)}% from the exchange rate, ${round(reward, 2)}% in reward tokens${points ? ', plus points' : ''}`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? `${value}% of the yield comes from incentives.` : `${value}% of the yield is incentives, which end.`;
  },
};
