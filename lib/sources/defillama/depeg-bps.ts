/**
 * How far below its redemption value an LRT trades, in basis points: positive = cheaper than what it redeems for
 * (the ezETH case of 2024-04-24, lrt-contracts.md §D.2), negative = premium. Both inputs in the same unit — e.g. the
 * market price in ETH (see lrtPriceInEth) and the on-chain redemption rate in ETH per token. Null when either input
 * is not a positive finite number, so a missing price can never read as "no depeg".
 */
export function depegBps(marketPrice: number, redemptionValue: number): number | null {
  if (!Number.isFinite(marketPrice) || !Number.isFinite(redemptionValue)) return null;
  if (marketPrice <= 0 || redemptionValue <= 0) return null;
  return ((redemptionValue - marketPrice) / redemptionValue) * 10_000;
}
