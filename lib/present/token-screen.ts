/**
 * The first popup screen of a token page: the verdict, a one-line why, the four key numbers, a mark per dimension
 * (contracts, slashing, exit, yield, track record — L2BEAT's rosette) and the top three reasons.
 */
import { worstLevel } from '../risk/severity';
import type { TokenReport } from '../report/token-report';
import type { Finding, VerdictLevel } from '../risk/types';
import { keyNumbers, type KeyNumber } from './key-numbers';
import { levelLabel } from './levels';
import { couldNotRun, isBad, reasonsOf, type Reason } from './reasons';

export type Dimension = 'contracts' | 'slashing' | 'exit' | 'yield' | 'track-record';

export const DIMENSIONS: { id: Dimension; label: string; rules: string[] }[] = [
  { id: 'contracts', label: 'Contracts', rules: ['official-contract', 'paused', 'audits', 'audit-recency', 'upgradeability'] },
  { id: 'slashing', label: 'Slashing', rules: ['avs-count', 'slashable-share', 'operator-concentration', 'redistribution', 'slashing-veto'] },
  { id: 'exit', label: 'Exit', rules: ['withdrawal-delay', 'peg', 'price-impact', 'looping'] },
  { id: 'yield', label: 'Yield', rules: ['yield-sustainability'] },
  { id: 'track-record', label: 'Track record', rules: ['incidents', 'time-live', 'tvl'] },
];

export interface DimensionMark {
  id: Dimension;
  label: string;
  level: VerdictLevel;
  levelLabel: string;
}

/** The worst level among a dimension's findings; "unknown" when nothing bad was found but a check could not run. */
export function dimensionMarks(findings: Finding[]): DimensionMark[] {
  return DIMENSIONS.map((d) => {
    const own = findings.filter((f) => d.rules.includes(f.rule) && f.level !== 'not-applicable');
    let level: VerdictLevel = own.length === 0 ? 'unknown' : 'ok';
    for (const f of own) {
      const l: VerdictLevel = isBad(f) ? (f.level as VerdictLevel) : couldNotRun(f) ? 'unknown' : 'ok';
      level = worstLevel([level, l]);
    }
    return { id: d.id, label: d.label, level, levelLabel: levelLabel(level) };
  });
}

export interface TokenScreen {
  why: string;
  numbers: KeyNumber[];
  marks: DimensionMark[];
  reasons: Reason[];
  more: number;
}

export function tokenScreen(report: TokenReport): TokenScreen {
  const findings = report.verdict.findings;
  const all = reasonsOf(findings, null);
  const reasons = all.slice(0, 3);
  const bad = findings.filter(isBad).length;
  const measured = findings.filter((f) => f.level === 'ok').length;
  const missing = findings.filter(couldNotRun).length;
  const why =
    bad > 0
      ? reasons[0]!.text
      : missing > 0
        ? `Nothing wrong in ${measured} checks; ${missing} could not run yet.`
        : `Nothing beyond what every restake shares, in ${measured} checks.`;
  return { why, numbers: keyNumbers(report), marks: dimensionMarks(findings), reasons, more: all.length - reasons.length };
}

/** One wedge of the rosette: `index` of `count`, as an SVG path around (50, 50). */
export function wedgePath(index: number, count: number, radius = 46): string {
  const a0 = (index / count) * 2 * Math.PI - Math.PI / 2;
  const a1 = ((index + 1) / count) * 2 * Math.PI - Math.PI / 2;
  const p = (a: number) => `${(50 + radius * Math.cos(a)).toFixed(2)} ${(50 + radius * Math.sin(a)).toFixed(2)}`;
  return `M50 50L${p(a0)}A${radius} ${radius} 0 0 1 ${p(a1)}Z`;
}
