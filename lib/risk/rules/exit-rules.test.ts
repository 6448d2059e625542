import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { context, fact } from '../../../tests/support/risk-context';
import { withdrawalDelayRule } from './withdrawal-delay';
import { priceImpactRule } from './price-impact';
import { pegRule } from './peg';

describe('withdrawal-delay', () => {
  it.each([
    [{ minDays: 1, maxDays: 5, text: 'queue' }, 'ok', 5],
    [{ minDays: 8, maxDays: 10, text: 'Kelp queue' }, 'ok', 10],
    [{ minDays: 14, maxDays: 14, text: 'EigenLayer escrow alone' }, 'ok', 14],
    [{ minDays: 3, maxDays: 29, text: 'queue + EigenLayer 14 days' }, 'caution', 29],
    [{ minDays: 7, maxDays: 60, text: 'a long queue' }, 'high', 60],
    [{ minDays: 3, maxDays: null, text: 'at least 3 days' }, 'ok', 3],
  ])('%j → %s', (w, level, value) => {
    expect(evaluateRule(withdrawalDelayRule, context({ withdrawal: fact(w) }))).toMatchObject({ level, value });
  });
  it('is unknown when no number is known', () => {
    expect(evaluateRule(withdrawalDelayRule, context({ withdrawal: fact({ minDays: null, maxDays: null, text: 'not documented' }) }))).toMatchObject({
      level: 'unknown',
      message: 'Not checked: not documented',
    });
  });
});

describe('price-impact', () => {
  it.each([
    [12, 'ok'],
    [80, 'caution'],
    [350, 'high'],
    [2500, 'critical'],
  ])('%d bps → %s', (bps, level) => {
    expect(evaluateRule(priceImpactRule, context({ priceImpact: fact({ bps, amount: 100, market: 'Curve weETH/WETH' }) })).level).toBe(level);
  });
});

describe('peg', () => {
  it.each([
    // Healthy: market within a few bps of the rate.
    [1.0705, 1.071, 'ok'],
    [1.06, 1.071, 'caution'],
    [1.04, 1.071, 'high'],
    // ezETH on 2024-04-24: printed about 0.2 ETH on Uniswap while redeemable for about 1.01 ETH
    // (snapshot incident renzo-ezeth-depeg-2024-04-24).
    [0.2, 1.01, 'critical'],
    // Trading above the rate is not a depeg.
    [1.08, 1.071, 'ok'],
  ])('market %d vs redemption %d → %s', (marketPrice, redemptionValue, level) => {
    expect(evaluateRule(pegRule, context({ peg: fact({ marketPrice, redemptionValue, market: 'Uniswap' }) })).level).toBe(level);
  });
  it('states the discount for the ezETH case', () => {
    const finding = evaluateRule(pegRule, context({ peg: fact({ marketPrice: 0.2, redemptionValue: 1.01, market: 'Uniswap ezETH/WETH' }) }));
    expect(finding.message).toBe('Trades 80.2% below its redemption value.');
    expect(finding.evidence).toBe('0.2000 ETH on Uniswap ezETH/WETH vs 1.0100 ETH redemption value');
  });
});
