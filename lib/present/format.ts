/**
 * The formatters every place that shows a number or an address uses: the rules' messages, the CLI, the warning,
 * the popup. One copy, so the same value reads the same everywhere.
 */

/** `n` rounded to `digits` decimals, with no trailing zeros. */
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** An address shortened for reading: `0x1234…abcd`. The whole address belongs in "Details" and `--json`. */
export const shortAddress = (address: string): string => `${address.slice(0, 6)}…${address.slice(-4)}`;

/** A share (0–1) as a percentage: one decimal, two below 1 %. */
export const pct = (share: number): string => `${round(share * 100, share < 0.01 ? 2 : 1)}%`;

/** Basis points as a percentage with up to two decimals: 125 → "1.25%". */
export const bpsPct = (bps: number): string => `${round(bps / 100, 2)}%`;

/** Aave's base-currency amount (USD with 8 decimals, getUserAccountData) to the cent, for a person's own position: $40,000. */
export const aaveBaseUsd = (base: string): string => `$${(Number(BigInt(base) / 10n ** 6n) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** A dollar amount in words a person compares: $1.23B, $45.6M, $7.8k, $950. */
export const usd = (n: number): string =>
  n >= 1e9 ? `$${round(n / 1e9, 2)}B` : n >= 1e6 ? `$${round(n / 1e6, 1)}M` : n >= 1e3 ? `$${round(n / 1e3, 1)}k` : `$${round(n, 0)}`;
