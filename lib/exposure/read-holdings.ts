/**
 * One account's LSTs, LRTs and Aave v3 positions on one chain, in one Multicall3 call: `balanceOf(account)` of every
 * LST and LRT the registry knows on the chain (EIP-20), `getUserAccountData(account)` of every registered Aave v3
 * pool, and the Core pool's WETH `getReserveData` for the variable borrow rate a loop pays
 * (aave-dao/aave-v3-origin src/contracts/interfaces/IPool.sol; DataTypes.sol ReserveDataLegacy).
 * The only thing that leaves the machine is this eth_call, to the RPC the person already uses.
 */
import { parseAbi, type Address, type Chain, type Client, type Transport } from 'viem';
import { aaveV3 } from '../protocols/aave-v3';
import { listTokens } from '../protocols/registry';
import { aavePoolAbi } from '../sources/onchain/abis';
import { aggregate3, decodeRead, encodeRead, type RawCall } from '../sources/onchain/aggregate3';
import { rpcSource } from '../sources/onchain/round-context';

export const holdingsAbi = parseAbi([
  'function balanceOf(address account) view returns (uint256)',
  'function getUserAccountData(address user) view returns (uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)',
]);

export interface TokenHolding {
  tokenId: string;
  symbol: string;
  kind: 'lst' | 'lrt';
  /** Registry protocol id for an LRT; null for an LST. */
  protocol: string | null;
  address: string;
  decimals: number;
  /** Smallest units, as a decimal string. */
  balance: string;
}

export interface AavePosition {
  pool: string;
  market: string;
  /** Base currency units (USD with 8 decimals in the registered markets). */
  totalCollateralBase: string;
  totalDebtBase: string;
  liquidationThresholdBps: number;
  ltvBps: number;
  /** WAD; null when there is no debt (the pool answers uint256 max). */
  healthFactor: number | null;
}

export interface Holdings {
  account: string;
  chainId: number;
  blockNumber: string | null;
  source: string;
  asOf: string;
  tokens: TokenHolding[];
  aave: AavePosition[];
  /** Aave Core WETH variable borrow rate, % per year compounded per second; null when not read. */
  wethBorrowApy: number | null;
  /** Reads that failed, by label: named, never read as zero. */
  failed: { label: string; message: string }[];
}

const SECONDS_PER_YEAR = 31_536_000;
const RAY = 10n ** 27n;

/** Aave's rates are per year in ray, accrued per second: APY = (1 + r/s)^s − 1. */
export function rayRateToApy(ray: bigint): number {
  const r = Number((ray * 1_000_000_000n) / RAY) / 1e9;
  return (Math.pow(1 + r / SECONDS_PER_YEAR, SECONDS_PER_YEAR) - 1) * 100;
}

export async function readHoldings(client: Client<Transport, Chain | undefined>, params: { account: Address; chainId: number; wethAddress?: Address | null; signal?: AbortSignal }): Promise<Holdings> {
  const { account, chainId } = params;
  const tokens = listTokens().filter((t) => t.deployment.chainId === chainId && (t.token.kind === 'lst' || t.token.kind === 'lrt'));
  const pools = aaveV3.contracts.flatMap((c) => c.deployments).filter((d) => d.chainId === chainId);
  const weth = params.wethAddress === undefined ? listTokens().find((t) => t.token.id === 'WETH' && t.deployment.chainId === chainId)?.deployment.address : params.wethAddress;
  const core = pools[0];

  const calls: RawCall[] = [
    ...tokens.map((t) => encodeRead(t.deployment.address, `${t.token.symbol}.balanceOf`, { abi: holdingsAbi, functionName: 'balanceOf', args: [account] })),
    ...pools.map((p) => encodeRead(p.address, 'AaveV3Pool.getUserAccountData', { abi: holdingsAbi, functionName: 'getUserAccountData', args: [account] })),
    ...(core && weth ? [encodeRead(core.address, 'AaveV3Pool.getReserveData', { abi: aavePoolAbi, functionName: 'getReserveData', args: [weth] })] : []),
  ];
  const { results, block, callError } = await aggregate3(client, calls, params.signal ? { signal: params.signal } : {});
  const failed: Holdings['failed'] = [];
  const out: Holdings = {
    account,
    chainId,
    blockNumber: block ? block.number.toString() : null,
    source: rpcSource(chainId, 'Multicall3', 'aggregate3'),
    asOf: block ? new Date(Number(block.timestamp) * 1000).toISOString() : new Date().toISOString(),
    tokens: [],
    aave: [],
    wethBorrowApy: null,
    failed,
  };
  if (callError) failed.push({ label: 'Multicall3.aggregate3', message: callError.message });
  tokens.forEach((t, i) => {
    const r = decodeRead(results[i], { abi: holdingsAbi, functionName: 'balanceOf' });
    if (!r.ok) return void (callError || failed.push({ label: calls[i]!.label, message: r.error.message }));
    if (r.value === 0n) return;
    out.tokens.push({
      tokenId: t.token.id,
      symbol: t.token.symbol,
      kind: t.token.kind as 'lst' | 'lrt',
      protocol: t.protocol?.id ?? null,
      address: t.deployment.address,
      decimals: t.token.decimals,
      balance: r.value.toString(),
    });
  });
  pools.forEach((p, j) => {
    const i = tokens.length + j;
    const r = decodeRead(results[i], { abi: holdingsAbi, functionName: 'getUserAccountData' });
    if (!r.ok) return void (callError || failed.push({ label: `${calls[i]!.label} (${p.note ?? p.address})`, message: r.error.message }));
    const [collateral, debt, , threshold, ltv, hf] = r.value;
    if (collateral === 0n && debt === 0n) return;
    out.aave.push({
      pool: p.address,
      market: p.note ?? 'Aave v3',
      totalCollateralBase: collateral.toString(),
      totalDebtBase: debt.toString(),
      liquidationThresholdBps: Number(threshold),
      ltvBps: Number(ltv),
      healthFactor: debt === 0n ? null : Number((hf * 10_000n) / 10n ** 18n) / 10_000,
    });
  });
  if (core && weth) {
    const i = tokens.length + pools.length;
    const r = decodeRead(results[i], { abi: aavePoolAbi, functionName: 'getReserveData' });
    if (r.ok) out.wethBorrowApy = Math.round(rayRateToApy(r.value.currentVariableBorrowRate) * 100) / 100;
    else if (!callError) failed.push({ label: calls[i]!.label, message: r.error.message });
  }
  return out;
}
