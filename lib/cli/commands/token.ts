/**
 * `lrt-advisor token <symbol|name|address> [--chain N] [--json]`: the report on one LRT (or on direct
 * restaking in a layer): protocol, contracts per chain, yield components, AVS exposure, audits, exit,
 * incidents and the verdict, from the bundled snapshot. No match exits 1 with one line.
 */
import { parseArgs } from 'node:util';
import { parseChainId } from '../../requests/parse-request';
import { NO_LIVE_DATA } from '../../report/live-data';
import { reportEntries } from '../../report/report-entries';
import { buildTokenReport, type TokenReport } from '../../report/token-report';
import { effectiveThresholds } from '../../settings/effective-thresholds';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { loadSnapshot } from '../../snapshot/load-snapshot';
import { buildTokenIndex } from '../../worker/token-index';
import { CliInputError } from '../errors';
import type { CliIo } from '../io';
import { combineVerdicts, verdictLines } from '../verdict-output';
import type { RiskFact } from '../../risk/fact';
import { NO_TOKEN } from '../../present/token-details';

export const usage = 'lrt-advisor token <symbol|name|address> [--chain N] [--json]';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The report id for a query: an address (on --chain if given), a symbol, a report id, or a name. */
export function findReportId(query: string, chainId: number | null): string | null {
  const snapshot = loadSnapshot();
  const index = buildTokenIndex(snapshot);
  const q = query.trim();
  if (/^0x[0-9a-fA-F]{40}$/.test(q)) {
    const hit = index.find((e) => e.address?.toLowerCase() === q.toLowerCase() && (chainId === null || e.chainId === chainId));
    return hit?.reportId ?? null;
  }
  const n = norm(q);
  if (!n) return null;
  const onChain = (e: (typeof index)[number]) => chainId === null || e.chainId === chainId || e.chainId === null;
  const entries = reportEntries(snapshot);
  return (
    entries.find((e) => norm(e.id) === n)?.id ??
    index.find((e) => onChain(e) && norm(e.symbol) === n)?.reportId ??
    entries.find((e) => norm(e.name) === n)?.id ??
    index.find((e) => onChain(e) && (norm(e.name).includes(n) || norm(e.protocol).includes(n)))?.reportId ??
    null
  );
}

const fact = <T>(f: RiskFact<T>, show: (v: T) => string) => (f.known ? `${show(f.value)} (source: ${f.source}, as of ${f.asOf})` : `not checked: ${f.reason}`);

export function reportText(r: TokenReport): string {
  const out: string[] = [];
  out.push(`${r.name}${r.symbol ? ` (${r.symbol})` : ''} · ${r.protocol.name} · data: bundled snapshot ${r.snapshotAsOf}`);
  out.push(...verdictLines(combineVerdicts([r.verdict])));
  out.push('Yield:');
  if (r.yield.parts.length) {
    for (const p of r.yield.parts) out.push(`  ${p.label}: ${p.apy.toFixed(2)}%`);
    out.push(`  (source: ${r.yield.source ?? 'not named'}, as of ${r.yield.asOf ?? 'not dated'})`);
    if (r.yield.note) out.push(`  ${r.yield.note}`);
  } else out.push(`  not known: ${r.yield.note}`);
  out.push('Slashing exposure:', `  ${fact(r.facts.exposure, (e) => `${e.operatorSets.filter((s) => s.live).length} live operator sets`)}`);
  if (r.facts.exposure.known)
    for (const s of r.facts.exposure.value.operatorSets)
      out.push(`  ${s.avsName ?? s.avs} #${s.operatorSetId}: ${(s.slashableShare * 100).toFixed(2)}% slashable, ${s.live ? 'live' : 'not live'}, ${s.destination}`);
  else {
    for (const o of r.operators) out.push(`  Operator on record: ${o.name}${o.address ? ` ${o.address}` : ''} (source: ${o.source})`);
    if (r.operators.length && r.operatorsNote) out.push(`  ${r.operatorsNote}`);
  }
  out.push(`  Slashing model: ${fact(r.facts.slashingModel, (m) => `${m.layer} ${m.slasher} slasher${m.vetoDays !== null ? `, ${m.vetoDays}-day veto` : ''}`)}`);
  out.push(`Audits (${r.audits.length}):`);
  for (const a of r.audits) out.push(`  ${a.date ?? 'undated'} ${a.auditor ?? 'unnamed'}: ${a.subject} ${a.reportUrl}`);
  if (r.auditsNote) out.push(`  ${r.auditsNote}`);
  out.push('Exit:', `  ${r.exit.path ?? 'path not known'}`, `  Queue: ${r.exit.queue}`, `  EigenLayer: ${r.exit.eigenLayer}`);
  for (const i of r.exit.instantRedeem) out.push(`  Instant: ${i.name}, ${i.fee}`);
  out.push(`  Market vs redemption: ${r.symbol === null ? NO_TOKEN : fact(r.facts.peg, (p) => `${p.marketPrice} vs ${p.redemptionValue} ETH on ${p.market}`)}`);
  out.push(`Incidents (${r.incidents.length}):`);
  for (const i of r.incidents) out.push(`  ${i.date} [${i.impact}] ${i.title} — ${i.sources[0]}`);
  out.push(`Contracts (${r.contracts.length}):`);
  for (const c of r.contracts) out.push(`  ${c.chain} ${c.name} ${c.address} (${c.verification})`);
  out.push(`Tokens (${r.tokens.length}):`);
  for (const t of r.tokens) out.push(`  ${t.chain} ${t.symbol} ${t.address} (${t.verification})`);
  return `${out.join('\n')}\n`;
}

export async function token(args: readonly string[], io: CliIo): Promise<number> {
  let values: { chain?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], options: { chain: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (cause) {
    throw new CliInputError(`${(cause as Error).message}; usage: ${usage}`);
  }
  const query = positionals.join(' ');
  if (!query) throw new CliInputError(`missing token; usage: ${usage}`);
  let chainId: number | null = null;
  if (values.chain !== undefined) {
    try {
      chainId = parseChainId(values.chain, '--chain');
    } catch {
      chainId = null;
    }
    if (chainId === null) throw new CliInputError(`invalid --chain: ${JSON.stringify(values.chain)}`);
  }
  const id = findReportId(query, chainId);
  const snapshot = loadSnapshot();
  const entry = id ? reportEntries(snapshot).find((e) => e.id === id) : undefined;
  if (!entry) {
    io.stderr.write(`lrt-advisor: no LRT matches ${JSON.stringify(query)}${chainId ? ` on chain ${chainId}` : ''}\n`);
    return 1;
  }
  const report = buildTokenReport(entry, { snapshot, live: NO_LIVE_DATA, now: new Date(), settings: effectiveThresholds(DEFAULT_SETTINGS) });
  if (values.json) io.stdout.write(`${JSON.stringify({ ...report, verdict: combineVerdicts([report.verdict]) }, null, 2)}\n`);
  else io.stdout.write(reportText(report));
  return 0;
}
