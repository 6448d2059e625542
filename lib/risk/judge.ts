import type { Level, Thresholds } from './types';

/** The level a value reaches against thresholds: the worst one it meets or passes. */
export function judge(value: number, direction: 'higher-is-worse' | 'lower-is-worse', thresholds: Thresholds): Level {
  const reaches = (t: number | undefined) => t !== undefined && (direction === 'higher-is-worse' ? value >= t : value <= t);
  if (reaches(thresholds.critical)) return 'critical';
  if (reaches(thresholds.high)) return 'high';
  if (reaches(thresholds.caution)) return 'caution';
  return 'ok';
}
