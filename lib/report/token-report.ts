/**
 * The full report on one LRT (or on direct EigenLayer restaking): everything the popup's token page,
 * the CLI's `token` command and the warning show, every figure with its source and as-of, and the
 * verdict of the risk rules over it.
 */
import type { Intent } from '../detect/intent';
import { evaluate, type RiskSettings } from '../risk/evaluate';
import { rules } from '../risk/rules';
import type { RegistryView, RiskFacts, Verdict } from '../risk/types';
import { getContract, getProtocol, getToken, listContracts, listTokens } from '../protocols/registry';
import type { LrtEntry } from '../snapshot/lrt-entry-schema';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { chainInfo, explorerAddressUrl } from './chains';
import type { LiveData, OnchainData } from './live-data';
import { buildRiskFacts, type FactOptions } from './risk-facts';

export interface ChainAddress {
  chainId: number;
  chain: string;
  address: string;
  verification: 'primary' | 'secondary' | 'unverified';
  source: string;
  explorer: string | null;
  note?: string;
}

export interface YieldPart {
  key: 'base' | 'restaking' | 'mev' | 'incentives' | 'rate';
  label: string;
  apy: number;
}

export interface TokenReport {
  id: string;
  name: string;
  symbol: string | null;
  protocol: { id: string; name: string };
  kind: 'lrt' | 'direct-restaking';
  snapshotAsOf: string;
  verdict: Verdict;
  facts: RiskFacts;
  tokens: (ChainAddress & { symbol: string })[];
  contracts: (ChainAddress & { name: string })[];
  yield: { parts: YieldPart[]; method: string | null; source: string | null; asOf: string | null; note: string | null };
  audits: { auditor: string | null; subject: string; date: string | null; reportUrl: string; verification: string; source: string }[];
  auditsNote: string | null;
  exit: {
    path: string | null;
    queue: string | null;
    eigenLayer: string | null;
    instantRedeem: { name: string; fee: string; note: string; source: string }[];
  };
  operators: { name: string; address: string | null; avs: string[]; source: string }[];
  operatorsNote: string | null;
  incidents: { id: string; date: string; title: string; summary: string; impact: string; sources: string[] }[];
  protection: { kind: string; title: string; detail: string; source: string }[];
  /** Each pause read on-chain in the last refresh: which contract, which check, what it stops; empty before one. */
  pausesRead: { contract: string; check: string; stops: ('deposit' | 'withdrawal')[]; paused: boolean }[];
}

function pausesRead(entry: LrtEntry, live: LiveData): TokenReport['pausesRead'] {
  const fact = live.onchain?.data?.paused[entry.protocol as keyof OnchainData['paused']];
  if (fact?.status !== 'ok') return [];
  return fact.value.checks.map((c) => ({ contract: c.contract, check: c.check, stops: [...(c.blocks ?? ['deposit'])], paused: c.paused }));
}

export const registryView: RegistryView = {
  isRegisteredContract: (chainId, address) => getContract(chainId, address) !== undefined,
  protocolChains: (id) => [...new Set(listContracts().filter((c) => c.protocol.id === id).map((c) => c.deployment.chainId))],
  tokenKind: (chainId, address) => getToken(chainId, address)?.token.kind ?? null,
};

export const chainAddress = (d: { chainId: number; address: string; verification: ChainAddress['verification']; source: string; note?: string }): ChainAddress => ({
  chainId: d.chainId,
  chain: chainInfo(d.chainId).name,
  address: d.address,
  verification: d.verification,
  source: d.source,
  explorer: explorerAddressUrl(d.chainId, d.address),
  ...(d.note ? { note: d.note } : {}),
});

function yieldOf(entry: LrtEntry, facts: RiskFacts): TokenReport['yield'] {
  const y = entry.yield;
  const method = 'reason' in y.method ? null : y.method.value;
  const components: [YieldPart['key'], string, LrtEntry['yield']['baseStaking']][] = [
    ['base', 'Base staking', y.baseStaking],
    ['restaking', 'Restaking (AVS rewards)', y.restakingRewards],
    ['mev', 'MEV', y.mev],
    ['incentives', 'Incentives', y.incentives],
  ];
  const sourced = components.flatMap(([key, label, fact]) => (fact.value !== null && fact.value > 0 ? [{ key, label, fact }] : []));
  if (sourced.length > 0) {
    // Each part carries its own source and date: one source is named as such, several fall back to the snapshot.
    const sources = new Set(sourced.map((p) => p.fact.source));
    const notes = sourced.map((p) => ('note' in p.fact ? p.fact.note : undefined)).filter((n): n is string => !!n);
    return {
      parts: sourced.map(({ key, label, fact }) => ({ key, label: `${label} (last known)`, apy: fact.value! })),
      method,
      source: sources.size === 1 ? sourced[0]!.fact.source! : 'LRT Advisor snapshot',
      asOf: sourced.map((p) => p.fact.asOf).sort()[0]!,
      note: notes.length ? notes.join(' ') : null,
    };
  }
  const split = facts.yieldSplit;
  // No live split yet: the last known exchange-rate yield, with its own source and date.
  const last = entry.yield.exchangeRateApy;
  if (!split.known && last.value !== null)
    return {
      parts: [{ key: 'rate', label: 'Exchange rate (last known)', apy: last.value }],
      method,
      source: last.source,
      asOf: last.asOf,
      note: last.note ?? null,
    };
  if (!split.known) return { parts: [], method, source: split.source ?? null, asOf: split.asOf ?? null, note: split.reason };
  const parts: YieldPart[] = [];
  if (split.value.apyBase !== null && split.value.apyBase > 0)
    parts.push({ key: 'rate', label: 'Exchange rate (staking, restaking and MEV together)', apy: split.value.apyBase });
  if (split.value.apyReward !== null && split.value.apyReward > 0)
    parts.push({ key: split.value.incentives !== null ? 'incentives' : 'restaking', label: split.value.incentives !== null ? 'Incentives' : 'Restaking rewards (tokens)', apy: split.value.apyReward });
  return {
    parts,
    method,
    source: split.source,
    asOf: split.asOf,
    note: 'No source splits the exchange-rate yield into base staking, restaking and MEV.',
  };
}

export interface ReportInput {
  snapshot: Snapshot;
  live: LiveData;
  now: Date;
  settings?: RiskSettings;
  intent?: Intent | null;
  factOptions?: FactOptions;
}

export function buildTokenReport(entry: LrtEntry, input: ReportInput): TokenReport {
  const { snapshot, live, now } = input;
  const intent = input.intent ?? null;
  const facts = buildRiskFacts(entry, snapshot, live, { ...input.factOptions, intent });
  const protocol = getProtocol(entry.protocol);
  const verdict: Verdict = evaluate(
    rules,
    { now, intent, subject: { id: entry.id, name: entry.name, symbol: entry.token?.symbol ?? null, protocol: entry.protocol }, facts, registry: registryView },
    input.settings,
  );
  const tokens = listTokens()
    .filter((t) => t.protocol?.id === entry.protocol && t.token.kind === 'lrt')
    .filter((t) => !entry.token || entry.protocol !== 'yieldnest' || t.token.symbol === entry.token.symbol)
    .map((t) => ({ ...chainAddress(t.deployment), symbol: t.token.symbol }));
  const contracts = listContracts()
    .filter((c) => c.protocol.id === entry.protocol)
    .map((c) => ({ ...chainAddress(c.deployment), name: c.contract.name }));
  const w = entry.withdrawal;
  return {
    id: entry.id,
    name: entry.name,
    symbol: entry.token?.symbol ?? null,
    protocol: { id: entry.protocol, name: protocol?.name ?? entry.protocol },
    kind: entry.kind,
    snapshotAsOf: snapshot.asOf,
    verdict,
    facts,
    tokens,
    contracts,
    yield: yieldOf(entry, facts),
    audits: entry.audits.map((a) => ({ auditor: a.auditor, subject: a.subject, date: a.date, reportUrl: a.reportUrl, verification: a.verification, source: a.source })),
    auditsNote: entry.auditsNote,
    exit: {
      path: 'reason' in w.path ? null : w.path.value,
      queue: 'reason' in w.protocolQueue ? w.protocolQueue.reason : w.protocolQueue.value.text,
      eigenLayer: 'reason' in w.eigenLayerDelay ? w.eigenLayerDelay.reason : w.eigenLayerDelay.value.text,
      instantRedeem: w.instantRedeem.map((r) => ({
        name: r.name,
        fee: 'reason' in r.feeBps ? `fee not known: ${r.feeBps.reason.replace(/\.$/, '')}` : `${r.feeBps.value / 100}% fee`,
        note: r.note,
        source: r.source,
      })),
    },
    operators: entry.operators.list.map((o) => ({ name: o.name, address: o.address, avs: o.exposure.map((e) => e.avs), source: o.source })),
    operatorsNote: entry.operators.unknownReason,
    incidents: entry.incidents.map((i) => ({ id: i.id, date: i.date, title: i.title, summary: i.summary, impact: i.impact, sources: i.sources })),
    protection: entry.protection.map((p) => ({ kind: p.kind, title: p.title, detail: p.detail, source: p.source })),
    pausesRead: pausesRead(entry, live),
  };
}
