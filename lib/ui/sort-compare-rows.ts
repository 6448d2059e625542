/** The compare view's sort: one column at a time, by click or Enter on its header. */
import type { CompareCell, CompareRow } from './compare-rows';

export type CompareColumn = 'name' | 'verdict' | 'apy' | 'exitDelay' | 'slashableShare' | 'peg' | 'tvl' | 'latestAudit';
export type SortDirection = 'ascending' | 'descending';
export interface CompareSort {
  column: CompareColumn;
  direction: SortDirection;
}

const cellOf = (row: CompareRow, column: CompareColumn): CompareCell<number | string> =>
  column === 'name' ? { value: row.symbol ?? row.name, text: row.name, note: null } : row[column];

/** Sorts by one column; unknown values go last in either direction, ties keep the worker's order. */
export function sortCompareRows(rows: readonly CompareRow[], sort: CompareSort | null): CompareRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: cellOf(row, sort.column).value }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === null && b.v === null ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'en', { sensitivity: 'base' });
      return c * sign || a.i - b.i;
    })
    .map((x) => x.row);
}
