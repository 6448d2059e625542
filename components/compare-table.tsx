import type { Ref } from 'react';
import type { CompareCell, CompareRow } from '../lib/ui/compare-rows';
import type { CompareColumn, CompareSort } from '../lib/ui/sort-compare-rows';
import { LevelBadge } from './level-badge';

/** What a person compares first comes first: the verdict, then yield, exit, slashing, price, audits. */
const COLUMNS: { id: CompareColumn; label: string }[] = [
  { id: 'name', label: 'LRT' },
  { id: 'verdict', label: 'Verdict' },
  { id: 'yieldSource', label: 'Yield' },
  { id: 'exitDelay', label: 'Exit' },
  { id: 'slashableShare', label: 'Can be slashed' },
  { id: 'peg', label: 'Price vs value' },
  { id: 'audits', label: 'Audits' },
  { id: 'avsCount', label: 'AVS count' },
  { id: 'assets', label: 'Assets accepted' },
];

/** The columns after the verdict: one text cell each. */
const CELL_COLUMNS = ['yieldSource', 'exitDelay', 'slashableShare', 'peg', 'audits', 'avsCount', 'assets'] as const satisfies readonly CompareColumn[];

function Cell({ cell }: { cell: CompareCell<number | string> }) {
  if (cell.value === null && cell.text === 'not checked')
    return (
      <span className="text-slate-600 dark:text-slate-400" title={cell.note ?? undefined} data-unknown="true">
        not checked
      </span>
    );
  return <span title={cell.note ?? undefined}>{cell.text}</span>;
}

export interface CompareTableProps {
  rows: CompareRow[];
  sort: CompareSort | null;
  onSort(column: CompareColumn): void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Every LRT side by side, sortable by each column (a button in each header: click, Enter or Space;
 * `aria-sort` says which column and which way). Unknown values read "not checked" and sort last.
 */
export function CompareTable({ rows, sort, onSort, headingRef }: CompareTableProps) {
  return (
    <section aria-labelledby="compare-title" className="flex flex-col gap-2" data-testid="compare">
      <h1 id="compare-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none">
        Compare LRTs
      </h1>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Sort by any column; “not checked” means no source could be read for it and sorts last. Open a row for its sources.
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="compare-title">
        <table className="w-full min-w-[44rem] border-collapse text-left text-xs" data-testid="compare-table">
          <caption className="sr-only">
            LRTs side by side{sort ? `, sorted by ${COLUMNS.find((c) => c.id === sort.column)!.label} ${sort.direction}` : ''}
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {COLUMNS.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={sort?.column === c.id ? sort.direction : undefined}
                  className="p-0 align-bottom font-semibold"
                  data-column={c.id}
                >
                  <button
                    type="button"
                    onClick={() => onSort(c.id)}
                    data-testid={`sort-${c.id}`}
                    className="flex w-full items-end gap-1 px-1.5 py-1 text-left font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-blue-600 dark:hover:bg-slate-800"
                  >
                    {c.label}
                    <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
                      {sort?.column === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 align-top dark:border-slate-800" data-testid="compare-row" data-report={r.id}>
                <th scope="row" className="px-1.5 py-1 text-left font-medium">
                  <a href={`#/token/${encodeURIComponent(r.id)}`} data-testid={`open-${r.id}`} className="underline decoration-dotted underline-offset-2 hover:decoration-solid">
                    {r.symbol ?? r.name}
                  </a>
                  <span className="block font-normal text-slate-600 dark:text-slate-400">{r.protocol}</span>
                </th>
                <td className="px-1.5 py-1" data-column="verdict" data-value={r.verdict.value ?? ''}>
                  <LevelBadge level={r.verdict.level} />
                </td>
                {CELL_COLUMNS.map((id) => (
                  <td key={id} className="px-1.5 py-1" data-column={id} {...(id === 'exitDelay' ? { 'data-value': r.exitDelay.value ?? '' } : {})}>
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
