/**
 * `lrt-advisor loop <token> --market aave-v3|morpho-blue|spark --leverage <x> [--chain N] [--json]`: a looped position
 * in the LRT at that leverage — net APY, the liquidation threshold used, the price fall that liquidates it, and what
 * the ezETH depeg of April 2024 would have done — from the bundled market parameters and snapshot. A leverage below
 * 1 or above the market's maximum exits 2 with one line.
 */
import { parseArgs } from 'node:util';
import type { LoopMarketId } from '../../choose/loop-markets';
import { LoopLeverageError } from '../../choose/loop-position';
import { planLoop, type LoopPlan } from '../../choose/plan-loop';
import { NO_LIVE_DATA } from '../../report/live-data';
import { reportEntries } from '../../report/report-entries';
import type { RiskFact } from '../../risk/fact';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { CliInputError } from '../errors';
import type { CliIo } from '../io';
import { parseChainOption } from './parse-chain-option';
import { findReportId } from './token';

const MARKETS: readonly LoopMarketId[] = ['aave-v3', 'morpho-blue', 'spark'];
export const usage = `lrt-advisor loop <token> --market ${MARKETS.join('|')} --leverage <x> [--chain N] [--json]`;

/** A fact as the JSON carries it: its value with source and as-of, or null with the reason. */
const factJson = <T>(f: RiskFact<T>) => (f.known ? { value: f.value, source: f.source, asOf: f.asOf } : { value: null, reason: f.reason });
const factText = (f: RiskFact<number>, unit: string) => (f.known ? `${f.value}${unit} (source: ${f.source}, as of ${f.asOf})` : `not known: ${f.reason}`);

export function loopJson(p: LoopPlan) {
  const r = p.result;
  return {
    token: p.token,
    market: p.market,
    leverage: r.leverage,
    maxLeverage: factJson(r.maxLeverage),
    netApy: factJson(r.netApy),
    liquidationThreshold: factJson(r.liquidationThreshold),
    liquidationDrop: factJson(r.liquidationDrop),
    perEthOfYours: r.perEthOfYours,
    depeg: r.depeg,
    reasons: r.reasons,
    otherMarkets: p.otherMarkets,
  };
}

export function loopText(p: LoopPlan): string {
  const r = p.result;
  const out = [
    `${p.token.symbol} looped ${r.leverage}x on ${p.market.label ?? `${p.market.id} (${p.market.chain})`}`,
    `  Net APY: ${factText(r.netApy, ' %')}`,
    `  Liquidation threshold: ${r.liquidationThreshold.known ? `${Math.round(r.liquidationThreshold.value * 1000) / 10} % (source: ${r.liquidationThreshold.source}, as of ${r.liquidationThreshold.asOf})` : `not known: ${r.liquidationThreshold.reason}`}`,
    `  Liquidated by a price fall of: ${factText(r.liquidationDrop, ' %')}`,
    `  Maximum leverage: ${factText(r.maxLeverage, 'x')}`,
    ...r.reasons.map((s) => `  ${s}`),
  ];
  for (const o of p.otherMarkets) out.push(`  Also: ${o.label}`);
  return `${out.join('\n')}\n`;
}

export async function loop(args: readonly string[], io: CliIo): Promise<number> {
  let values: { market?: string; leverage?: string; chain?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: { market: { type: 'string' }, leverage: { type: 'string' }, chain: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (cause) {
    throw new CliInputError(`${(cause as Error).message}; usage: ${usage}`);
  }
  const query = positionals.join(' ');
  if (!query) throw new CliInputError(`missing token; usage: ${usage}`);
  if (values.market === undefined) throw new CliInputError(`missing --market; usage: ${usage}`);
  if (!(MARKETS as readonly string[]).includes(values.market)) throw new CliInputError(`unknown --market ${JSON.stringify(values.market)}; one of ${MARKETS.join(', ')}`);
  if (values.leverage === undefined) throw new CliInputError(`missing --leverage; usage: ${usage}`);
  const leverage = /^\s*\d+(\.\d+)?\s*x?\s*$/i.test(values.leverage) ? Number.parseFloat(values.leverage) : Number.NaN;
  if (!Number.isFinite(leverage)) throw new CliInputError(`invalid --leverage: ${JSON.stringify(values.leverage)}`);
  const chainId = parseChainOption(values.chain) ?? 1;
  const snapshot = loadSnapshot();
  const id = findReportId(query, null);
  const entry = id ? reportEntries(snapshot).find((e) => e.id === id && e.kind === 'lrt' && e.token) : undefined;
  if (!entry) {
    io.stderr.write(`lrt-advisor: no LRT matches ${JSON.stringify(query)}\n`);
    return 1;
  }
  let plan: LoopPlan;
  try {
    plan = planLoop({ snapshot, live: NO_LIVE_DATA, lrtId: entry.id, market: values.market as LoopMarketId, chainId, leverage });
  } catch (error) {
    if (error instanceof LoopLeverageError) throw new CliInputError(error.message);
    throw error;
  }
  io.stdout.write(values.json ? `${JSON.stringify(loopJson(plan), null, 2)}\n` : loopText(plan));
  return 0;
}
