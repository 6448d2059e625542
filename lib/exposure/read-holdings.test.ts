import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AAVE_CORE as CORE, seedHoldings, WETH_BORROW_RAY } from '../../tests/fixtures/onchain/holdings-world.ts';
import { startAnvil, type AnvilInstance } from '../../tests/fixtures/onchain/start-anvil.ts';
import { main } from '../cli/main';
import { NO_LIVE_DATA } from '../report/live-data';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { createRpcClient } from '../sources/onchain/create-rpc-client';
import { rayRateToApy, readHoldings } from './read-holdings';
import { summarizeHoldings } from './summarize-holdings';

const ACCOUNT = '0x1111111111111111111111111111111111111111';

let anvil: AnvilInstance;
beforeAll(async () => {
  anvil = await startAnvil({ chainId: 1 });
  await seedHoldings(anvil, ACCOUNT);
}, 120_000);
afterAll(async () => {
  await anvil?.stop();
});

describe('readHoldings on anvil', () => {
  it('reads balances and the Aave position in one multicall', async () => {
    const calls: string[] = [];
    const client = createRpcClient(1, { rpcUrl: anvil.url, fetchFn: (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(init?.body ?? ''));
      return fetch(input, init);
    }) as typeof fetch });
    const h = await readHoldings(client, { account: ACCOUNT, chainId: 1 });
    expect(calls).toHaveLength(1);
    expect(h.failed).toEqual([]);
    expect(h.tokens.map((t) => [t.symbol, t.balance, t.kind])).toEqual(
      expect.arrayContaining([
        ['weETH', '12500000000000000000', 'lrt'],
        ['stETH', '3000000000000000000', 'lst'],
      ]),
    );
    expect(h.tokens).toHaveLength(2);
    expect(h.aave).toEqual([
      { pool: CORE, market: 'Core market', totalCollateralBase: '4000000000000', totalDebtBase: '3000000000000', liquidationThresholdBps: 9500, ltvBps: 9300, healthFactor: 1.2666 },
    ]);
    expect(h.wethBorrowApy).toBeCloseTo(rayRateToApy(WETH_BORROW_RAY), 2);
    expect(h.wethBorrowApy).toBeCloseTo(2.43, 2);
    expect(h.source).toMatch(/Multicall3/);

    const s = summarizeHoldings(h, loadSnapshot(), NO_LIVE_DATA);
    expect(s.holdings.find((x) => x.symbol === 'stETH')).toMatchObject({ amount: 3, slashableShare: 0 });
    expect(s.holdings.find((x) => x.symbol === 'weETH')).toMatchObject({ amount: 12.5, reportId: 'weeth', slashableShare: null });
    // weETH's share is not measured without an EigenLayer read: the total leaves it out and names it.
    expect(s).toMatchObject({ slashableTokens: 0, notKnown: ['weETH'] });
  });

  it('answers through the CLI with --rpc and --json', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (b) => (out += b));
    const code = await main(['exposure', ACCOUNT, '--rpc', anvil.url, '--json'], { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.holdings.map((h: { symbol: string }) => h.symbol).sort()).toEqual(['stETH', 'weETH']);
    expect(json.aave[0]).toMatchObject({ liquidationThresholdBps: 9500, healthFactor: 1.2666 });
  });

  it('exits 2 on an invalid address', async () => {
    let err = '';
    const stderr = new PassThrough();
    stderr.on('data', (b) => (err += b));
    expect(await main(['exposure', '0x12'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr })).toBe(2);
    expect(err).toBe('lrt-advisor: invalid address: "0x12"\n');
  });
});
