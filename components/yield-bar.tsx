import type { YieldPart } from '../lib/report/token-report';

const COLORS: Record<YieldPart['key'], string> = {
  base: 'bg-sky-500',
  rate: 'bg-sky-500',
  restaking: 'bg-violet-500',
  mev: 'bg-teal-500',
  incentives: 'bg-amber-500',
};

/** The yield split as one bar: base staking / restaking (AVS) / MEV / incentives, each segment labelled. */
export function YieldBar({ parts }: { parts: YieldPart[] }) {
  const total = parts.reduce((s, p) => s + p.apy, 0);
  if (total <= 0) return null;
  return (
    <div>
      <div className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" role="img" aria-label={parts.map((p) => `${p.label} ${p.apy.toFixed(2)}%`).join(', ')}>
        {parts.map((p) => (
          <span key={p.key} className={COLORS[p.key]} style={{ width: `${(p.apy / total) * 100}%` }} />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-700 dark:text-slate-300">
        {parts.map((p) => (
          <li key={p.key} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${COLORS[p.key]}`} />
            {p.label}: {p.apy.toFixed(2)}%
          </li>
        ))}
        <li className="font-medium">Total {total.toFixed(2)}% a year</li>
      </ul>
    </div>
  );
}
