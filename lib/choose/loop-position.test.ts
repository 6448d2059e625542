import { describe, expect, it } from 'vitest';
import { known, unknown } from '../risk/fact';
import { liquidationDrop, LoopLeverageError, loopPosition, maxLeverage } from './loop-position';

const market = known({ liquidationThreshold: 0.95, maxLtv: 0.93, label: 'a test market', oracle: 'market-price' as const }, 'test', '2026-11-25');
const depeg = { id: 'renzo-ezeth-depeg-2024-04-24', date: '2024-04-24', title: 'ezETH depeg', fall: 0.8, source: 'test' };

describe('loopPosition', () => {
  it('matches a hand calculation: 3x at a 95 % threshold, 3 % yield, 2 % borrow rate', () => {
    // debt 2 ETH per 1 ETH of yours on 3 ETH of collateral; liquidated when 3·(1−d)·0.95 < 2 ⇒ d = 1 − 2/2.85 = 29.82 %
    // net APY = 3·3 − 2·2 = 5 %
    const r = loopPosition({ leverage: 3, market, lrtYield: known(3, 'y', '2026-11-25'), borrowRate: known(2, 'b', '2026-11-24'), depeg });
    expect(r.liquidationDrop).toMatchObject({ known: true, value: 29.82 });
    expect(r.netApy).toMatchObject({ known: true, value: 5, source: 'y + b', asOf: '2026-11-25' });
    expect(r.liquidationThreshold).toMatchObject({ known: true, value: 0.95, source: 'test' });
    expect(r.perEthOfYours).toEqual({ collateralEth: 3, debtEth: 2 });
    expect(r.depeg).toMatchObject({ liquidated: true });
    expect(r.reasons[0]).toBe('Looped 3x in a test market, a 29.82 % fall in the LRT’s price against ETH liquidates it (liquidation threshold 95 %).');
  });

  it('shows the liquidation drop shrinking as leverage grows', () => {
    const drops = [1, 2, 4, 8, 14].map((leverage) => loopPosition({ leverage, market, lrtYield: unknown('x'), borrowRate: unknown('y'), depeg: null }).liquidationDrop);
    const values = drops.map((d) => (d.known ? d.value : NaN));
    expect(values[0]).toBe(100);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
    expect(values.at(-1)).toBeCloseTo((1 - 13 / 14 / 0.95) * 100, 1);
    expect(liquidationDrop(10, 0.95)).toBeCloseTo(0.0526, 4);
  });

  it('names what it does not know instead of guessing the net APY', () => {
    const r = loopPosition({ leverage: 2, market, lrtYield: unknown('no live yield figures are cached'), borrowRate: known(2, 'b', '2026-11-24'), depeg: null });
    expect(r.netApy).toEqual({ known: false, reason: 'it needs the LRT’s yield (no live yield figures are cached)' });
    expect(r.reasons).toContain('Net APY not known: it needs the LRT’s yield (no live yield figures are cached).');
  });

  it('refuses a leverage below 1 or above the market’s maximum', () => {
    expect(maxLeverage(0.93)).toBeCloseTo(14.2857, 3);
    const run = (leverage: number) => () => loopPosition({ leverage, market, lrtYield: unknown('x'), borrowRate: unknown('y'), depeg: null });
    expect(run(0.5)).toThrow(new LoopLeverageError('leverage must be at least 1 (got 0.5)', { leverage: 0.5, maxLeverage: null }));
    expect(run(15)).toThrow('leverage 15 is above this market’s maximum of 14.29x (max LTV 93 %)');
    expect(run(14.28).bind(null)).not.toThrow();
  });

  it('says an exchange-rate oracle does not liquidate on a market depeg', () => {
    const rate = known({ liquidationThreshold: 0.945, maxLtv: 0.945, label: 'm', oracle: 'exchange-rate' as const }, 'test', '2026-08-21');
    const r = loopPosition({ leverage: 10, market: rate, lrtYield: unknown('x'), borrowRate: unknown('y'), depeg });
    expect(r.depeg).toMatchObject({ liquidated: false });
    expect(r.depeg!.sentence).toMatch(/prices the LRT by its exchange rate, so that fall alone would not liquidate/);
  });
});
