import type { RuleSpec } from '../types';
import { bpsPct, round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';


/**
 * Buying an LRT on a market instead of depositing with the protocol: the premium over its redemption value is
 * what the trade costs beyond a deposit. A discount is a bargain only as long as the exit it prices in holds.
 */
export const buyPriceRule: RuleSpec = {
  id: 'buy-price',
  title: 'Price vs depositing',
  category: 'exit',
  judges: ['exposure'],
  description:
    'When you buy an LRT on a market: how much more than its redemption value you pay, in basis points, against depositing with the protocol directly.',
  unit: 'bps',
  direction: 'higher-is-worse',
  thresholds: { caution: 50, high: 300 },
  needs: ['intent', 'peg'],
  measure(ctx) {
    if (ctx.intent?.action !== 'swap' || !ctx.intent.token) return { kind: 'not-applicable', reason: 'Not buying on a market.' };
    if (ctx.intent.derivative) return { kind: 'not-applicable', reason: `A ${ctx.intent.derivative.kind} is priced by its Pendle market, not against the LRT's redemption value.` };
    const fact = ctx.facts.peg;
    if (!fact.known) return unknownFrom(fact);
    const { marketPrice, redemptionValue, market } = fact.value;
    if (!(redemptionValue > 0)) return { kind: 'unknown', reason: 'the redemption value is not positive', source: fact.source, asOf: fact.asOf };
    const bps = round(((marketPrice - redemptionValue) / redemptionValue) * 10_000);
    return {
      kind: 'value',
      value: Math.max(0, bps),
      evidence: `${marketPrice.toFixed(4)} ETH on ${market} vs ${redemptionValue.toFixed(4)} ETH redemption value`,
      source: fact.source,
      asOf: fact.asOf,
      detail: bps < 0 ? `Buying here costs ${bpsPct(-bps)} less than depositing with the protocol.` : undefined,
    };
  },
  message(value, _level, detail) {
    if (detail) return detail;
    return value === 0 ? 'Buying here costs the same as depositing with the protocol.' : `Buying here costs ${bpsPct(value)} more than depositing with the protocol.`;
  },
};
