import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, stall, startLocalServer, stream, type LocalServer } from '../../../tests/fixtures/defillama/local-server.ts';
import { depegBps } from './depeg-bps.ts';
import { ETH_COIN, fetchPrices } from './fetch-prices.ts';
import { lrtPriceInEth } from './lrt-price-in-eth.ts';

const fixture = readFileSync(new URL('../../../tests/fixtures/defillama/coins.json', import.meta.url), 'utf8');
const WEETH = 'ethereum:0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee';
const EZETH = 'ethereum:0xbf5495Efe5DB9ce00f80364C8B423567e58d2110';
const RSETH = 'ethereum:0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7';
const PUFETH = 'ethereum:0xD9A442856C234a39a81a089C06451EBAa4306a72';

let server: LocalServer;
let lastPath = '';
beforeAll(async () => {
  server = await startLocalServer({
    '/good/prices/current/*': (req, res) => {
      lastPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      return json(fixture)(req, res);
    },
    '/empty/prices/current/*': json({ coins: {} }),
    '/html/prices/current/*': (_req, res) => {
      res.writeHead(200).end('<html><script>alert(1)</script></html>');
    },
    '/huge/prices/current/*': stream(function* () {
      yield '{"coins":{"x":"';
      for (let i = 0; i < 50 * 1024; i++) yield 'y'.repeat(1024);
      yield '"}}';
    }),
    '/slow/prices/current/*': stall('{'),
  });
});
afterAll(() => server.close());

const deps = (path: string, timeoutMs?: number) => ({
  fetch: globalThis.fetch,
  baseUrl: `${server.url}/${path}`,
  ...(timeoutMs ? { timeoutMs } : {}),
});

describe('fetchPrices', () => {
  it('returns the requested prices with their own timestamps and lists the unusable ones', async () => {
    const result = await fetchPrices(deps('good'), { coins: [WEETH, EZETH, RSETH, PUFETH, ETH_COIN] });
    if (!result.ok) throw result.error;
    expect(lastPath).toBe(`/good/prices/current/${[WEETH, EZETH, RSETH, PUFETH, ETH_COIN].join(',')}`);
    expect(result.data.prices[WEETH]).toEqual({ price: 3268.5, symbol: 'weETH', asOf: new Date(1795600000 * 1000).toISOString(), confidence: 0.99, decimals: 18 });
    // rsETH's price is a string in the payload: missing, not coerced.
    expect(result.data.missing).toEqual([RSETH]);
    // The oldest price sets the result's as-of (pufETH's).
    expect(result.asOf).toBe(new Date(1795599400 * 1000).toISOString());
    // The payload's "__proto__" entry is never read and cannot reach the object's prototype.
    expect(Object.getPrototypeOf(result.data.prices)).toBe(Object.prototype);
    expect(JSON.stringify(result.data)).not.toContain('script');
  });

  it('refuses a bad coin list without a request', async () => {
    const before = server.hits.length;
    const result = await fetchPrices(deps('good'), { coins: ['ethereum:0x1/../../admin'] });
    expect(!result.ok && result.error.shortMessage).toBe('invalid payload');
    expect(server.hits.length).toBe(before);
  });

  it.each([
    ['empty', 'invalid payload'],
    ['html', 'invalid payload'],
    ['huge', 'too large'],
  ])('%s → failed: %s', async (path, message) => {
    const result = await fetchPrices(deps(path), { coins: [WEETH] });
    expect(!result.ok && result.error.shortMessage).toBe(message);
  });

  it('times out', async () => {
    const result = await fetchPrices(deps('slow', 200), { coins: [WEETH] });
    expect(!result.ok && result.error.shortMessage).toBe('timeout');
  });
});

describe('depeg', () => {
  it('is positive below the redemption value and negative above, in basis points', () => {
    expect(depegBps(0.99, 1)).toBeCloseTo(100, 9);
    expect(depegBps(1.0005, 1)).toBeCloseTo(-5, 9);
    expect(depegBps(1.0512, 1.0512)).toBe(0);
    // ezETH, 2024-04-24: about 0.2 ETH for a token redeemable for about 1.0 ETH.
    expect(depegBps(0.2, 1.02)).toBeCloseTo(8039.2, 1);
  });

  it('is null when either side is missing, so no price can read as "no depeg"', () => {
    for (const [m, r] of [
      [NaN, 1],
      [1, NaN],
      [0, 1],
      [1, 0],
      [-1, 1],
      [Infinity, 1],
    ] as const) {
      expect(depegBps(m, r)).toBeNull();
    }
  });

  it('prices an LRT in ETH from two USD prices with the older timestamp', async () => {
    const result = await fetchPrices(deps('good'), { coins: [PUFETH, ETH_COIN] });
    if (!result.ok) throw result.error;
    const puf = lrtPriceInEth(result.data, PUFETH);
    expect(puf?.priceEth).toBeCloseTo(3090.2 / 3050, 12);
    expect(puf?.asOf).toBe(new Date(1795599400 * 1000).toISOString());
    expect(lrtPriceInEth(result.data, RSETH)).toBeNull();
  });
});
