import type { Address, Chain, Client, Transport } from 'viem';
import { depegBps } from '../defillama/depeg-bps.ts';
import { curveStableNgAbi } from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { BadReturnDataError, DependencyFailedError, ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import type { RateValue } from './read-rates.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { MarketTarget, ProtocolId } from './targets.ts';

const ONE = 10n ** 18n;

/** Small enough to read the marginal price, large enough that the pool's integer rounding is noise (0.01 token). */
export const PRICE_PROBE = ONE / 100n;

/** Sale sizes quoted when the caller names none: 1, 10 and 100 tokens. */
export const DEFAULT_SELL_AMOUNTS: readonly bigint[] = [ONE, 10n * ONE, 100n * ONE];

export interface SaleQuote {
  amountIn: bigint;
  /** What the pool pays out now, fee included (`get_dy`). */
  amountOut: bigint;
  /** What the same amount redeems for at the protocol's rate (after its withdrawal queue). */
  redemptionOut: bigint;
  /** `redemptionOut - amountOut`: what selling now instead of redeeming costs; negative is a premium. */
  lossWei: bigint;
  lossBps: number | null;
}

export interface MarketValue {
  protocol: ProtocolId;
  pool: Address;
  quoteSymbol: string;
  /** Quote token per LRT for a 0.01-token sale, fee included (WAD). */
  priceWad: bigint;
  redemptionWad: bigint;
  /** Positive: trades below redemption value. Same definition as the DefiLlama side (`depegBps`). */
  depegBps: number | null;
  quotes: SaleQuote[];
  /** Pool balances: the depth behind the quotes. */
  lrtBalance: bigint;
  quoteBalance: bigint;
}

export function marketSource(t: MarketTarget): string {
  return rpcSource(t.chainId, 'CurveStableSwapNG', 'get_dy');
}

/**
 * First-round reads for one pool. The coin order is read, not assumed (third-party sources disagree on it for the
 * weETH pool), so every quote is asked in both directions and the right one is kept.
 */
export function marketCalls(t: MarketTarget, amounts: readonly bigint[]): RawCall[] {
  const pool = t.pool;
  const label = 'CurveStableSwapNG';
  return [
    encodeRead(pool, `${label}.coins`, { abi: curveStableNgAbi, functionName: 'coins', args: [0n] }),
    encodeRead(pool, `${label}.coins`, { abi: curveStableNgAbi, functionName: 'coins', args: [1n] }),
    encodeRead(pool, `${label}.balances`, { abi: curveStableNgAbi, functionName: 'balances', args: [0n] }),
    encodeRead(pool, `${label}.balances`, { abi: curveStableNgAbi, functionName: 'balances', args: [1n] }),
    ...[PRICE_PROBE, ...amounts].flatMap((dx) => [
      encodeRead(pool, `${label}.get_dy`, { abi: curveStableNgAbi, functionName: 'get_dy', args: [0n, 1n, dx] }),
      encodeRead(pool, `${label}.get_dy`, { abi: curveStableNgAbi, functionName: 'get_dy', args: [1n, 0n, dx] }),
    ]),
  ];
}

export function marketFact(
  t: MarketTarget,
  amounts: readonly bigint[],
  results: readonly (RawResult | undefined)[],
  rate: OnchainFact<RateValue> | undefined,
  ctx: RoundContext,
): OnchainFact<MarketValue> {
  const base = { source: marketSource(t), asOf: ctx.asOf };
  const coin0 = decodeRead(results[0], { abi: curveStableNgAbi, functionName: 'coins' });
  const coin1 = decodeRead(results[1], { abi: curveStableNgAbi, functionName: 'coins' });
  if (!coin0.ok) return failedFact(coin0.error, base);
  if (!coin1.ok) return failedFact(coin1.error, base);
  const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();
  const lrtIndex = same(coin0.value, t.lrt) && same(coin1.value, t.quote) ? 0 : same(coin1.value, t.lrt) && same(coin0.value, t.quote) ? 1 : -1;
  if (lrtIndex < 0) return failedFact(new BadReturnDataError({ details: 'pool coins are not the expected pair' }), base);
  const bal0 = decodeRead(results[2], { abi: curveStableNgAbi, functionName: 'balances' });
  const bal1 = decodeRead(results[3], { abi: curveStableNgAbi, functionName: 'balances' });
  if (!bal0.ok) return failedFact(bal0.error, base);
  if (!bal1.ok) return failedFact(bal1.error, base);

  const dy = (k: number) => decodeRead(results[4 + 2 * k + lrtIndex], { abi: curveStableNgAbi, functionName: 'get_dy' });
  const probe = dy(0);
  if (!probe.ok) return failedFact(probe.error, base);
  if (probe.value === 0n) return failedFact(new ImplausibleValueError({ details: 'pool quotes zero' }), base);
  if (!rate || rate.status !== 'ok')
    return failedFact(new DependencyFailedError({ details: `redemption rate ${rate?.status === 'failed' ? rate.error.message : 'missing'}` }), base);
  const redemptionWad = rate.value.ethPerTokenWad;
  const priceWad = (probe.value * ONE) / PRICE_PROBE;

  const quotes: SaleQuote[] = [];
  for (const [i, amountIn] of amounts.entries()) {
    const q = dy(i + 1);
    // A quote larger than the pool can pay reverts in get_dy; that size simply has no market here.
    if (!q.ok) continue;
    const redemptionOut = (amountIn * redemptionWad) / ONE;
    const lossWei = redemptionOut - q.value;
    quotes.push({ amountIn, amountOut: q.value, redemptionOut, lossWei, lossBps: depegBps(Number(q.value) / Number(amountIn), Number(redemptionOut) / Number(amountIn)) });
  }
  return okFact(
    {
      protocol: t.protocol,
      pool: t.pool,
      quoteSymbol: t.quoteSymbol,
      priceWad,
      redemptionWad,
      depegBps: depegBps(Number(priceWad) / 1e18, Number(redemptionWad) / 1e18),
      quotes,
      lrtBalance: lrtIndex === 0 ? bal0.value : bal1.value,
      quoteBalance: lrtIndex === 0 ? bal1.value : bal0.value,
    },
    { ...base, blockNumber: ctx.block?.number ?? null },
  );
}

/** Reads one pool's price and sale quotes, in one multicall, against an already-read redemption rate. */
export async function readMarket(
  client: Client<Transport, Chain>,
  params: { target: MarketTarget; rate: OnchainFact<RateValue>; amounts?: readonly bigint[] },
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<OnchainFact<MarketValue>> {
  const now = options.now ?? Date.now;
  const amounts = params.amounts ?? DEFAULT_SELL_AMOUNTS;
  const res = await aggregate3(client, marketCalls(params.target, amounts), { signal: options.signal });
  return marketFact(params.target, amounts, res.results, params.rate, { chainId: client.chain.id, asOf: now(), block: res.block });
}
