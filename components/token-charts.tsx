import type { ExitChart, ExposureChart, PriceChart } from '../lib/present/token-charts';
import { ChartFrame } from './chart-frame';

const track = 'fill-slate-200 dark:fill-slate-700';
const bar = 'fill-slate-700 dark:fill-slate-300';
const label = 'fill-slate-800 text-[7px] dark:fill-slate-200';

/** Slashing exposure by AVS: one bar per operator set, on a 0–100 % axis. */
export function ExposureBars({ chart }: { chart: ExposureChart }) {
  if (chart.bars.length === 0) return <p className="text-xs">{chart.desc}</p>;
  const row = 14;
  return (
    <ChartFrame chart={chart} viewBox={`0 0 200 ${chart.bars.length * row + 2}`} testId="exposure-chart">
      {chart.bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * row})`}>
          <text x="0" y="9" className={label}>
            {b.label}
          </text>
          <rect x="80" y="3" width="90" height="7" rx="2" className={track} />
          <rect x="80" y="3" width={Math.max(1, b.share * 90)} height="7" rx="2" className={b.live ? bar : 'fill-slate-500 dark:fill-slate-400'} />
          <text x="173" y="9" className={label}>
            {b.value}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

/** Redeem through the protocol (a span of days) against selling now (day 0), on the shared day axis. */
export function ExitTimeline({ chart }: { chart: ExitChart }) {
  const x = (days: number) => 40 + (days / chart.axisDays) * 150;
  return (
    <ChartFrame chart={chart} viewBox="0 0 200 40" testId="exit-chart">
      <text x="0" y="10" className={label}>
        Sell now
      </text>
      {chart.sell.possible && <circle cx={x(0)} cy="7" r="3.5" className={bar} />}
      <text x={chart.sell.possible ? x(0) + 7 : x(0)} y="10" className={label}>
        {chart.sell.text}
      </text>
      <text x="0" y="26" className={label}>
        Redeem
      </text>
      <rect x={x(0)} y="20" width="150" height="7" rx="2" className={track} />
      {chart.redeem && <rect x={x(chart.redeem.from)} y="20" width={Math.max(2, x(chart.redeem.to) - x(chart.redeem.from))} height="7" rx="2" className={bar} />}
      <text x={chart.redeem ? x(chart.redeem.to) + 4 : x(0) + 4} y="26" className={label}>
        {chart.redeem ? chart.redeem.text : "couldn't check"}
      </text>
      <text x={x(0)} y="38" className={label}>
        today
      </text>
      <text x="190" y="38" textAnchor="end" className={label}>
        {chart.axisDays} days
      </text>
    </ChartFrame>
  );
}

/** The market price as a mark on a ± 5 % line around the value. */
export function PriceGauge({ chart }: { chart: PriceChart }) {
  const x = 10 + chart.at * 180;
  return (
    <ChartFrame chart={chart} viewBox="0 0 200 30" testId="price-chart">
      <rect x="10" y="8" width="180" height="4" rx="2" className={track} />
      <line x1="100" y1="4" x2="100" y2="16" strokeWidth="1" className="stroke-slate-600 dark:stroke-slate-300" />
      <circle cx={x} cy="10" r="4" className={bar} />
      <text x="10" y="26" className={label}>
        {chart.lowLabel}
      </text>
      <text x="100" y="26" textAnchor="middle" className={label}>
        value
      </text>
      <text x="190" y="26" textAnchor="end" className={label}>
        {chart.highLabel}
      </text>
    </ChartFrame>
  );
}
