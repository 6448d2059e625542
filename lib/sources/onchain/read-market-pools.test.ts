import { decodeFunctionData, encodeFunctionResult, type Address, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { curveTwocryptoAbi, uniswapV3PoolAbi, uniswapV3QuoterAbi, wstEthAbi } from './abis.ts';
import type { RawResult } from './aggregate3.ts';
import { CallRevertedError } from './errors.ts';
import { okFact, type OnchainFact } from './fact.ts';
import { marketCalls, marketFact, PRICE_PROBE } from './read-market.ts';
import type { RateValue } from './read-rates.ts';
import { marketTargets, type UniswapV3MarketTarget } from './targets.ts';

const e18 = 10n ** 18n;
const target = marketTargets.find((t): t is UniswapV3MarketTarget => t.kind === 'uniswap-v3')!;
const rate: OnchainFact<RateValue> = okFact({ protocol: 'kelp', chainId: 1, symbol: 'rsETH', ethPerTokenWad: 1_050_000_000_000_000_000n }, { source: 'rpc:1:LRTOracle.rsETHPrice', asOf: 1, blockNumber: 1n });
const ctx = { chainId: 1, asOf: 2, block: { number: 7n, timestamp: 8n, chainId: 1 } };
const amounts = [e18, 100n * e18];

/** What the pool, the two tokens and the Quoter answer, ABI-encoded as the node returns them. */
function answers(o: { factory?: Address; token0?: Address; token1?: Address; fee?: number; quotes?: (bigint | null)[] } = {}): RawResult[] {
  const pool = (functionName: 'factory' | 'token0' | 'token1' | 'fee', value: Address | number): RawResult => ({
    ok: true,
    data: encodeFunctionResult({ abi: uniswapV3PoolAbi, functionName, result: value as never }),
  });
  const word = (abi: typeof uniswapV3PoolAbi | typeof uniswapV3QuoterAbi, functionName: 'balanceOf' | 'quoteExactInputSingle', v: bigint): RawResult => ({
    ok: true,
    data: encodeFunctionResult({ abi, functionName, result: v } as never) as Hex,
  });
  // A probe of 0.01 rsETH and sales of 1 and 100: 0.9995 WETH each for the first two, the last beyond the pool.
  const quotes = o.quotes ?? [9_995_000_000_000_000n, 999_500_000_000_000_000n, null];
  return [
    pool('factory', o.factory ?? target.factory),
    pool('token0', o.token0 ?? target.lrt),
    pool('token1', o.token1 ?? target.quote),
    pool('fee', o.fee ?? target.fee),
    word(uniswapV3PoolAbi, 'balanceOf', 40n * e18),
    word(uniswapV3PoolAbi, 'balanceOf', 60n * e18),
    ...quotes.map((q): RawResult => (q === null ? { ok: false, error: new CallRevertedError({ details: 'pool cannot pay' }) } : word(uniswapV3QuoterAbi, 'quoteExactInputSingle', q))),
  ];
}

describe('a Uniswap v3 market read', () => {
  it("asks the pool for its factory, pair and fee, the tokens for the pool's balances, and the Quoter for each sale", () => {
    const calls = marketCalls(target, amounts);
    expect(calls.map((c) => c.label)).toEqual([
      'UniswapV3Pool.factory',
      'UniswapV3Pool.token0',
      'UniswapV3Pool.token1',
      'UniswapV3Pool.fee',
      'ERC20.balanceOf',
      'ERC20.balanceOf',
      ...Array(3).fill('UniswapV3Quoter.quoteExactInputSingle'),
    ]);
    expect(calls.slice(0, 4).every((c) => c.target === target.pool)).toBe(true);
    expect(calls.slice(4, 6).map((c) => c.target)).toEqual([target.lrt, target.quote]);
    const quoted = calls.slice(6).map((c) => {
      expect(c.target).toBe('0xb27308f9F90D607463bb33eA1BeBb41C27CE5AB6');
      return decodeFunctionData({ abi: uniswapV3QuoterAbi, data: c.callData }).args;
    });
    // Sell rsETH for WETH at the pool's 0.05 % tier, with no price limit: the probe, then each amount.
    expect(quoted).toEqual([PRICE_PROBE, ...amounts].map((a) => [target.lrt, target.quote, 500, a, 0n]));
  });

  it('prices the LRT from the probe and keeps each sale the pool can pay', () => {
    const fact = marketFact(target, amounts, answers(), rate, ctx);
    expect(fact.status).toBe('ok');
    if (fact.status !== 'ok') return;
    expect(fact.value).toMatchObject({ venue: 'Uniswap v3', priceWad: 999_500_000_000_000_000n, lrtBalance: 40n * e18, quoteBalance: 60n * e18 });
    expect(fact.value.depegBps).toBeCloseTo(480.95, 1);
    // The 100-rsETH sale reverted: that size has no market here, and the rest still stands.
    expect(fact.value.quotes.map((q) => q.amountIn)).toEqual([e18]);
    expect(fact.source).toBe('rpc:1:UniswapV3Quoter.quoteExactInputSingle');
    expect(fact.blockNumber).toBe(7n);
  });

  it('takes the pair in either order, as token0 and token1 sort by address', () => {
    expect(marketFact(target, amounts, answers({ token0: target.quote, token1: target.lrt }), rate, ctx).status).toBe('ok');
  });

  it('prices nothing on a pool that is not the expected one', () => {
    const failed = (o: Parameters<typeof answers>[0]) => {
      const f = marketFact(target, amounts, answers(o), rate, ctx);
      return f.status === 'failed' ? f.error.details : f.status;
    };
    expect(failed({ token1: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84' })).toBe('pool coins are not the expected pair');
    expect(failed({ fee: 3000 })).toBe('pool fee tier 3000, expected 500');
    expect(failed({ factory: '0x0000000000000000000000000000000000000001' })).toBe('pool is not from the Uniswap v3 factory');
    expect(failed({ quotes: [0n, 0n, 0n] })).toBe('pool quotes zero');
  });
});

describe('a market quoted in wstETH', () => {
  const yn = marketTargets.find((t) => t.protocol === 'yieldnest')!;
  const ynRate: OnchainFact<RateValue> = okFact({ protocol: 'yieldnest', chainId: 1, symbol: 'ynETH', ethPerTokenWad: e18 }, { source: 's', asOf: 1, blockNumber: 1n });
  const word = (v: bigint | Address): RawResult => ({ ok: true, data: encodeFunctionResult({ abi: curveTwocryptoAbi, functionName: typeof v === 'bigint' ? 'get_dy' : 'coins', result: v } as never) });

  it("asks the Twocrypto pool with unsigned indices, and wstETH's rate last", () => {
    const calls = marketCalls(yn, [e18]);
    expect(decodeFunctionData({ abi: curveTwocryptoAbi, data: calls[4]!.callData })).toMatchObject({ functionName: 'get_dy', args: [0n, 1n, PRICE_PROBE] });
    expect(calls.at(-1)).toMatchObject({ target: yn.quote, label: 'wstETH.stEthPerToken' });
    expect(decodeFunctionData({ abi: wstEthAbi, data: calls.at(-1)!.callData }).functionName).toBe('stEthPerToken');
  });

  it("counts each wstETH paid at wstETH's rate, and prices nothing when that rate cannot be read", () => {
    // ynETH first; 0.01 ynETH buys 0.008 wstETH both ways round, 1 ynETH 0.8; wstETH is worth 1.2 stETH.
    const pool = [word(yn.lrt), word(yn.quote), word(10n * e18), word(9n * e18), ...[8n, 8n, 800n, 800n].map((n) => word((n * e18) / 1000n))];
    const rated = marketFact(yn, [e18], [...pool, { ok: true, data: encodeFunctionResult({ abi: wstEthAbi, functionName: 'stEthPerToken', result: 1_200_000_000_000_000_000n }) }], ynRate, ctx);
    expect(rated.status === 'ok' && [rated.value.priceWad, rated.value.quotes[0]!.amountOut]).toEqual([960_000_000_000_000_000n, 960_000_000_000_000_000n]);
    const unrated = marketFact(yn, [e18], [...pool, { ok: false, error: new CallRevertedError({ details: 'no reason' }) }], ynRate, ctx);
    expect(unrated.status).toBe('failed');
  });
});
