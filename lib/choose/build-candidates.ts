/**
 * Every token the ranking compares: each LRT report entry (the bundled snapshot plus what the registry adds, refined
 * by the live data the worker cached) and each liquid staking token of the registry. Each carries the same
 * RiskFacts the warning's rules read, so a profile judges a token on exactly what the warning measures.
 */
import { assets } from '../protocols/index';
import { listTokens } from '../protocols/registry';
import type { LiveData } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { buildRiskFacts } from '../report/risk-facts';
import { known, noFacts, unknown } from '../risk/fact';
import type { RiskFacts } from '../risk/types';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { lstFactsFor } from './lst-facts';

export interface Candidate {
  /** Report id for an LRT (`weeth`), registry token id for an LST (`rETH`). */
  id: string;
  symbol: string;
  name: string;
  kind: 'lst' | 'lrt';
  /** Chains the registry knows a deployment of this token on. */
  chains: number[];
  facts: RiskFacts;
  /** Protection the snapshot records (anti-slashing signer, operator bond, insurance, …); null when not known. */
  protection: { kinds: string[]; titles: string[]; source: string; asOf: string } | null;
  subject: { id: string; name: string; symbol: string | null; protocol: string };
}

/** The amount, in whole tokens, the market depth is measured for. */
export const DEPTH_AMOUNT_TOKENS = 100;

const PROTECTIVE = new Set(['anti-slashing-signer', 'operator-bond', 'insurance']);

function lrtCandidates(snapshot: Snapshot, live: LiveData): Candidate[] {
  const registryTokens = listTokens();
  return reportEntries(snapshot)
    .filter((e) => e.kind === 'lrt' && e.token)
    .map((entry) => {
      const symbol = entry.token!.symbol;
      const chains = [
        ...new Set([
          entry.token!.chainId,
          ...registryTokens
            .filter((t) => t.protocol?.id === entry.protocol && t.token.kind === 'lrt' && (entry.protocol !== 'yieldnest' && entry.protocol !== 'mellow' ? true : t.token.symbol === symbol))
            .map((t) => t.deployment.chainId),
        ]),
      ].sort((a, b) => a - b);
      const shields = entry.protection.filter((p) => PROTECTIVE.has(p.kind));
      return {
        id: entry.id,
        symbol,
        name: entry.name,
        kind: 'lrt' as const,
        chains,
        facts: buildRiskFacts(entry, snapshot, live, { amountTokens: DEPTH_AMOUNT_TOKENS }),
        protection:
          snapshot.lrts.some((l) => l.id === entry.id)
            ? {
                kinds: shields.map((p) => p.kind),
                titles: shields.map((p) => p.title),
                source: shields[0]?.source ?? 'LRT Advisor snapshot (protection list)',
                asOf: shields[0]?.asOf ?? snapshot.asOf,
              }
            : null,
        subject: { id: entry.id, name: entry.name, symbol, protocol: entry.protocol },
      };
    });
}

const NOT_RESTAKED = 'LRT Advisor registry: a liquid staking token, not delegated to a restaking layer';

function lstCandidates(snapshot: Snapshot): Candidate[] {
  return assets
    .filter((t) => t.kind === 'lst')
    .map((token) => {
      const lst = lstFactsFor(token.id);
      const notBundled = `no ${token.symbol} fact of this kind is bundled`;
      const facts: RiskFacts = {
        ...noFacts(notBundled),
        exposure: known({ operatorSets: [], topOperatorShare: null, operatorCount: 0, stakerListOrigin: 'snapshot' }, NOT_RESTAKED, snapshot.asOf),
        withdrawal: lst?.exit
          ? known({ minDays: lst.exit.minDays, maxDays: lst.exit.maxDays, text: lst.exit.text }, lst.exit.source, lst.exit.asOf, lst.exit.verification)
          : unknown(`${token.symbol}’s exit time is not in the bundled facts`),
        liquidationThreshold: unknown('not a lending request'),
      };
      return {
        id: token.id,
        symbol: token.symbol,
        name: token.name,
        kind: 'lst' as const,
        chains: [...new Set(token.deployments.map((d) => d.chainId))].sort((a, b) => a - b),
        facts,
        protection: null,
        subject: { id: token.id, name: token.name, symbol: token.symbol, protocol: lst?.issuer ?? token.name },
      };
    });
}

export function buildCandidates(snapshot: Snapshot, live: LiveData, chainId: number | null = null): Candidate[] {
  const all = [...lstCandidates(snapshot), ...lrtCandidates(snapshot, live)];
  return chainId === null ? all : all.filter((c) => c.chains.includes(chainId));
}
