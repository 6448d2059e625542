import { z } from 'zod';
import { boundedFetch, sourceFetchOptions } from '../bounded-fetch.ts';
import { jsonArrayItems } from '../json-array-items.ts';
import { jsonRows } from '../json-rows.ts';
import { InvalidPayloadError, toSourceError } from '../source-error.ts';
import type { HttpSourceDeps, SourceResult } from '../source-result.ts';
import { DEFILLAMA_YIELDS_URL, POOLS_MAX_BYTES, POOLS_MAX_ROW_CHARS, POOLS_TIMEOUT_MS } from './fetch-lrt-pools.ts';

/**
 * The WETH borrow rates of the lending markets a loop borrows from, from DefiLlama's yield server: `/pools` names
 * each pool (project, chain, symbol) and `/lendBorrow` carries its lending fields by the same `pool` id.
 * `/lendBorrow` columns: `pool, apyBaseBorrow, apyRewardBorrow, totalSupplyUsd, totalBorrowUsd, debtCeilingUsd, ltv,
 * borrowable, mintedCoin, rewardTokens, underlyingTokens, borrowFactor` (DefiLlama/yield-server@c34996ef5bbe9307e1bbf2b0e88f8e1a124f0347
 * src/controllers/yieldController.js getYieldLendBorrow), returned as a bare array by src/handlers/getLendBorrow.js;
 * the adaptor README documents `apyBaseBorrow`/`apyRewardBorrow` as % per year and `ltv` between 0 and 1.
 */
export const LENDING_PROJECTS = ['aave-v3', 'morpho-blue', 'sparklend'] as const;
export const LEND_BORROW_MAX_BYTES = 32 * 1024 * 1024;
const LEND_BORROW_ROW_CHARS = 16 * 1024;

/** DefiLlama's chain names for the chains the registry has lending markets on. */
export const DEFILLAMA_CHAIN_IDS: Readonly<Record<string, number>> = {
  Ethereum: 1,
  Optimism: 10,
  BSC: 56,
  'zkSync Era': 324,
  Base: 8453,
  Arbitrum: 42161,
  Linea: 59144,
  Scroll: 534352,
};

export const borrowRateSchema = z.object({
  project: z.enum(LENDING_PROJECTS),
  chainId: z.number().int().positive(),
  symbol: z.string(),
  pool: z.string(),
  poolMeta: z.string().nullable(),
  /** % per year, variable rate paid by borrowers, and incentives paid to them. */
  apyBaseBorrow: z.number(),
  apyRewardBorrow: z.number().nullable(),
  totalSupplyUsd: z.number().nullable(),
  totalBorrowUsd: z.number().nullable(),
});
export type BorrowRate = z.infer<typeof borrowRateSchema>;

export const borrowRatesSchema = z.object({ rates: z.array(borrowRateSchema), rejected: z.number(), rows: z.number() });
export type BorrowRates = z.infer<typeof borrowRatesSchema>;

const poolNameSchema = z.object({
  pool: z.string().min(1).max(100),
  project: z.string(),
  chain: z.string(),
  symbol: z.string().max(100),
  poolMeta: z.string().max(200).nullable().optional(),
});

const finite = z.number().finite();
const lendRowSchema = z.object({
  pool: z.string().min(1).max(100),
  apyBaseBorrow: finite.min(-100).max(1000).nullable().optional(),
  apyRewardBorrow: finite.min(-100).max(1000).nullable().optional(),
  totalSupplyUsd: finite.nonnegative().nullable().optional(),
  totalBorrowUsd: finite.nonnegative().nullable().optional(),
});

const NEEDLES = LENDING_PROJECTS.map((p) => JSON.stringify(p));

/** The loan token a loop borrows. */
const BORROWED = 'WETH';

export async function fetchBorrowRates(deps: HttpSourceDeps): Promise<SourceResult<BorrowRates>> {
  const base = (deps.baseUrl ?? DEFILLAMA_YIELDS_URL).replace(/\/+$/, '');
  const now = deps.now ?? (() => new Date());
  const fetchOptions = (maxBytes: number) => sourceFetchOptions(deps, { timeoutMs: POOLS_TIMEOUT_MS, maxBytes });
  try {
    const named = new Map<string, { project: BorrowRate['project']; chainId: number; symbol: string; poolMeta: string | null }>();
    const pools = await boundedFetch(`${base}/pools`, fetchOptions(POOLS_MAX_BYTES));
    for await (const event of jsonArrayItems(pools.chunks(), { key: 'data', maxItemChars: POOLS_MAX_ROW_CHARS })) {
      if (event.kind !== 'item' || !NEEDLES.some((n) => event.text.includes(n))) continue;
      let row: unknown;
      try {
        row = JSON.parse(event.text);
      } catch {
        continue;
      }
      const p = poolNameSchema.safeParse(row);
      if (!p.success || p.data.symbol !== BORROWED || !(LENDING_PROJECTS as readonly string[]).includes(p.data.project)) continue;
      const chainId = DEFILLAMA_CHAIN_IDS[p.data.chain];
      if (!chainId) continue;
      named.set(p.data.pool, { project: p.data.project as BorrowRate['project'], chainId, symbol: p.data.symbol, poolMeta: p.data.poolMeta ?? null });
    }
    if (named.size === 0) throw new InvalidPayloadError({ details: 'no WETH lending pools in /pools' });

    const data: BorrowRates = { rates: [], rejected: 0, rows: 0 };
    const lend = await boundedFetch(`${base}/lendBorrow`, fetchOptions(LEND_BORROW_MAX_BYTES));
    for await (const row of jsonRows(lend.chunks(), { key: null, maxItemChars: LEND_BORROW_ROW_CHARS }, data)) {
      const id = z.object({ pool: z.string() }).safeParse(row);
      const name = id.success ? named.get(id.data.pool) : undefined;
      if (!name) continue;
      const parsed = lendRowSchema.safeParse(row);
      if (!parsed.success || parsed.data.apyBaseBorrow == null) {
        data.rejected++;
        continue;
      }
      const r = parsed.data;
      data.rates.push({
        ...name,
        pool: r.pool,
        apyBaseBorrow: r.apyBaseBorrow!,
        apyRewardBorrow: r.apyRewardBorrow ?? null,
        totalSupplyUsd: r.totalSupplyUsd ?? null,
        totalBorrowUsd: r.totalBorrowUsd ?? null,
      });
    }
    if (data.rates.length === 0) throw new InvalidPayloadError({ details: 'no WETH borrow rates in /lendBorrow' });
    return { ok: true, data, source: `${base}/lendBorrow`, asOf: now().toISOString() };
  } catch (error) {
    return { ok: false, error: toSourceError(error) };
  }
}
