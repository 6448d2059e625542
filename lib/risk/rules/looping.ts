import type { RuleSpec } from '../types';
import { round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** Leverage the looping strategies use on LRT collateral (borrow ETH, buy the LRT, supply it again). */
export const LOOP_LEVERAGE = 10;

/** The loop measured: LOOP_LEVERAGE×, or one turn below the most this market's threshold allows. */
export function loopLeverage(liquidationThreshold: number): number {
  return Math.max(1, Math.min(LOOP_LEVERAGE, 1 / (1 - liquidationThreshold) - 1));
}

/**
 * An LRT supplied as collateral, usually to loop it. Looped LRT positions are liquidated by a market-price drop
 * that never touches the redemption value: ezETH on 2024-04-24 (snapshot incident renzo-ezeth-depeg-2024-04-24:
 * over $60M liquidated on Gearbox and Morpho). Value: the fall in the LRT's price, in %, that liquidates a
 * position looped to `loopLeverage(LT)`× at this market's liquidation threshold.
 *   leverage L = collateral / equity, debt = C·(1 − 1/L); liquidated when C·(1 − d)·LT < debt
 *   ⇒ d = 1 − (1 − 1/L) / LT
 */
export const loopingRule: RuleSpec = {
  id: 'looping',
  title: 'Collateral loop',
  category: 'looping',
  description: `When you supply an LRT as collateral: the drop in its market price that liquidates a position looped to ${LOOP_LEVERAGE}× at the market's liquidation threshold. LRT prices can fall far below their redemption value in a rush to exit (ezETH, April 2024). A supply borrows nothing yet, so this line is at most a caution; a supply is judged high on the LRT's own risk, not on the market it goes to.`,
  unit: '% price drop',
  direction: 'lower-is-worse',
  // No high: the supply itself borrows nothing; the loop is what the person may do next (issue: everyday supplies to a
  // registered lending market are not HIGH because of the market).
  thresholds: { caution: 25 },
  needs: ['intent', 'liquidationThreshold'],
  measure(ctx) {
    if (ctx.intent?.action !== 'supply-collateral') return { kind: 'not-applicable', reason: 'Not supplying collateral.' };
    const fact = ctx.facts.liquidationThreshold;
    if (!fact.known) return unknownFrom(fact);
    const lt = fact.value;
    const leverage = loopLeverage(lt);
    const drop = Math.min(1, Math.max(0, 1 - (1 - 1 / leverage) / lt));
    return {
      kind: 'value',
      value: round(drop * 100),
      evidence: `liquidation threshold ${round(lt * 100)}%, ${round(leverage)}× loop; ezETH fell to about 0.2 ETH on Uniswap on 2024-04-24`,
      source: fact.source,
      asOf: fact.asOf,
      detail: String(round(leverage)),
    };
  },
  message(value, _level, detail) {
    return `If you borrow against it in a ${detail ?? LOOP_LEVERAGE}× loop, a ${value}% fall in this token's market price liquidates you, even if its redemption value holds.`;
  },
};
