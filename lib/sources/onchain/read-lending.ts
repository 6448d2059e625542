import { aavePoolAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { failedFact, notApplicableFact, okFact, type Fact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { LendingTarget } from './targets.ts';

/**
 * What an Aave v3 market lets an LRT do as collateral, from the reserve's configuration bitmap
 * (aave-dao/aave-v3-origin@0543e1c10144115f98bc25b82d3e6e75048c100b
 * src/contracts/protocol/libraries/configuration/ReserveConfiguration.sol): LTV bits 0–15, liquidation threshold
 * 16–31 and bonus 32–47 (basis points), active bit 56, frozen 57, paused 60. E-Mode categories can raise the
 * threshold for correlated assets; those are per category and not read here.
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
}

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

export function lendingCall(t: LendingTarget): RawCall {
  return encodeRead(t.pool, 'AaveV3Pool.getConfiguration', { abi: aavePoolAbi, functionName: 'getConfiguration', args: [t.asset] });
}

/**
 * An empty configuration is a token the market does not list. A listed reserve whose threshold is not above its LTV,
 * or above 100 %, is not a configuration Aave's setters accept: reported as "not applicable" with the figures.
 */
export function lendingFact(t: LendingTarget, raw: RawResult | undefined, ctx: RoundContext): Fact<LendingValue> {
  const base = { source: lendingSource(t), asOf: ctx.asOf };
  const decoded = decodeRead(raw, { abi: aavePoolAbi, functionName: 'getConfiguration' });
  if (!decoded.ok) return failedFact(decoded.error, base);
  const data = decoded.value.data;
  if (data === 0n) return notApplicableFact(`${t.symbol} is not a reserve of Aave v3 ${t.market}`, base);
  const c = decodeReserveConfiguration(data);
  if (c.liquidationThresholdBps === 0 || c.liquidationThresholdBps > 10_000 || c.ltvBps > c.liquidationThresholdBps)
    return notApplicableFact(`${t.symbol} cannot back a loan in Aave v3 ${t.market} (LTV ${c.ltvBps} bps, threshold ${c.liquidationThresholdBps} bps)`, base);
  return okFact(
    { chainId: t.chainId, pool: t.pool, market: t.market, asset: t.asset, symbol: t.symbol, ...c },
    { ...base, blockNumber: ctx.block?.number ?? null },
  );
}
