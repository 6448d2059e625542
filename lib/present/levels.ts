/**
 * The verdict levels as a person sees them: a name, a colour, an icon and what the buttons do. The ids stay the
 * engine's (`critical`, `high`, `caution`, `ok`, `unknown`; the CLI's `--json` keeps them); only the words and
 * the look live here. Each level has its own hue and icon, so it never rests on colour alone (Rabby's levels,
 * MetaMask's "couldn't check").
 */
import type { FindingLevel, VerdictLevel } from '../risk/types';

export type LevelIcon = 'check' | 'info' | 'triangle' | 'octagon' | 'question';

export interface LevelLook {
  label: string;
  /** Badge background and text, light and dark scheme (hex). */
  light: { bg: string; fg: string };
  dark: { bg: string; fg: string };
  icon: LevelIcon;
}

export const LEVEL_LOOK: Record<VerdictLevel, LevelLook> = {
  ok: { label: 'No extra risk found', light: { bg: '#15803d', fg: '#ffffff' }, dark: { bg: '#4ade80', fg: '#052e16' }, icon: 'check' },
  caution: { label: 'Caution', light: { bg: '#fde047', fg: '#422006' }, dark: { bg: '#fde047', fg: '#422006' }, icon: 'info' },
  high: { label: 'High risk', light: { bg: '#c2410c', fg: '#ffffff' }, dark: { bg: '#fb923c', fg: '#431407' }, icon: 'triangle' },
  critical: { label: 'Danger', light: { bg: '#9f1239', fg: '#ffffff' }, dark: { bg: '#e11d48', fg: '#ffffff' }, icon: 'octagon' },
  unknown: { label: "Couldn't check", light: { bg: '#e2e8f0', fg: '#0f172a' }, dark: { bg: '#475569', fg: '#ffffff' }, icon: 'question' },
};

/** From least to most severe: each level's colour must differ clearly from the next one's. */
export const LEVEL_ORDER: readonly VerdictLevel[] = ['unknown', 'ok', 'caution', 'high', 'critical'];

export function levelLook(level: FindingLevel | VerdictLevel): LevelLook {
  if (level === 'errored') return LEVEL_LOOK.unknown;
  if (level === 'not-applicable') return { ...LEVEL_LOOK.unknown, label: 'Does not apply' };
  return LEVEL_LOOK[level];
}

export function levelLabel(level: FindingLevel | VerdictLevel): string {
  return levelLook(level).label;
}

/** From Caution up, Cancel is the primary button. */
export function cancelIsPrimary(level: VerdictLevel): boolean {
  return level === 'caution' || level === 'high' || level === 'critical';
}

/** At Danger, Continue waits for the person to tick "I understand". */
export function needsAcknowledgement(level: VerdictLevel): boolean {
  return level === 'critical';
}
