/** Fixed-point arithmetic in WAD (1e18 = 1), rounding as EigenLayer's contracts do (see slashable-share.ts). */

export const WAD = 10n ** 18n;

/** `divWad` as in the contract (floor). A max magnitude of zero means fully slashed: nothing left to slash. */
export function slashableProportionWad(currentMagnitude: bigint, maxMagnitude: bigint): bigint {
  if (maxMagnitude <= 0n || currentMagnitude <= 0n) return 0n;
  const p = (currentMagnitude * WAD) / maxMagnitude;
  // The protocol keeps allocations ≤ max magnitude; clamp so a bad read can never claim more than 100%.
  return p > WAD ? WAD : p;
}

/** `mulWad` (floor). */
export function mulWad(a: bigint, b: bigint): bigint {
  return (a * b) / WAD;
}

/** ratio in WAD (1e18 = 100%), 0 when the denominator is 0. */
export function ratioWad(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) return 0n;
  return (numerator * WAD) / denominator;
}

/** Herfindahl–Hirschman index of shares given as weights, in basis points (10 000 = one operator holds everything). */
export function concentration(weights: readonly bigint[]): { topShareWad: bigint; hhiBps: number } {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return { topShareWad: 0n, hhiBps: 0 };
  let top = 0n;
  let hhi = 0n; // Σ share² in WAD², scaled below to bps
  for (const w of weights) {
    if (w > top) top = w;
    const s = (w * WAD) / total;
    hhi += s * s;
  }
  return { topShareWad: (top * WAD) / total, hhiBps: Number((hhi * 10_000n) / (WAD * WAD)) };
}

export function signedMulWad(a: bigint, b: bigint): bigint {
  // Round toward zero, like Solidity's signed division.
  return b < 0n ? -mulWad(a, -b) : mulWad(a, b);
}
