import type { Address } from 'viem';
import { aavePoolAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { failedFact, notApplicableFact, okFact, type Fact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { LendingTarget } from './targets.ts';

/**
 * What an Aave v3 market lets an LRT do as collateral. The reserve's configuration bitmap
 * (aave-dao/aave-v3-origin@0543e1c10144115f98bc25b82d3e6e75048c100b
 * src/contracts/protocol/libraries/configuration/ReserveConfiguration.sol): LTV bits 0–15, liquidation threshold
 * 16–31 and bonus 32–47 (basis points), active bit 56, frozen 57, paused 60. And E-Mode (v3.2+): a category sets its
 * own, higher threshold for the reserves whose id bit is in its collateral bitmap; loops run in E-Mode, so the
 * highest such threshold is the one a looped position lives by.
 */
export interface LendingValue {
  chainId: number;
  pool: string;
  market: string;
  asset: string;
  symbol: string;
  ltvBps: number;
  liquidationThresholdBps: number;
  liquidationBonusBps: number;
  active: boolean;
  frozen: boolean;
  paused: boolean;
  /** The E-Mode category with the highest threshold that takes this reserve as collateral; null when none does. */
  eMode: { category: number; ltvBps: number; liquidationThresholdBps: number } | null;
  /** False when the E-Mode reads failed (a pool before v3.2): `eMode` null then means "not known", not "none". */
  eModeRead: boolean;
}

/** E-Mode category ids read per pool (0 is "no E-Mode"). Unset ids read as a zero threshold and are skipped. */
export const EMODE_CATEGORY_IDS: readonly number[] = Array.from({ length: 40 }, (_, i) => i + 1);

const bits = (data: bigint, from: number, width: number) => Number((data >> BigInt(from)) & ((1n << BigInt(width)) - 1n));

/** The fields of a ReserveConfigurationMap the warning uses. */
export function decodeReserveConfiguration(data: bigint) {
  return {
    ltvBps: bits(data, 0, 16),
    liquidationThresholdBps: bits(data, 16, 16),
    liquidationBonusBps: bits(data, 32, 16),
    active: bits(data, 56, 1) === 1,
    frozen: bits(data, 57, 1) === 1,
    paused: bits(data, 60, 1) === 1,
  };
}

/** `<chainId>:<pool>:<asset>`, lowercase: how the refresh keys these facts. */
export function lendingKey(chainId: number, pool: string, asset: string): string {
  return `${chainId}:${pool.toLowerCase()}:${asset.toLowerCase()}`;
}

export function lendingSource(t: LendingTarget): string {
  return rpcSource(t.chainId, 'AaveV3Pool', 'getConfiguration');
}

/** Per reserve: its configuration and its id. */
export function lendingCalls(t: LendingTarget): RawCall[] {
  return [
    encodeRead(t.pool, 'AaveV3Pool.getConfiguration', { abi: aavePoolAbi, functionName: 'getConfiguration', args: [t.asset] }),
    encodeRead(t.pool, 'AaveV3Pool.getReserveData', { abi: aavePoolAbi, functionName: 'getReserveData', args: [t.asset] }),
  ];
}

/** Per pool: every E-Mode category's collateral terms and bitmap. */
export function eModeCalls(pool: Address): RawCall[] {
  return EMODE_CATEGORY_IDS.flatMap((id) => [
    encodeRead(pool, 'AaveV3Pool.getEModeCategoryCollateralConfig', { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralConfig', args: [id] }),
    encodeRead(pool, 'AaveV3Pool.getEModeCategoryCollateralBitmap', { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralBitmap', args: [id] }),
  ]);
}

export interface EModeCategory {
  id: number;
  ltvBps: number;
  liquidationThresholdBps: number;
  collateralBitmap: bigint;
}

/** The configured categories, or null when the pool did not answer (before v3.2, or a failed read). */
export function decodeEModes(results: readonly (RawResult | undefined)[]): EModeCategory[] | null {
  const out: EModeCategory[] = [];
  for (const [i, id] of EMODE_CATEGORY_IDS.entries()) {
    const config = decodeRead(results[2 * i], { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralConfig' });
    const bitmap = decodeRead(results[2 * i + 1], { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralBitmap' });
    if (!config.ok || !bitmap.ok) return null;
    const { ltv, liquidationThreshold } = config.value;
    if (liquidationThreshold > 0 && liquidationThreshold <= 10_000 && ltv <= liquidationThreshold)
      out.push({ id, ltvBps: ltv, liquidationThresholdBps: liquidationThreshold, collateralBitmap: bitmap.value });
  }
  return out;
}

/** The category with the highest threshold whose collateral bitmap has this reserve's id. */
export function bestEMode(categories: readonly EModeCategory[], reserveId: number): LendingValue['eMode'] {
  const fits = categories.filter((c) => ((c.collateralBitmap >> BigInt(reserveId)) & 1n) === 1n);
  const best = fits.sort((a, b) => b.liquidationThresholdBps - a.liquidationThresholdBps)[0];
  return best ? { category: best.id, ltvBps: best.ltvBps, liquidationThresholdBps: best.liquidationThresholdBps } : null;
}

/**
 * An empty configuration is a token the market does not list. A listed reserve whose threshold is not above its LTV,
 * or above 100 %, is not a configuration Aave's setters accept: reported as "not applicable" with the figures. A
 * reserve with a zero base threshold can still back loans in an E-Mode category that takes it.
 */
export function lendingFact(
  t: LendingTarget,
  raws: readonly (RawResult | undefined)[],
  eModes: readonly EModeCategory[] | null,
  ctx: RoundContext,
): Fact<LendingValue> {
  const base = { source: lendingSource(t), asOf: ctx.asOf };
  const decoded = decodeRead(raws[0], { abi: aavePoolAbi, functionName: 'getConfiguration' });
  if (!decoded.ok) return failedFact(decoded.error, base);
  const data = decoded.value.data;
  if (data === 0n) return notApplicableFact(`${t.symbol} is not a reserve of Aave v3 ${t.market}`, base);
  const c = decodeReserveConfiguration(data);
  const reserve = decodeRead(raws[1], { abi: aavePoolAbi, functionName: 'getReserveData' });
  const eModeRead = eModes !== null && reserve.ok;
  const eMode = eModeRead ? bestEMode(eModes, reserve.value.id) : null;
  const baseUsable = c.liquidationThresholdBps > 0 && c.liquidationThresholdBps <= 10_000 && c.ltvBps <= c.liquidationThresholdBps;
  if (!baseUsable && !eMode)
    return notApplicableFact(`${t.symbol} cannot back a loan in Aave v3 ${t.market} (LTV ${c.ltvBps} bps, threshold ${c.liquidationThresholdBps} bps)`, base);
  return okFact(
    { chainId: t.chainId, pool: t.pool, market: t.market, asset: t.asset, symbol: t.symbol, ...c, eMode, eModeRead },
    { ...base, blockNumber: ctx.block?.number ?? null },
  );
}
