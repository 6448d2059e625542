import type { Ref } from 'react';
import type { CompareCell, CompareRow } from '../lib/ui/compare-rows';
import type { CompareColumn, CompareSort } from '../lib/ui/sort-compare-rows';
import { LevelBadge } from './level-badge';

/** What a person compares first comes first: the verdict, then yield, exit, slashing, price, size, audits. */
const COLUMNS: { id: CompareColumn; label: string }[] = [
  { id: 'name', label: 'LRT' },
  { id: 'verdict', label: 'Verdict' },
  { id: 'apy', label: 'Yield a year' },
  { id: 'exitDelay', label: 'Exit' },
  { id: 'slashableShare', label: 'Can be slashed' },
  { id: 'peg', label: 'Price vs value' },
  { id: 'tvl', label: 'TVL' },
  { id: 'latestAudit', label: 'Latest audit' },
];

/** The columns after the yield: one text cell each. */
const CELL_COLUMNS = ['exitDelay', 'slashableShare', 'peg', 'tvl', 'latestAudit'] as const satisfies readonly CompareColumn[];

const muted = 'text-slate-600 dark:text-slate-400';

function Cell({ cell }: { cell: CompareCell<number | string> }) {
  if (cell.value === null && cell.text === "Couldn't check")
    return (
      <span className={muted} title={cell.note ?? undefined} data-unknown="true">
        {cell.text}
      </span>
    );
  return <span title={cell.note ?? undefined}>{cell.text}</span>;
}

/** The APY as text over a small bar on the axis every row shares (decorative: the text says the figure). */
function ApyCell({ cell }: { cell: CompareRow['apy'] }) {
  return (
    <>
      <Cell cell={cell} />
      {cell.scale !== null && (
        <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false" className="mt-1 block h-1.5 w-20" data-testid="apy-bar" data-scale={cell.scale.toFixed(3)}>
          <rect width="100" height="6" rx="3" className="fill-slate-200 dark:fill-slate-700" />
          <rect width={Math.max(2, cell.scale * 100)} height="6" rx="3" className="fill-sky-700 dark:fill-sky-400" />
        </svg>
      )}
    </>
  );
}

export interface CompareTableProps {
  rows: CompareRow[];
  sort: CompareSort | null;
  onSort(column: CompareColumn): void;
  /** The filter: only LRTs that accept this asset; `assets` lists the choices. */
  accepts?: string | null;
  assets?: string[];
  onFilter?(asset: string | null): void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Every LRT side by side, sortable by each column (a button in each header: click, Enter or Space; `aria-sort`
 * says which column and which way), filtered by what it accepts. Unknown values read "Couldn't check" and sort last.
 */
export function CompareTable({ rows, sort, onSort, accepts = null, assets = [], onFilter, headingRef }: CompareTableProps) {
  return (
    <section aria-labelledby="compare-title" className="flex flex-col gap-2" data-testid="compare">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="compare-title" ref={headingRef} tabIndex={-1} className="mr-auto text-base font-semibold outline-none">
          Compare LRTs
        </h1>
        {onFilter && assets.length > 0 && (
          <label className="flex items-center gap-1.5 text-xs">
            Accepts
            <select
              value={accepts ?? ''}
              onChange={(e) => onFilter(e.target.value || null)}
              data-testid="accepts-filter"
              className="rounded-md border border-slate-400 bg-white px-1.5 py-0.5 dark:border-slate-500 dark:bg-slate-900"
            >
              <option value="">any asset</option>
              {assets.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className={`text-xs ${muted}`}>Sort by any column; “Couldn't check” means no source could be read for it and sorts last. Open a row for its sources.</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="compare-title">
        <table className="w-full min-w-[44rem] border-collapse text-left text-xs" data-testid="compare-table">
          <caption className="sr-only">
            LRTs side by side{accepts ? ` that accept ${accepts}` : ''}
            {sort ? `, sorted by ${COLUMNS.find((c) => c.id === sort.column)!.label} ${sort.direction}` : ''}
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {COLUMNS.map((c) => (
                <th key={c.id} scope="col" aria-sort={sort?.column === c.id ? sort.direction : undefined} className="p-0 align-bottom font-semibold" data-column={c.id}>
                  <button
                    type="button"
                    onClick={() => onSort(c.id)}
                    data-testid={`sort-${c.id}`}
                    className="flex w-full items-end gap-1 px-1.5 py-1 text-left font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-blue-600 dark:hover:bg-slate-800"
                  >
                    {c.label}
                    <span aria-hidden="true" className={muted}>
                      {sort?.column === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 align-top dark:border-slate-800" data-testid="compare-row" data-report={r.id} data-accepts={r.accepts.join(' ')}>
                <th scope="row" className="px-1.5 py-1 text-left font-medium">
                  <a href={`#/token/${encodeURIComponent(r.id)}`} data-testid={`open-${r.id}`} className="underline decoration-dotted underline-offset-2 hover:decoration-solid">
                    {r.symbol ?? r.name}
                  </a>
                  <span className={`block font-normal ${muted}`}>{r.protocol}</span>
                </th>
                <td className="px-1.5 py-1 whitespace-nowrap" data-column="verdict" data-value={r.verdict.value ?? ''}>
                  <LevelBadge level={r.verdict.level} />
                </td>
                <td className="px-1.5 py-1" data-column="apy" data-value={r.apy.value ?? ''}>
                  <ApyCell cell={r.apy} />
                </td>
                {CELL_COLUMNS.map((id) => (
                  <td key={id} className="px-1.5 py-1" data-column={id} data-value={r[id].value ?? ''}>
                    <Cell cell={r[id]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
