/** A WAD (1e18) decimal string or bigint as a float: for display and thresholds, never for accounting. */
export function wadToNumber(wad: string | bigint | null | undefined): number | null {
  if (wad === null || wad === undefined) return null;
  try {
    const v = BigInt(wad);
    const whole = v / 10n ** 18n;
    const frac = v % 10n ** 18n;
    return Number(whole) + Number(frac) / 1e18;
  } catch {
    return null;
  }
}
