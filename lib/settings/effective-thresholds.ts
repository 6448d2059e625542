/**
 * The settings applied to the risk rules. Apart from settings.ts so that reading settings (the pages parse the
 * worker's replies with its schema) does not bring the rules along.
 */
import { rules } from '../risk/rules';
import type { Thresholds } from '../risk/types';
import type { Settings } from './settings';

/** The thresholds the engine uses: defaults overridden by the person's, for known rules only. */
export function effectiveThresholds(settings: Settings): Record<string, Thresholds> {
  const out: Record<string, Thresholds> = {};
  for (const rule of rules) out[rule.id] = { ...rule.thresholds, ...settings.thresholds[rule.id] };
  return out;
}
