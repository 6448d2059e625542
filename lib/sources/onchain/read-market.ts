import type { Address, Chain, Client, Transport } from 'viem';
import { depegBps } from '../defillama/depeg-bps.ts';
import { aggregate3, type RawCall, type RawResult } from './aggregate3.ts';
import { DependencyFailedError, ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { poolCalls, poolReading, poolVenue } from './read-market-pools.ts';
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
  /** What the pool pays out now, fee included (Curve `get_dy`, Uniswap's Quoter), in ETH as `priceWad` is. */
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
  /** Where the pool trades, as a person reads it: "Curve", "Uniswap v3". */
  venue: string;
  quoteSymbol: string;
  /** ETH per LRT for a 0.01-token sale, fee included (WAD): the quote token paid, at its rate where it is not WETH. */
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
  const { contract, fn } = poolVenue(t);
  const pool = rpcSource(t.chainId, contract, fn);
  return t.quoteRate ? `${pool} + ${rpcSource(t.chainId, t.quoteSymbol, 'stEthPerToken')}` : pool;
}

/** First-round reads for one pool: its pair and depth, the price probe, then one sale quote per amount. */
export function marketCalls(t: MarketTarget, amounts: readonly bigint[]): RawCall[] {
  return poolCalls(t, [PRICE_PROBE, ...amounts]);
}

export function marketFact(
  t: MarketTarget,
  amounts: readonly bigint[],
  results: readonly (RawResult | undefined)[],
  rate: OnchainFact<RateValue> | undefined,
  ctx: RoundContext,
): OnchainFact<MarketValue> {
  const base = { source: marketSource(t), asOf: ctx.asOf };
  const pool = poolReading(t, results);
  if (!pool.ok) return failedFact(pool.error, base);
  // What the pool pays, in ETH: a quote token other than WETH at its own rate.
  const sale = (k: number) => {
    const q = pool.sale(k);
    return q.ok ? { ok: true as const, value: (q.value * pool.quoteEthWad) / ONE } : q;
  };
  const probe = sale(0);
  if (!probe.ok) return failedFact(probe.error, base);
  if (probe.value === 0n) return failedFact(new ImplausibleValueError({ details: 'pool quotes zero' }), base);
  if (!rate || rate.status !== 'ok')
    return failedFact(new DependencyFailedError({ details: `redemption rate ${rate?.status === 'failed' ? rate.error.message : 'missing'}` }), base);
  const redemptionWad = rate.value.ethPerTokenWad;
  const priceWad = (probe.value * ONE) / PRICE_PROBE;

  const quotes: SaleQuote[] = [];
  for (const [i, amountIn] of amounts.entries()) {
    const q = sale(i + 1);
    // A quote larger than the pool can pay reverts; that size simply has no market here.
    if (!q.ok) continue;
    const redemptionOut = (amountIn * redemptionWad) / ONE;
    const lossWei = redemptionOut - q.value;
    quotes.push({ amountIn, amountOut: q.value, redemptionOut, lossWei, lossBps: depegBps(Number(q.value) / Number(amountIn), Number(redemptionOut) / Number(amountIn)) });
  }
  return okFact(
    {
      protocol: t.protocol,
      pool: t.pool,
      venue: poolVenue(t).venue,
      quoteSymbol: t.quoteSymbol,
      priceWad,
      redemptionWad,
      depegBps: depegBps(Number(priceWad) / 1e18, Number(redemptionWad) / 1e18),
      quotes,
      lrtBalance: pool.lrtBalance,
      quoteBalance: pool.quoteBalance,
    },
    { ...base, blockNumber: ctx.block?.number ?? null, ...(t.quoteRate && { note: `${t.quoteSymbol} counted at its stETH rate, stETH at 1 ETH` }) },
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
