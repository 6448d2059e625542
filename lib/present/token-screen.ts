/**
 * The first popup screen of a token page: the verdict, a one-line why, the four key numbers, a mark per dimension
 * (contracts, slashing, exit, yield, track record — L2BEAT's rosette) and the top three reasons.
 */
import { severityRank, worstLevel } from '../risk/severity';
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


/**
 * The worst level among a dimension's findings. Nothing bad but a check that could not run: grey, and "Partly
 * checked" when something in the dimension was measured (or its key number is shown, `shown`), else "Couldn't check".
 */
export function dimensionMarks(findings: Finding[], shown: Partial<Record<Dimension, boolean>> = {}): DimensionMark[] {
  return DIMENSIONS.map((d) => {
    const own = findings.filter((f) => d.rules.includes(f.rule) && f.level !== 'not-applicable');
    let level: VerdictLevel = own.length === 0 ? 'unknown' : 'ok';
    for (const f of own) {
      const l: VerdictLevel = isBad(f) ? (f.level as VerdictLevel) : couldNotRun(f) ? 'unknown' : 'ok';
      level = worstLevel([level, l]);
    }
    const partly = level === 'unknown' && (shown[d.id] === true || own.some((f) => f.level === 'ok'));
    return { id: d.id, label: d.label, level, levelLabel: partly ? 'Partly checked' : levelLabel(level) };
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
  const numbers = keyNumbers(report);
  const known = (id: string) => numbers.some((n) => n.id === id && n.known);
  const marks = dimensionMarks(findings, { yield: known('apy'), exit: known('exit') });
  return { why: whyLine(findings, marks), numbers, marks, reasons, more: all.length - reasons.length };
}

/** The one line under the verdict: how many checks found what, where — a summary, never the first reason again. */
function whyLine(findings: Finding[], marks: DimensionMark[]): string {
  const checks = new Set(findings.filter((f) => f.level !== 'not-applicable').map((f) => f.rule)).size;
  const bad = new Set(findings.filter(isBad).map((f) => f.rule)).size;
  const missing = new Set(findings.filter(couldNotRun).map((f) => f.rule)).size;
  const open = missing > 0 ? `; ${missing} could not run yet` : '';
  if (bad === 0) return missing > 0 ? `Nothing wrong found in ${checks - missing} of ${checks} checks${open}.` : `Nothing beyond what every restake shares, in ${checks} checks.`;
  const where = marks.filter((m) => severityRank(m.level) <= severityRank('caution')).map((m) => m.label.toLowerCase());
  return `${bad} of ${checks} checks found a risk${where.length > 0 ? ` (${where.join(', ')})` : ''}${open}.`;
}

/** One wedge of the rosette: `index` of `count`, as an SVG path around (50, 50). */
export function wedgePath(index: number, count: number, radius = 46): string {
  const a0 = (index / count) * 2 * Math.PI - Math.PI / 2;
  const a1 = ((index + 1) / count) * 2 * Math.PI - Math.PI / 2;
  const p = (a: number) => `${(50 + radius * Math.cos(a)).toFixed(2)} ${(50 + radius * Math.sin(a)).toFixed(2)}`;
  return `M50 50L${p(a0)}A${radius} ${radius} 0 0 1 ${p(a1)}Z`;
}
