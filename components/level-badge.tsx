import type { FindingLevel, VerdictLevel } from '../lib/risk/types';

const LABELS: Record<FindingLevel | VerdictLevel, string> = {
  ok: 'OK',
  caution: 'Caution',
  high: 'High risk',
  critical: 'Critical',
  unknown: 'Not fully checked',
  errored: 'Check failed',
  'not-applicable': 'n/a',
};

const STYLES: Record<FindingLevel | VerdictLevel, string> = {
  ok: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  caution: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  high: 'bg-orange-100 text-orange-900 dark:bg-orange-900 dark:text-orange-100',
  critical: 'bg-red-600 text-white dark:bg-red-500',
  unknown: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  errored: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  'not-applicable': 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
};

export function levelLabel(level: FindingLevel | VerdictLevel): string {
  return LABELS[level];
}

export function LevelBadge({ level }: { level: FindingLevel | VerdictLevel }) {
  return (
    <span data-level={level} className={`inline-flex flex-none items-center rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[level]}`}>
      {LABELS[level]}
    </span>
  );
}
