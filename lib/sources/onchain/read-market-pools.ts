/**
 * The pool side of a market read, per kind of pool: the calls that read one pool (its pair, depth and sale quotes in
 * one multicall), and their decoding into what `read-market.ts` prices against the redemption rate.
 */
import type { Address } from 'viem';
import { curveStableNgAbi, curveTwocryptoAbi, uniswapV3PoolAbi, uniswapV3QuoterAbi, wstEthAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { BadReturnDataError, type OnchainError } from './errors.ts';
import type { CurveMarketTarget, MarketTarget, UniswapV3MarketTarget } from './target-types.ts';

type Decoded<T> = { ok: true; value: T } | { ok: false; error: OnchainError };

/** A pool read back: its depth, and the quote token paid for each amount asked (`sale(0)` is the price probe). */
type PoolRead = { ok: false; error: OnchainError } | { ok: true; lrtBalance: bigint; quoteBalance: bigint; sale: (k: number) => Decoded<bigint> };

/** The same, with what one quote token is worth in ETH (WAD): 1 for WETH, `stEthPerToken()` for wstETH. */
export type PoolReading = { ok: false; error: OnchainError } | (Extract<PoolRead, { ok: true }> & { quoteEthWad: bigint });

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/** 0 or 1 when the pool's two coins are the target's LRT and quote token, in either order; -1 otherwise. */
function lrtIndexOf(t: MarketTarget, coin0: Address, coin1: Address): number {
  return same(coin0, t.lrt) && same(coin1, t.quote) ? 0 : same(coin1, t.lrt) && same(coin0, t.quote) ? 1 : -1;
}

const notThePair = (): PoolRead => ({ ok: false, error: new BadReturnDataError({ details: 'pool coins are not the expected pair' }) });

/**
 * Curve: the coin order is read, not assumed (third-party sources disagree on it for the weETH pool), so every quote
 * is asked in both directions and the right one is kept.
 */
function curveCalls(t: CurveMarketTarget, amounts: readonly bigint[]): RawCall[] {
  const label = curveContract(t);
  const read = (functionName: 'coins' | 'balances', i: bigint) => encodeRead(t.pool, `${label}.${functionName}`, { abi: curveStableNgAbi, functionName, args: [i] });
  const getDy = (i: bigint, j: bigint, dx: bigint) =>
    t.kind === 'curve-twocrypto-ng'
      ? encodeRead(t.pool, `${label}.get_dy`, { abi: curveTwocryptoAbi, functionName: 'get_dy', args: [i, j, dx] })
      : encodeRead(t.pool, `${label}.get_dy`, { abi: curveStableNgAbi, functionName: 'get_dy', args: [i, j, dx] });
  return [read('coins', 0n), read('coins', 1n), read('balances', 0n), read('balances', 1n), ...amounts.flatMap((dx) => [getDy(0n, 1n, dx), getDy(1n, 0n, dx)])];
}

const curveContract = (t: CurveMarketTarget) => (t.kind === 'curve-twocrypto-ng' ? 'CurveTwocryptoNG' : 'CurveStableSwapNG');

function curveReading(t: CurveMarketTarget, results: readonly (RawResult | undefined)[]): PoolRead {
  const coin0 = decodeRead(results[0], { abi: curveStableNgAbi, functionName: 'coins' });
  const coin1 = decodeRead(results[1], { abi: curveStableNgAbi, functionName: 'coins' });
  if (!coin0.ok) return coin0;
  if (!coin1.ok) return coin1;
  const lrtIndex = lrtIndexOf(t, coin0.value, coin1.value);
  if (lrtIndex < 0) return notThePair();
  const bal0 = decodeRead(results[2], { abi: curveStableNgAbi, functionName: 'balances' });
  const bal1 = decodeRead(results[3], { abi: curveStableNgAbi, functionName: 'balances' });
  if (!bal0.ok) return bal0;
  if (!bal1.ok) return bal1;
  return {
    ok: true,
    lrtBalance: lrtIndex === 0 ? bal0.value : bal1.value,
    quoteBalance: lrtIndex === 0 ? bal1.value : bal0.value,
    // Both ABIs' get_dy return one uint256.
    sale: (k) => decodeRead(results[4 + 2 * k + lrtIndex], { abi: curveStableNgAbi, functionName: 'get_dy' }),
  };
}

/**
 * Uniswap v3: the pool's factory, pair and fee tier are read and must match the target; the Quoter prices a sale on
 * the factory's pool for that pair and fee, which is this pool once those match. Depth is the pool's token balances.
 */
function uniswapV3Calls(t: UniswapV3MarketTarget, amounts: readonly bigint[]): RawCall[] {
  const label = 'UniswapV3Pool';
  const immutable = (functionName: 'factory' | 'token0' | 'token1' | 'fee') => encodeRead(t.pool, `${label}.${functionName}`, { abi: uniswapV3PoolAbi, functionName });
  return [
    immutable('factory'),
    immutable('token0'),
    immutable('token1'),
    immutable('fee'),
    encodeRead(t.lrt, 'ERC20.balanceOf', { abi: uniswapV3PoolAbi, functionName: 'balanceOf', args: [t.pool] }),
    encodeRead(t.quote, 'ERC20.balanceOf', { abi: uniswapV3PoolAbi, functionName: 'balanceOf', args: [t.pool] }),
    ...amounts.map((amountIn) =>
      encodeRead(t.quoter, 'UniswapV3Quoter.quoteExactInputSingle', {
        abi: uniswapV3QuoterAbi,
        functionName: 'quoteExactInputSingle',
        args: [t.lrt, t.quote, t.fee, amountIn, 0n],
      }),
    ),
  ];
}

function uniswapV3Reading(t: UniswapV3MarketTarget, results: readonly (RawResult | undefined)[]): PoolRead {
  const factory = decodeRead(results[0], { abi: uniswapV3PoolAbi, functionName: 'factory' });
  const token0 = decodeRead(results[1], { abi: uniswapV3PoolAbi, functionName: 'token0' });
  const token1 = decodeRead(results[2], { abi: uniswapV3PoolAbi, functionName: 'token1' });
  const fee = decodeRead(results[3], { abi: uniswapV3PoolAbi, functionName: 'fee' });
  if (!factory.ok) return factory;
  if (!token0.ok) return token0;
  if (!token1.ok) return token1;
  if (!fee.ok) return fee;
  if (lrtIndexOf(t, token0.value, token1.value) < 0) return notThePair();
  if (!same(factory.value, t.factory)) return { ok: false, error: new BadReturnDataError({ details: 'pool is not from the Uniswap v3 factory' }) };
  if (fee.value !== t.fee) return { ok: false, error: new BadReturnDataError({ details: `pool fee tier ${fee.value}, expected ${t.fee}` }) };
  const lrtBalance = decodeRead(results[4], { abi: uniswapV3PoolAbi, functionName: 'balanceOf' });
  const quoteBalance = decodeRead(results[5], { abi: uniswapV3PoolAbi, functionName: 'balanceOf' });
  if (!lrtBalance.ok) return lrtBalance;
  if (!quoteBalance.ok) return quoteBalance;
  return {
    ok: true,
    lrtBalance: lrtBalance.value,
    quoteBalance: quoteBalance.value,
    sale: (k) => decodeRead(results[6 + k], { abi: uniswapV3QuoterAbi, functionName: 'quoteExactInputSingle' }),
  };
}

/** Every read for one pool; `amounts[0]` is the price probe. A quote token's rate, if it has one, is asked last. */
export function poolCalls(t: MarketTarget, amounts: readonly bigint[]): RawCall[] {
  const calls = t.kind === 'uniswap-v3' ? uniswapV3Calls(t, amounts) : curveCalls(t, amounts);
  if (t.quoteRate) calls.push(encodeRead(t.quoteRate.address, `${t.quoteSymbol}.stEthPerToken`, { abi: wstEthAbi, functionName: 'stEthPerToken' }));
  return calls;
}

export function poolReading(t: MarketTarget, results: readonly (RawResult | undefined)[]): PoolReading {
  const pool = t.kind === 'uniswap-v3' ? uniswapV3Reading(t, results) : curveReading(t, results);
  if (!pool.ok) return pool;
  if (!t.quoteRate) return { ...pool, quoteEthWad: 10n ** 18n };
  const rate = decodeRead(results.at(-1), { abi: wstEthAbi, functionName: 'stEthPerToken' });
  return rate.ok ? { ...pool, quoteEthWad: rate.value } : rate;
}

/** The venue as a person reads it, and the view the quotes come from (the fact's source). */
export function poolVenue(t: MarketTarget): { venue: string; contract: string; fn: string } {
  return t.kind === 'uniswap-v3'
    ? { venue: 'Uniswap v3', contract: 'UniswapV3Quoter', fn: 'quoteExactInputSingle' }
    : { venue: 'Curve', contract: curveContract(t), fn: 'get_dy' };
}
