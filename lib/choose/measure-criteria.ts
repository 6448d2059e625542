/**
 * Each criterion of a profile measured for one token, as a score from 0 (worst) to 1 (best) with a short phrase a
 * person reads ("10-day exit", "39 % of its stake slashable"). Criteria that are risk rules are measured and judged
 * by the rule itself (lib/risk/rules) against the person's thresholds: ok scores 1, caution 0.6, high 0.25,
 * critical 0. A fact nobody could source scores 0 and says so: it is never counted as fine.
 */
import { evaluateRule } from '../risk/evaluate';
import type { RiskSettings } from '../risk/evaluate';
import { rules } from '../risk/rules';
import type { FindingLevel, RegistryView } from '../risk/types';
import type { Candidate } from './build-candidates';
import type { CriterionId } from './profiles';
import { usd } from '../present/format';

export type CriterionResult =
  | { known: true; value: number | null; score: number; phrase: string; source: string; asOf: string }
  | { known: false; reason: string; phrase: string; source: string | null; asOf: string | null };

export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
  yield: 'Yield',
  'yield-sustainability': 'Yield from incentives',
  restaking: 'Restaked',
  'slashable-share': 'Stake slashable',
  'operator-concentration': 'Largest operator',
  redistribution: 'Redistributable stake',
  'withdrawal-delay': 'Exit time',
  'price-impact': 'Market depth',
  peg: 'Price vs redemption value',
  audits: 'Audits',
  'time-live': 'Time live',
  tvl: 'Value locked',
  upgradeability: 'Upgrade delay',
  incidents: 'Incidents',
  protection: 'Protection',
};

const LEVEL_SCORE: Partial<Record<FindingLevel, number>> = { ok: 1, caution: 0.6, high: 0.25, critical: 0 };

const num = (n: number) => String(Math.round(n * 10) / 10);

/** The phrase for a measured value of a rule criterion. */
const PHRASES: Partial<Record<CriterionId, (v: number | null) => string>> = {
  'withdrawal-delay': (v) => (v === 0 ? 'exit at once through the protocol' : `${num(v!)}-day exit`),
  'slashable-share': (v) => (v === 0 ? 'none of its stake slashable' : `${num(v!)} % of its stake slashable`),
  'operator-concentration': (v) => `largest operator runs ${num(v!)} % of the stake`,
  redistribution: (v) => (v === 0 ? 'nothing redistributable' : `${num(v!)} % of its stake redistributable`),
  'price-impact': (v) => `selling 100 costs ${num(v! / 100)} %`,
  peg: (v) => (v! <= 0 ? 'trades at its redemption value' : `trades ${num(v! / 100)} % below its redemption value`),
  audits: (v) => `${v} audit${v === 1 ? '' : 's'} published`,
  'time-live': (v) => (v! >= 24 ? `${Math.floor(v! / 12)} years live` : `${Math.round(v!)} months live`),
  tvl: (v) => `${usd(v!)} locked`,
  upgradeability: (v) => (v === 0 ? 'upgradeable at once' : `${num(v!)}-hour upgrade delay`),
  incidents: (v) => (v === null ? 'no incident that hit funds or the peg' : `an incident that hit funds or the peg ${Math.round(v)} months ago`),
  'yield-sustainability': (v) => `${num(v!)} % of the yield in incentives`,
};

const RULE_CRITERIA = Object.keys(PHRASES) as CriterionId[];

const registryStub: RegistryView = { isRegisteredContract: () => false, protocolChains: () => [], tokenKind: () => null };

export interface MeasureInput {
  now: Date;
  settings?: RiskSettings;
  /** Highest known yield among the tokens ranked, so yield scores relative to the best on offer. */
  bestYield: number | null;
}

export function candidateYield(c: Pick<Candidate, 'facts'>): { apy: number; source: string; asOf: string } | { reason: string } {
  const split = c.facts.yieldSplit;
  if (!split.known) return { reason: split.reason };
  const { apyBase, apyReward } = split.value;
  if (apyBase === null && apyReward === null) return { reason: 'no yield figures are available' };
  return { apy: Math.max(0, apyBase ?? 0) + Math.max(0, apyReward ?? 0), source: split.source, asOf: split.asOf };
}

export function measureCriteria(c: Candidate, input: MeasureInput): Record<CriterionId, CriterionResult> {
  const out = {} as Record<CriterionId, CriterionResult>;
  const ctx = { now: input.now, intent: null, subject: c.subject, facts: c.facts, registry: registryStub };
  for (const id of RULE_CRITERIA) {
    const rule = rules.find((r) => r.id === id)!;
    const f = evaluateRule(rule, ctx, input.settings);
    const score = LEVEL_SCORE[f.level];
    out[id] =
      score === undefined
        ? { known: false, reason: f.message.replace(/^Not checked: /, ''), phrase: `${CRITERION_LABELS[id].toLowerCase()} not known`, source: f.source, asOf: f.asOf }
        : { known: true, value: f.value, score, phrase: PHRASES[id]!(f.value), source: f.source ?? '', asOf: f.asOf ?? '' };
  }
  const kindSource = 'LRT Advisor registry (token kind)';
  out.restaking =
    c.kind === 'lst'
      ? { known: true, value: 0, score: 1, phrase: 'not restaked', source: kindSource, asOf: input.now.toISOString().slice(0, 10) }
      : { known: true, value: 1, score: 0, phrase: 'restaked: AVSs add slashing and contract risk', source: kindSource, asOf: input.now.toISOString().slice(0, 10) };
  const y = candidateYield(c);
  out.yield =
    'apy' in y
      ? { known: true, value: y.apy, score: input.bestYield ? Math.min(1, y.apy / input.bestYield) : 0, phrase: `${num(y.apy)} % APY`, source: y.source, asOf: y.asOf }
      : { known: false, reason: y.reason, phrase: 'yield not known', source: null, asOf: null };
  out.protection = !c.protection
    ? { known: false, reason: 'no protection facts are bundled for this token', phrase: 'protection not known', source: null, asOf: null }
    : c.protection.kinds.length
      ? { known: true, value: c.protection.kinds.length, score: 1, phrase: c.protection.titles[0]!.toLowerCase(), source: c.protection.source, asOf: c.protection.asOf }
      : { known: true, value: 0, score: 0, phrase: 'no anti-slashing protection, bond or insurance on record', source: c.protection.source, asOf: c.protection.asOf };
  return out;
}
