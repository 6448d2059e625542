/**
 * The one severity order: worst first. Findings are listed in it, a rule's worst finding over several lists is
 * picked by it, and a verdict is the worst level found. "unknown" and "errored" sit below every bad level and above
 * "ok": a check that could not run is never read as a pass.
 */
import type { FindingLevel, Level, VerdictLevel } from './types';

export const SEVERITY_ORDER = ['critical', 'high', 'caution', 'unknown', 'errored', 'ok', 'not-applicable'] as const satisfies readonly FindingLevel[];

/** 0 for the worst level; a larger number is milder. */
export const severityRank = (level: FindingLevel): number => SEVERITY_ORDER.indexOf(level);

/** A sort comparator: worst first. */
export const worstFirst = (a: { level: FindingLevel }, b: { level: FindingLevel }): number => severityRank(a.level) - severityRank(b.level);

/** The worst of some levels; "unknown" when there are none. */
export function worstLevel(levels: readonly VerdictLevel[]): VerdictLevel {
  let worst: VerdictLevel | null = null;
  for (const l of levels) if (worst === null || severityRank(l) < severityRank(worst)) worst = l;
  return worst ?? 'unknown';
}

const MEASURED: readonly Level[] = SEVERITY_ORDER.filter((l): l is Level => l === 'ok' || l === 'caution' || l === 'high' || l === 'critical').reverse();

/** How bad a measured level is, as a number that grows with it: ok 0, caution 1, high 2, critical 3. */
export const levelBadness = (level: Level): number => MEASURED.indexOf(level);

/** The bad levels: a measured value past a threshold. */
export const isBadLevel = (level: FindingLevel): level is Exclude<Level, 'ok'> => level === 'critical' || level === 'high' || level === 'caution';
