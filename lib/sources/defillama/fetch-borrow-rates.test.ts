import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startLocalServer, type LocalServer } from '../../../tests/fixtures/defillama/local-server.ts';
import { fetchBorrowRates } from './fetch-borrow-rates.ts';

const pools = readFileSync(new URL('../../../tests/fixtures/defillama/pools.json', import.meta.url), 'utf8');
const lendBorrow = readFileSync(new URL('../../../tests/fixtures/defillama/lend-borrow.json', import.meta.url), 'utf8');

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/good/pools': json(pools),
    '/good/lendBorrow': json(lendBorrow),
    '/empty/pools': json(pools),
    '/empty/lendBorrow': json('[]'),
    '/html/pools': json(pools),
    '/html/lendBorrow': json('<html>502</html>'),
  });
});
afterAll(() => server.close());

const deps = (path: string) => ({ fetch: globalThis.fetch, baseUrl: `${server.url}/${path}`, now: () => new Date('2026-11-25T12:00:00Z') });

describe('fetchBorrowRates', () => {
  it('joins /lendBorrow to the WETH lending pools of /pools by pool id', async () => {
    const result = await fetchBorrowRates(deps('good'));
    if (!result.ok) throw result.error;
    expect(result.source).toBe(`${server.url}/good/lendBorrow`);
    expect(result.asOf).toBe('2026-11-25T12:00:00.000Z');
    expect(result.data.rates).toEqual([
      {
        project: 'aave-v3',
        chainId: 1,
        symbol: 'WETH',
        pool: '1e8779f4-7420-5b08-8dea-7e107078db24',
        poolMeta: null,
        apyBaseBorrow: 2.41,
        apyRewardBorrow: null,
        totalSupplyUsd: 3900000000,
        totalBorrowUsd: 3300000000,
      },
    ]);
    // The weETH row (no borrow rate) and the string rate are not WETH lending pools: skipped, not counted as rejected.
    expect(result.data.rows).toBe(4);
  });

  it('fails, so the cache keeps what it had, when no borrow rate comes back', async () => {
    const empty = await fetchBorrowRates(deps('empty'));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.shortMessage).toMatch(/invalid payload|no WETH/i);
    expect((await fetchBorrowRates(deps('html'))).ok).toBe(false);
  });
});
