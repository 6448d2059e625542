import type { Address } from 'viem';
import { aavePoolAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
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
  /**
   * Categories that take the reserve as collateral but cannot carry a loop: the LRT is on the category's LTV-zero
   * list (it counts for the threshold, lends nothing: Aave set rsETH so in April 2025), or WETH cannot be borrowed.
   */
  eModeSkipped?: { category: number; why: 'ltv-zero' | 'weth-not-borrowable' }[];
}

/**
 * E-Mode category ids read per round, from 1 (0 is "no E-Mode"). A pool's category count is read the way Aave's own
 * UiPoolDataProviderV3.getEModes reads it: ids in order until three in a row are unset. Ethereum's core market has
 * ids past 40, so a round that ends before that run of three is followed by another.
 */
export const EMODE_PAGE = 48;
const MAX_EMODE_ID = 255;

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

const reserveDataCall = (pool: Address, asset: Address) =>
  encodeRead(pool, 'AaveV3Pool.getReserveData', { abi: aavePoolAbi, functionName: 'getReserveData', args: [asset] });

/** Per reserve: its configuration and its id, and the id of what a loop borrows (WETH) where the chain has one. */
export function lendingCalls(t: LendingTarget): RawCall[] {
  return [
    encodeRead(t.pool, 'AaveV3Pool.getConfiguration', { abi: aavePoolAbi, functionName: 'getConfiguration', args: [t.asset] }),
    reserveDataCall(t.pool, t.asset),
    ...(t.borrowAsset ? [reserveDataCall(t.pool, t.borrowAsset)] : []),
  ];
}

/** The four reads of one E-Mode category, in the order `decodeEModes` takes them. */
const EMODE_READS = [
  'getEModeCategoryCollateralConfig',
  'getEModeCategoryCollateralBitmap',
  'getEModeCategoryBorrowableBitmap',
  'getEModeCategoryLtvzeroBitmap',
] as const;

/** Per pool: the collateral terms and bitmaps of E-Mode categories `from` … `from + EMODE_PAGE - 1`. */
export function eModeCalls(pool: Address, from = 1): RawCall[] {
  const ids = Array.from({ length: Math.min(EMODE_PAGE, MAX_EMODE_ID - from + 1) }, (_, i) => from + i);
  return ids.flatMap((id) => EMODE_READS.map((functionName) => encodeRead(pool, `AaveV3Pool.${functionName}`, { abi: aavePoolAbi, functionName, args: [id] })));
}

export interface EModeCategory {
  id: number;
  ltvBps: number;
  liquidationThresholdBps: number;
  collateralBitmap: bigint;
  /** Reserve ids that can be borrowed in the category. */
  borrowableBitmap: bigint;
  /** Collateral that counts at LTV 0 in the category (0 on pools before v3.6, which have no such list). */
  ltvzeroBitmap: bigint;
}

/** One round's categories, and the id the next round starts at (null: the pool's categories are all read). */
export interface EModePage {
  categories: EModeCategory[];
  next: number | null;
}

/**
 * The configured categories of one round, or null when the pool did not answer (before v3.2, or a failed read).
 * `misses` carries the run of unset ids from the previous round.
 */
export function decodeEModes(results: readonly (RawResult | undefined)[], from = 1, misses = 0): (EModePage & { misses: number }) | null {
  const categories: EModeCategory[] = [];
  let run = misses;
  const n = EMODE_READS.length;
  const count = results.length / n;
  for (let i = 0; i < count; i++) {
    const id = from + i;
    const config = decodeRead(results[n * i], { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralConfig' });
    const bitmap = decodeRead(results[n * i + 1], { abi: aavePoolAbi, functionName: 'getEModeCategoryCollateralBitmap' });
    const borrowable = decodeRead(results[n * i + 2], { abi: aavePoolAbi, functionName: 'getEModeCategoryBorrowableBitmap' });
    const ltvzero = decodeRead(results[n * i + 3], { abi: aavePoolAbi, functionName: 'getEModeCategoryLtvzeroBitmap' });
    if (!config.ok || !bitmap.ok || !borrowable.ok) return null;
    const { ltv, liquidationThreshold } = config.value;
    if (liquidationThreshold === 0) {
      // Aave's rule: three unset ids in a row end the list.
      if (++run > 2) return { categories, next: null, misses: run };
      continue;
    }
    run = 0;
    if (liquidationThreshold <= 10_000 && ltv <= liquidationThreshold)
      categories.push({
        id,
        ltvBps: ltv,
        liquidationThresholdBps: liquidationThreshold,
        collateralBitmap: bitmap.value,
        borrowableBitmap: borrowable.value,
        ltvzeroBitmap: ltvzero.ok ? ltvzero.value : 0n,
      });
  }
  const last = from + count - 1;
  return { categories, next: last >= MAX_EMODE_ID ? null : last + 1, misses: run };
}

const hasBit = (bitmap: bigint, id: number) => ((bitmap >> BigInt(id)) & 1n) === 1n;

/**
 * The category with the highest threshold a loop of this reserve can run in: it takes the reserve as collateral,
 * not on its LTV-zero list, and lets WETH (`borrowId`) be borrowed. Where WETH's id is not known, a category that
 * lets nothing be borrowed is still left out. The categories left out, and why, come back with it.
 */
export function bestEMode(
  categories: readonly EModeCategory[],
  reserveId: number,
  borrowId: number | null = null,
): { eMode: LendingValue['eMode']; skipped: NonNullable<LendingValue['eModeSkipped']> } {
  const skipped: NonNullable<LendingValue['eModeSkipped']> = [];
  const fits = categories.filter((c) => {
    if (!hasBit(c.collateralBitmap, reserveId)) return false;
    if (hasBit(c.ltvzeroBitmap, reserveId)) return !skipped.push({ category: c.id, why: 'ltv-zero' });
    const borrowable = borrowId === null ? c.borrowableBitmap !== 0n : hasBit(c.borrowableBitmap, borrowId);
    return borrowable || !skipped.push({ category: c.id, why: 'weth-not-borrowable' });
  });
  const best = fits.sort((a, b) => b.liquidationThresholdBps - a.liquidationThresholdBps)[0];
  return { eMode: best ? { category: best.id, ltvBps: best.ltvBps, liquidationThresholdBps: best.liquidationThresholdBps } : null, skipped };
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
): OnchainFact<LendingValue> {
  const base = { source: lendingSource(t), asOf: ctx.asOf };
  const decoded = decodeRead(raws[0], { abi: aavePoolAbi, functionName: 'getConfiguration' });
  if (!decoded.ok) return failedFact(decoded.error, base);
  const data = decoded.value.data;
  if (data === 0n) return notApplicableFact(`${t.symbol} is not a reserve of Aave v3 ${t.market}`, base);
  const c = decodeReserveConfiguration(data);
  const reserve = decodeRead(raws[1], { abi: aavePoolAbi, functionName: 'getReserveData' });
  const borrow = t.borrowAsset ? decodeRead(raws[2], { abi: aavePoolAbi, functionName: 'getReserveData' }) : null;
  // WETH's id, when the pool lists it (an unlisted asset reads as an empty reserve: configuration 0).
  const borrowId = borrow?.ok && borrow.value.configuration.data !== 0n ? borrow.value.id : null;
  const eModeRead = eModes !== null && reserve.ok;
  const { eMode, skipped } = eModeRead ? bestEMode(eModes, reserve.value.id, borrowId) : { eMode: null, skipped: [] };
  const baseUsable = c.liquidationThresholdBps > 0 && c.liquidationThresholdBps <= 10_000 && c.ltvBps <= c.liquidationThresholdBps;
  if (!baseUsable && !eMode)
    return notApplicableFact(`${t.symbol} cannot back a loan in Aave v3 ${t.market} (LTV ${c.ltvBps} bps, threshold ${c.liquidationThresholdBps} bps)`, base);
  return okFact(
    { chainId: t.chainId, pool: t.pool, market: t.market, asset: t.asset, symbol: t.symbol, ...c, eMode, eModeRead, ...(skipped.length ? { eModeSkipped: skipped } : {}) },
    { ...base, blockNumber: ctx.block?.number ?? null },
  );
}

/**
 * Every pool's categories: round 1's page, then further pages (one multicall each, all pools together) while a pool
 * has not yet shown its run of three unset ids. `more` runs one such round.
 */
export async function eModesOfPools(
  first: ReadonlyMap<Address, readonly (RawResult | undefined)[]>,
  more: (calls: RawCall[]) => Promise<readonly (RawResult | undefined)[]>,
): Promise<Map<Address, EModeCategory[] | null>> {
  const out = new Map<Address, EModeCategory[] | null>();
  let pending: { pool: Address; page: ReturnType<typeof decodeEModes> }[] = [...first].map(([pool, r]) => ({ pool, page: decodeEModes(r) }));
  for (;;) {
    const next: { pool: Address; from: number; misses: number }[] = [];
    for (const { pool, page } of pending) {
      if (page === null) {
        out.set(pool, null);
        continue;
      }
      out.set(pool, [...(out.get(pool) ?? []), ...page.categories]);
      if (page.next !== null) next.push({ pool, from: page.next, misses: page.misses });
    }
    if (next.length === 0) return out;
    const calls = next.map((n) => eModeCalls(n.pool, n.from));
    const results = await more(calls.flat());
    let k = 0;
    pending = next.map((n, i) => {
      const slice = results.slice(k, (k += calls[i]!.length));
      return { pool: n.pool, page: decodeEModes(slice, n.from, n.misses) };
    });
  }
}
