import type { KeyNumber } from '../lib/present/key-numbers';

/** A small bar on the number's shared scale (the same axis for every token), drawn as an accessible SVG. */
export function ScaleBar({ number }: { number: KeyNumber }) {
  if (number.scale === null) return null;
  const w = Math.max(2, Math.round(number.scale * 100));
  return (
    <svg viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={`${number.label}: ${number.value}`} className="mt-1 h-1.5 w-full">
      <title>{`${number.label}: ${number.value}`}</title>
      <rect x="0" y="0" width="100" height="6" rx="3" className="fill-slate-200 dark:fill-slate-700" />
      <rect x="0" y="0" width={w} height="6" rx="3" className="fill-slate-600 dark:fill-slate-300" />
    </svg>
  );
}

/** The four key numbers as a grid: two columns on narrow screens, four on wide ones (`wide`). */
export function KeyNumbers({ numbers, wide = false, caption }: { numbers: KeyNumber[]; wide?: boolean; caption?: string }) {
  return (
    <dl aria-label={caption ?? 'Key numbers'} className={`grid gap-2 ${wide ? 'grid-cols-2 sm:grid-cols-4' : 'grid-cols-2'}`} data-testid="key-numbers">
      {numbers.map((n) => (
        <div key={n.id} className="min-w-0 rounded-lg bg-slate-100 px-2.5 py-1.5 dark:bg-slate-800" data-testid={`key-${n.id}`} data-known={n.known}>
          <dt className="text-xs text-slate-700 dark:text-slate-300">{n.label}</dt>
          <dd className={`text-sm font-semibold ${n.known ? '' : 'text-slate-700 dark:text-slate-300'}`}>{n.value}</dd>
          <dd>
            <ScaleBar number={n} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
