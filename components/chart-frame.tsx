import { useId, type ReactNode } from 'react';
import type { Chart } from '../lib/present/token-charts';

/** An SVG chart whose accessible name is its title and whose description says every figure it draws. */
export function ChartFrame({ chart, viewBox, className = 'w-full', testId, children }: { chart: Chart; viewBox: string; className?: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="flex flex-col gap-1" data-testid={testId}>
      <figcaption className="text-xs font-semibold">{chart.title}</figcaption>
      <svg viewBox={viewBox} role="img" aria-labelledby={`${id}-t ${id}-d`} className={className}>
        <title id={`${id}-t`}>{chart.title}</title>
        <desc id={`${id}-d`}>{chart.desc}</desc>
        {children}
      </svg>
    </figure>
  );
}
