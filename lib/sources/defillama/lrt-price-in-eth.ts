import { ETH_COIN, type PricesData } from './fetch-prices.ts';

/**
 * An LRT's market price in ETH from two DefiLlama USD prices, with the older of the two timestamps as its as-of.
 * Null when either price is missing.
 */
export function lrtPriceInEth(
  data: PricesData,
  coin: string,
  ethCoin: string = ETH_COIN,
): { priceEth: number; asOf: string } | null {
  const lrt = data.prices[coin];
  const eth = data.prices[ethCoin];
  if (!lrt || !eth || eth.price <= 0) return null;
  return { priceEth: lrt.price / eth.price, asOf: lrt.asOf < eth.asOf ? lrt.asOf : eth.asOf };
}
