import type { RuleSpec } from '../types';
import { bpsPct, round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';
import { NO_TOKEN } from '../../present/token-details';


/**
 * Market price below redemption value. ezETH, 2024-04-24: while it could not yet be redeemed, a rush to exit
 * printed it near 0.2 ETH on Uniswap and over $60M of loops were liquidated (snapshot incident
 * renzo-ezeth-depeg-2024-04-24).
 */
export const pegRule: RuleSpec = {
  id: 'peg',
  title: 'Price vs redemption value',
  category: 'exit',
  description:
    'How far the market price is below what the token redeems for (its exchange rate), in basis points. A discount means the market doubts the exit, or the exit is blocked.',
  unit: 'bps',
  direction: 'higher-is-worse',
  thresholds: { caution: 50, high: 200, critical: 500 },
  needs: ['peg'],
  measure(ctx) {
    if (ctx.subject && ctx.subject.symbol === null) return { kind: 'not-applicable', reason: NO_TOKEN };
    const fact = ctx.facts.peg;
    if (!fact.known) return unknownFrom(fact);
    const { marketPrice, redemptionValue, market } = fact.value;
    if (!(redemptionValue > 0)) return { kind: 'unknown', reason: 'the redemption value is not positive', source: fact.source, asOf: fact.asOf };
    const bps = ((redemptionValue - marketPrice) / redemptionValue) * 10_000;
    return {
      kind: 'value',
      value: round(Math.max(0, bps)),
      evidence: `${marketPrice.toFixed(4)} ETH on ${market} vs ${redemptionValue.toFixed(4)} ETH redemption value`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? 'Trades at its redemption value.' : `Trades ${bpsPct(value)} below its redemption value.`;
  },
};
