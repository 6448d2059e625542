/**
 * The loop calculator's inputs gathered for one LRT and one market: the market's parameters (an on-chain read when
 * the worker has one, else the bundled ones), the LRT's yield and the WETH borrow rate (live sources only), and the
 * ezETH depeg of April 2024 from the snapshot's incident list. Then the math of loop-position.ts.
 */
import type { LiveData } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { buildRiskFacts, fromOnchain } from '../report/risk-facts';
import { known, unknown, type RiskFact } from '../risk/fact';
import type { Snapshot } from '../snapshot/snapshot-schema';
import type { BorrowRates } from '../sources/defillama/fetch-borrow-rates';
import { lendingKey } from '../sources/onchain/read-lending';
import type { CachedRead } from '../sources/cache/cached-source';
import { chainInfo } from '../report/chains';
import { candidateYield } from './measure-criteria';
import { loopMarketsFor, type LoopMarket, type LoopMarketId } from './loop-markets';
import { loopPosition, type DepegScenario, type LoopParams, type LoopResult } from './loop-position';

/** Snapshot incident the depeg scenario cites; "about 0.2 ETH" on Uniswap is a fall of about 80 %. */
export const EZETH_DEPEG_ID = 'renzo-ezeth-depeg-2024-04-24';
const EZETH_DEPEG_PRICE_ETH = 0.2;

export interface LoopPlan {
  token: { id: string; symbol: string; name: string };
  market: { id: LoopMarketId; chainId: number; chain: string; label: string | null; marketId: string | null; oracle: string | null };
  /** Other markets of this kind for the token on this chain (a lower threshold each). */
  otherMarkets: { label: string; liquidationThreshold: number; marketId: string | null }[];
  result: LoopResult;
}

export interface PlanLoopInput {
  snapshot: Snapshot;
  live: LiveData;
  lrtId: string;
  market: LoopMarketId;
  chainId: number;
  leverage: number;
  borrowRates?: CachedRead<BorrowRates> | null;
  /** Aave's WETH variable borrow rate read on-chain (lib/exposure), % per year. */
  onchainBorrowRate?: RiskFact<number> | null;
}

export function depegScenario(snapshot: Snapshot): DepegScenario | null {
  for (const lrt of snapshot.lrts) {
    const incident = lrt.incidents.find((i) => i.id === EZETH_DEPEG_ID);
    if (incident) return { id: incident.id, date: incident.date, title: incident.title, fall: 1 - EZETH_DEPEG_PRICE_ETH, source: incident.sources[0]! };
  }
  return null;
}

type LendingRead = { liquidationThresholdBps: number; ltvBps: number; market: string; symbol: string; eMode: { category: number; ltvBps: number; liquidationThresholdBps: number } | null };

function marketParams(m: LoopMarket | undefined, input: PlanLoopInput, symbol: string): RiskFact<LoopParams> {
  if (!m) return unknown(`no ${input.market} market for ${symbol} on ${chainInfo(input.chainId).name} is registered`);
  const bundled = known<LoopParams>({ liquidationThreshold: m.liquidationThreshold, maxLtv: m.maxLtv, label: m.label, oracle: m.oracle }, m.source, m.asOf, m.verification);
  if (m.market !== 'aave-v3') return bundled;
  const onchain = input.live.onchain?.data ?? null;
  const raw = onchain?.lending?.[lendingKey(m.chainId, m.pool, m.collateral)];
  const read = fromOnchain(raw as Parameters<typeof fromOnchain<LendingRead, LendingRead>>[0], (v) => v);
  if (!read?.known) return bundled;
  const v = read.value;
  const e = v.eMode && v.eMode.liquidationThresholdBps > v.liquidationThresholdBps ? v.eMode : null;
  return known<LoopParams>(
    {
      liquidationThreshold: (e ?? v).liquidationThresholdBps / 10_000,
      maxLtv: (e ?? v).ltvBps / 10_000,
      label: e ? `Aave v3 ${v.market}, E-Mode category ${e.category}` : `Aave v3 ${v.market}`,
      oracle: m.oracle,
    },
    read.source,
    read.asOf,
  );
}

function borrowRate(input: PlanLoopInput): RiskFact<number> {
  if (input.onchainBorrowRate?.known) return input.onchainBorrowRate;
  const cached = input.borrowRates;
  if (!cached?.data) return unknown('no DefiLlama lending pools or on-chain borrow rate are cached');
  // DefiLlama names SparkLend `sparklend`.
  const project = input.market === 'spark' ? 'sparklend' : input.market;
  const rows = cached.data.rates.filter((r) => r.project === project && r.chainId === input.chainId);
  if (input.market === 'morpho-blue' && rows.length !== 1)
    return unknown('DefiLlama lists Morpho Blue WETH rates per market without the market id, so this market’s rate is not matched');
  const row = rows.sort((a, b) => (b.totalBorrowUsd ?? 0) - (a.totalBorrowUsd ?? 0))[0];
  if (!row) return unknown(`DefiLlama lists no WETH borrow rate for ${input.market} on ${chainInfo(input.chainId).name}`);
  return known(Math.round((row.apyBaseBorrow - Math.max(0, row.apyRewardBorrow ?? 0)) * 100) / 100, cached.source ?? 'https://yields.llama.fi/lendBorrow', (cached.asOf ?? '').slice(0, 10));
}

export function planLoop(input: PlanLoopInput): LoopPlan {
  const entry = reportEntries(input.snapshot).find((e) => e.id === input.lrtId);
  if (!entry?.token) throw new Error(`not an LRT: ${input.lrtId}`);
  const symbol = entry.token.symbol;
  const markets = loopMarketsFor(entry.id, input.market, input.chainId);
  const m = markets[0];
  const facts = buildRiskFacts(entry, input.snapshot, input.live);
  const y = candidateYield({ facts });
  const lrtYield: RiskFact<number> = 'apy' in y ? known(Math.round(y.apy * 100) / 100, y.source, y.asOf) : unknown(y.reason);
  const result = loopPosition({ leverage: input.leverage, market: marketParams(m, input, symbol), lrtYield, borrowRate: borrowRate(input), depeg: depegScenario(input.snapshot) });
  return {
    token: { id: entry.id, symbol, name: entry.name },
    market: { id: input.market, chainId: input.chainId, chain: chainInfo(input.chainId).name, label: m?.label ?? null, marketId: m?.marketId ?? null, oracle: m?.oracle ?? null },
    otherMarkets: markets.slice(1).map((o) => ({ label: o.label, liquidationThreshold: o.liquidationThreshold, marketId: o.marketId })),
    result,
  };
}
