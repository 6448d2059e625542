import type { RuleSpec } from '../types';
import { usd } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** Total value locked: small pools have thin exits and attract less scrutiny. */
export const tvlRule: RuleSpec = {
  id: 'tvl',
  title: 'Value locked',
  category: 'contract',
  description: 'Total value locked in the protocol (DefiLlama). Small protocols draw less scrutiny and have thinner markets to exit through.',
  unit: 'USD',
  direction: 'lower-is-worse',
  thresholds: { caution: 50_000_000, high: 5_000_000 },
  needs: ['tvlUsd'],
  measure(ctx) {
    const fact = ctx.facts.tvlUsd;
    if (!fact.known) return unknownFrom(fact);
    return { kind: 'value', value: fact.value, evidence: `TVL ${usd(fact.value)}`, source: fact.source, asOf: fact.asOf };
  },
  message(value, level) {
    return level === 'ok' ? `${usd(value)} locked.` : `Only ${usd(value)} locked.`;
  },
};
