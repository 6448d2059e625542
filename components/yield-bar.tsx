import type { YieldPart } from '../lib/report/token-report';
import { yieldChart } from '../lib/present/token-charts';
import { ChartFrame } from './chart-frame';

const COLORS: Record<YieldPart['key'], { fill: string; dot: string }> = {
  base: { fill: 'fill-sky-600', dot: 'bg-sky-600' },
  rate: { fill: 'fill-sky-600', dot: 'bg-sky-600' },
  restaking: { fill: 'fill-violet-600', dot: 'bg-violet-600' },
  mev: { fill: 'fill-teal-600', dot: 'bg-teal-600' },
  incentives: { fill: 'fill-amber-500', dot: 'bg-amber-500' },
};

/** The yield split as one bar on the axis every token shares (0–10 % a year), each part named in the legend. */
export function YieldBar({ parts }: { parts: YieldPart[] }) {
  const chart = yieldChart(parts);
  if (!chart) return null;
  return (
    <div>
      <ChartFrame chart={chart} viewBox="0 0 200 20" testId="yield-chart">
        <rect x="0" y="0" width="200" height="8" rx="4" className="fill-slate-200 dark:fill-slate-700" />
        {chart.segments.map((s) => (
          <rect key={s.key} x={s.from * 200} y="0" width={s.width * 200} height="8" className={COLORS[s.key].fill} />
        ))}
        <text x="0" y="18" className="fill-slate-700 text-[7px] dark:fill-slate-300">
          0 %
        </text>
        <text x="200" y="18" textAnchor="end" className="fill-slate-700 text-[7px] dark:fill-slate-300">
          {chart.axis} %
        </text>
      </ChartFrame>
      <ul className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-700 dark:text-slate-300">
        {chart.segments.map((s) => (
          <li key={s.key} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${COLORS[s.key].dot}`} />
            {s.text}
          </li>
        ))}
        <li className="font-medium">{chart.total}</li>
      </ul>
    </div>
  );
}
