import { z } from 'zod';
import { boundedFetch, sourceFetchOptions } from '../bounded-fetch.ts';
import { InvalidPayloadError, toSourceError } from '../source-error.ts';
import type { HttpSourceDeps, SourceResult } from '../source-result.ts';

export const DEFILLAMA_COINS_URL = 'https://coins.llama.fi';
export const PRICES_MAX_BYTES = 1024 * 1024;
export const PRICES_TIMEOUT_MS = 10_000;

/** The price of ETH itself, to express an LRT's USD price in ETH. */
export const ETH_COIN = 'coingecko:ethereum';

/** `{chain}:{address}` or `coingecko:{id}` (DefiLlama/api-docs `defillama-openapi-free.json` `/prices/current/{coins}`). */
const COIN_KEY = /^[a-z0-9-]{1,32}:[A-Za-z0-9-]{1,64}$/;

export const coinPriceSchema = z.object({
  /** USD. */
  price: z.number(),
  symbol: z.string(),
  /** When DefiLlama priced it (ISO); the fact's as-of, not the fetch time. */
  asOf: z.string(),
  /** 0..1, present for prices DefiLlama derived from thin DEX liquidity. */
  confidence: z.number().nullable(),
  decimals: z.number().nullable(),
});
type CoinPrice = z.infer<typeof coinPriceSchema>;

export const pricesDataSchema = z.object({
  prices: z.record(z.string(), coinPriceSchema),
  /** Requested coins that were missing or malformed in the answer. */
  missing: z.array(z.string()),
});
export type PricesData = z.infer<typeof pricesDataSchema>;

/** Per-coin fields from the OpenAPI schema: `price`, `symbol`, `timestamp` required; `confidence`, `decimals` optional. */
const coinSchema = z.object({
  price: z.number().finite().positive(),
  symbol: z.string().min(1).max(64),
  timestamp: z.number().finite().positive(),
  confidence: z.number().finite().min(0).max(1).optional(),
  decimals: z.number().int().min(0).max(255).optional(),
});

const bodySchema = z.object({ coins: z.record(z.string(), z.unknown()) });

/**
 * Current market prices from coins.llama.fi `/prices/current/{coins}` — the market side of a depeg check; the
 * redemption side comes from the LRT's own rate on-chain.
 */
export async function fetchPrices(
  deps: HttpSourceDeps,
  params: { coins: readonly string[] },
): Promise<SourceResult<PricesData>> {
  try {
    const coins = [...new Set(params.coins)];
    const bad = coins.find((c) => !COIN_KEY.test(c));
    if (bad !== undefined || coins.length === 0 || coins.length > 100) {
      // A programming error, but still an error result rather than a throw (habit 4).
      throw new InvalidPayloadError({ details: `bad coin list${bad ? `: ${bad}` : ''}` });
    }
    const url = `${(deps.baseUrl ?? DEFILLAMA_COINS_URL).replace(/\/+$/, '')}/prices/current/${coins.join(',')}`;
    const body = await boundedFetch(url, sourceFetchOptions(deps, { timeoutMs: PRICES_TIMEOUT_MS, maxBytes: PRICES_MAX_BYTES }));
    const parsed = bodySchema.safeParse(JSON.parse(await body.text()));
    if (!parsed.success) throw new InvalidPayloadError({ details: 'no coins object' });
    const data: PricesData = { prices: {}, missing: [] };
    let oldest = Infinity;
    for (const coin of coins) {
      // Own-property lookup only: a payload key like "__proto__" must not reach anything but plain data.
      const raw = Object.hasOwn(parsed.data.coins, coin) ? parsed.data.coins[coin] : undefined;
      const entry = coinSchema.safeParse(raw);
      if (!entry.success) {
        data.missing.push(coin);
        continue;
      }
      const ms = entry.data.timestamp * 1000;
      if (!Number.isFinite(new Date(ms).getTime())) {
        data.missing.push(coin);
        continue;
      }
      oldest = Math.min(oldest, ms);
      data.prices[coin] = {
        price: entry.data.price,
        symbol: entry.data.symbol,
        asOf: new Date(ms).toISOString(),
        confidence: entry.data.confidence ?? null,
        decimals: entry.data.decimals ?? null,
      };
    }
    if (Object.keys(data.prices).length === 0) throw new InvalidPayloadError({ details: 'no usable prices' });
    return { ok: true, data, source: url, asOf: new Date(oldest).toISOString() };
  } catch (error) {
    return { ok: false, error: toSourceError(error) };
  }
}
