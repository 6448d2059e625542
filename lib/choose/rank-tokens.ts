/**
 * Every LST and LRT ranked for one profile. A token's score is its weighted criteria, 0–100; tokens that meet the
 * profile's hard limits come first, then those whose limits could not be checked, then those that break one.
 * Each entry says in plain sentences why it sits where it does, and names what is not known.
 */
import type { RiskSettings } from '../risk/evaluate';
import type { Candidate } from './build-candidates';
import { candidateYield, CRITERION_LABELS, measureCriteria, type CriterionResult } from './measure-criteria';
import { CRITERIA, type CriterionId, type Profile } from './profiles';

export interface ScorePart {
  criterion: CriterionId;
  label: string;
  weight: number;
  /** 0–1; 0 when not known. */
  score: number;
  /** Share of the 0–100 total this criterion earned. */
  points: number;
  known: boolean;
  value: number | null;
  phrase: string;
  reason: string | null;
  source: string | null;
  asOf: string | null;
}

export interface LimitCheck {
  limit: 'maxExitDays' | 'maxSlashablePct' | 'maxRedistributablePct' | 'minMonthsLive';
  status: 'met' | 'broken' | 'not-checked';
  sentence: string;
}

export interface RankedToken {
  rank: number;
  id: string;
  symbol: string;
  name: string;
  kind: 'lst' | 'lrt';
  score: number;
  limits: 'met' | 'not-checked' | 'broken';
  reasons: string[];
  breakdown: ScorePart[];
  limitChecks: LimitCheck[];
}

export interface Ranking {
  profile: { id: string; name: string; description: string };
  chainId: number | null;
  asOf: string;
  tokens: RankedToken[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function checkLimits(profile: Profile, m: Record<CriterionId, CriterionResult>): LimitCheck[] {
  const checks: LimitCheck[] = [];
  const check = (limit: LimitCheck['limit'], criterion: CriterionId, bound: number | null, worse: (v: number) => boolean, what: (b: number) => string) => {
    if (bound === null) return;
    const r = m[criterion];
    if (!r.known || r.value === null) {
      checks.push({ limit, status: 'not-checked', sentence: `${CRITERION_LABELS[criterion].toLowerCase()} not known, so the limit of ${what(bound)} is not checked.` });
      return;
    }
    checks.push(
      worse(r.value)
        ? { limit, status: 'broken', sentence: `${r.phrase}: over this profile’s limit of ${what(bound)}.` }
        : { limit, status: 'met', sentence: `${r.phrase}, within ${what(bound)}.` },
    );
  };
  const l = profile.limits;
  check('maxExitDays', 'withdrawal-delay', l.maxExitDays, (v) => v > l.maxExitDays!, (b) => `${b} days`);
  check('maxSlashablePct', 'slashable-share', l.maxSlashablePct, (v) => v > l.maxSlashablePct!, (b) => `${b} % slashable`);
  check('maxRedistributablePct', 'redistribution', l.maxRedistributablePct, (v) => v > l.maxRedistributablePct!, (b) => (b === 0 ? 'no redistribution' : `${b} % redistributable`));
  // time-live values are months; a young protocol breaks a minimum.
  check('minMonthsLive', 'time-live', l.minMonthsLive, (v) => v < l.minMonthsLive!, (b) => `${b} months live`);
  return checks;
}

const GROUP = { met: 0, 'not-checked': 1, broken: 2 } as const;

export interface RankInput {
  profile: Profile;
  candidates: readonly Candidate[];
  now: Date;
  settings?: RiskSettings;
  chainId?: number | null;
  asOf: string;
}

export function rankTokens(input: RankInput): Ranking {
  const { profile, candidates, now } = input;
  const yields = candidates.map(candidateYield).flatMap((y) => ('apy' in y ? [y.apy] : []));
  const bestYield = yields.length ? Math.max(...yields) : null;
  const totalWeight = CRITERIA.reduce((s, c) => s + profile.weights[c], 0) || 1;

  const scored = candidates.map((c) => {
    const m = measureCriteria(c, { now, bestYield, ...(input.settings ? { settings: input.settings } : {}) });
    const breakdown: ScorePart[] = CRITERIA.map((criterion) => {
      const r = m[criterion];
      const weight = profile.weights[criterion];
      const score = r.known ? r.score : 0;
      return {
        criterion,
        label: CRITERION_LABELS[criterion],
        weight,
        score,
        points: round1((weight * score * 100) / totalWeight),
        known: r.known,
        value: r.known ? r.value : null,
        phrase: r.phrase,
        reason: r.known ? null : r.reason,
        source: r.source,
        asOf: r.asOf,
      };
    });
    const limitChecks = checkLimits(profile, m);
    const limits: RankedToken['limits'] = limitChecks.some((l) => l.status === 'broken') ? 'broken' : limitChecks.some((l) => l.status === 'not-checked') ? 'not-checked' : 'met';
    const score = round1(breakdown.reduce((s, p) => s + (p.weight * p.score * 100) / totalWeight, 0));
    return { c, breakdown, limitChecks, limits, score };
  });

  scored.sort((a, b) => GROUP[a.limits] - GROUP[b.limits] || b.score - a.score || a.c.id.localeCompare(b.c.id));

  const tokens = scored.map((s, i): RankedToken => {
    const above = scored[i - 1];
    const reasons: string[] = [];
    if (above) reasons.push(belowSentence(s, above));
    else reasons.push(`Ranked first for “${profile.name}”, with ${s.score} of 100.`);
    const broken = s.limitChecks.filter((l) => l.status === 'broken');
    const unchecked = s.limitChecks.filter((l) => l.status === 'not-checked');
    if (broken.length) reasons.push(`Outside this profile’s limits: ${broken.map((l) => l.sentence.replace(/\.$/, '')).join('; ')}.`);
    else if (unchecked.length) reasons.push(`Not shown to meet this profile’s limits: ${unchecked.map((l) => l.sentence.replace(/\.$/, '')).join('; ')}.`);
    const strengths = s.breakdown.filter((p) => p.known && p.score >= 0.6 && p.weight > 0).sort((a, b) => b.weight * b.score - a.weight * a.score).slice(0, 3);
    if (strengths.length) reasons.push(`In its favour: ${strengths.map((p) => p.phrase).join(', ')}.`);
    const unknowns = s.breakdown.filter((p) => !p.known && p.weight > 0);
    if (unknowns.length) reasons.push(`Not known, scored as zero: ${unknowns.map((p) => p.label.toLowerCase()).join(', ')}.`);
    return {
      rank: i + 1,
      id: s.c.id,
      symbol: s.c.symbol,
      name: s.c.name,
      kind: s.c.kind,
      score: s.score,
      limits: s.limits,
      reasons,
      breakdown: s.breakdown,
      limitChecks: s.limitChecks,
    };
  });
  return { profile: { id: profile.id, name: profile.name, description: profile.description }, chainId: input.chainId ?? null, asOf: input.asOf, tokens };
}

type Scored = { c: Candidate; breakdown: ScorePart[]; limits: RankedToken['limits']; limitChecks: LimitCheck[]; score: number };

/** "Ranked below rETH: 10-day exit, 39 % of its stake slashable." — where this token lost most to the one above. */
function belowSentence(s: Scored, above: Scored): string {
  const head = `Ranked below ${above.c.symbol}`;
  if (GROUP[s.limits] > GROUP[above.limits]) {
    const first = s.limitChecks.find((l) => l.status === s.limits);
    return `${head}: ${s.limits === 'broken' ? 'it breaks' : 'it is not shown to meet'} this profile’s limits${first ? ` (${first.sentence.replace(/\.$/, '').replace(/^./, (ch) => ch.toLowerCase())})` : ''}.`;
  }
  const losses = s.breakdown
    .map((p, i) => ({ p, loss: p.weight * (above.breakdown[i]!.score - p.score) }))
    .filter((x) => x.loss > 0)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, 2)
    .map((x) => x.p.phrase);
  return losses.length ? `${head}: ${losses.join(', ')}.` : `${head}, with the same score or lower (${s.score} of 100).`;
}
