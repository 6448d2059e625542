import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeRateApy } from './exchange-rate-apy.ts';

// The /pools rows of pools.json (the columns DefiLlama's /pools returns; see tests/fixtures/defillama/README.md).
const rows = (JSON.parse(readFileSync(new URL('../../../tests/fixtures/defillama/pools.json', import.meta.url), 'utf8')) as { data: { project: string; symbol: string; apyBase: number | null; apyReward: number | null; apy: number | null }[] }).data;
const row = (project: string, symbol: string) => rows.find((r) => r.project === project && r.symbol === symbol)!;

describe('exchangeRateApy', () => {
  it('takes apyBase where the adaptor sets it', () => {
    expect(exchangeRateApy(row('ether.fi-stake', 'WEETH'))).toEqual({ apy: 2.95, from: 'apyBase' });
  });

  it('a YieldNest row with only apy: the whole apy is the exchange rate', () => {
    expect(row('yieldnest', 'YNETH')).toMatchObject({ apyBase: null, apyReward: null });
    expect(exchangeRateApy(row('yieldnest', 'YNETH'))).toEqual({ apy: 3.4, from: 'apy' });
  });

  it('with a reward campaign on top, apy is the total, so the rate part is apy less apyReward', () => {
    expect(exchangeRateApy({ ...row('yieldnest', 'YNETH'), apyReward: 0.5, apy: 3.9 })).toEqual({ apy: 3.4, from: 'apy' });
    expect(exchangeRateApy(row('yieldnest', 'YNLSDE'))).toEqual({ apy: 0, from: 'apy' });
  });

  it('no figure at all stays unknown', () => {
    expect(exchangeRateApy({ apyBase: null, apyReward: 0.2, apy: null })).toBeNull();
  });
});
