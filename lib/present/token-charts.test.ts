import { describe, expect, it } from 'vitest';
import type { RiskFacts } from '../risk/types';
import { exitChart, exposureChart, priceChart, yieldChart } from './token-charts';
import { viewProblems } from '../../tests/support/wording';

const notRead = { known: false as const, reason: 'not read yet' };

describe('token page charts', () => {
  it('draws yield on one axis for every token: 2.9 % is the same length whatever the other token pays', () => {
    const a = yieldChart([{ key: 'rate', label: 'Exchange rate', apy: 2.9 }])!;
    const b = yieldChart([
      { key: 'base', label: 'Staking', apy: 2.9 },
      { key: 'restaking', label: 'Restaking', apy: 1.1 },
    ])!;
    expect(a.axis).toBe(10);
    expect(a.segments[0]!.width).toBeCloseTo(0.29);
    expect(b.segments[0]!.width).toBeCloseTo(0.29);
    expect(b.segments[1]).toMatchObject({ from: expect.closeTo(0.29), width: expect.closeTo(0.11) });
    expect(b.desc).toContain('total 4.00 % a year');
    expect(yieldChart([])).toBeNull();
  });

  it('slashing exposure by service, largest first, and nothing when the exposure was not read', () => {
    const exposure: RiskFacts['exposure'] = {
      known: true,
      source: 'rpc',
      asOf: '2026-11-25',
      value: {
        operatorCount: 2,
        topOperatorShare: 0.5,
        stakerListOrigin: 'onchain',
        operatorSets: [
          { avs: '0x1111111111111111111111111111111111111111', avsName: 'EigenDA', operatorSetId: 0, slashableShare: 0.05, live: true, destination: 'burn', recipient: null },
          { avs: '0x2222222222222222222222222222222222222222', avsName: 'Quiet AVS', operatorSetId: 1, slashableShare: 0.3, live: false, destination: 'unknown', recipient: null },
        ],
      },
    };
    const chart = exposureChart(exposure)!;
    expect(chart.bars.map((b) => [b.label, b.value])).toEqual([
      ['Quiet AVS #1', '30%'],
      ['EigenDA #0', '5%'],
    ]);
    expect(chart.desc).toBe('Quiet AVS #1: 30%, slashing not live; EigenDA #0: 5%');
    expect(exposureChart(notRead)).toBeNull();
  });

  it('exit: redeeming takes days on the shared axis; selling now says its price, or that it was not read', () => {
    const withdrawal: RiskFacts['withdrawal'] = { known: true, value: { minDays: 7, maxDays: 10, text: '' }, source: 's', asOf: '2026-11-25' };
    const peg: RiskFacts['peg'] = { known: true, value: { marketPrice: 0.99, redemptionValue: 1, market: 'Curve' }, source: 's', asOf: '2026-11-25' };
    const read = exitChart({ withdrawal, peg, priceImpact: notRead });
    expect(read).toMatchObject({ axisDays: 60, redeem: { from: 7, to: 10, text: '7–10 days' } });
    expect(read.desc).toBe('Redeem through the protocol: 7–10 days. Sell now: today, 1.0 % below value.');
    const unread = exitChart({ withdrawal: notRead, peg: notRead, priceImpact: notRead });
    expect(unread.redeem).toBeNull();
    expect(unread.desc).toContain("couldn't check the delay");
    expect(viewProblems([read.desc, unread.desc])).toEqual([]);
    const direct = exitChart({ withdrawal, peg: notRead, priceImpact: notRead }, false);
    expect(direct.sell).toEqual({ text: 'not possible, there is no token to sell', possible: false });
    expect(direct.desc).toBe('Redeem through the protocol: 7–10 days. Sell now: not possible, there is no token to sell.');
    expect(read.sell.possible).toBe(true);
  });

  it('price against value: the mark sits left of the value when the market pays less, without the pool address', () => {
    const chart = priceChart({ known: true, value: { marketPrice: 0.99, redemptionValue: 1, market: 'Curve pool 0xabcd…1234 (ETH)' }, source: 's', asOf: 'd' })!;
    expect(chart.at).toBeCloseTo(0.4);
    expect(chart.desc).not.toMatch(/0x/);
    expect(chart.desc).toContain('1.0 % below its value');
    expect(priceChart(notRead)).toBeNull();
  });
});
