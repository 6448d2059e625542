/** The compare view: every report side by side, sorted by one column. */
import { createStore } from 'zustand/vanilla';
import * as z from 'zod/mini';
import { ACCEPTED_ASSETS } from '../report/accepted-assets.generated';
import { askWorker, type Ask } from './ask-worker';
import { compareRows, type CompareRow } from './compare-rows';
import { tokenReportSchema } from '../messaging/replies/report-schemas';
import { sortCompareRows, type CompareColumn, type CompareSort } from './sort-compare-rows';

export interface CompareState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** In the worker's order. */
  rows: CompareRow[];
  sort: CompareSort | null;
  /** `rows` in the chosen order. */
  sorted: CompareRow[];
  load(): Promise<void>;
  /** Sorts by `column`; again on the same column flips the direction. */
  sortBy(column: CompareColumn): void;
}

/** Where a first click starts: worst-first for risk columns, A–Z for text, most for counts of good things. */
const FIRST_DIRECTION: Record<CompareColumn, CompareSort['direction']> = {
  name: 'ascending',
  yieldSource: 'ascending',
  assets: 'descending',
  avsCount: 'ascending',
  slashableShare: 'ascending',
  audits: 'descending',
  exitDelay: 'ascending',
  peg: 'ascending',
  verdict: 'descending',
};

export function createCompareStore(ask: Ask) {
  return createStore<CompareState>()((set, get) => ({
    status: 'idle',
    error: null,
    rows: [],
    sort: null,
    sorted: [],
    async load() {
      set({ status: 'loading', error: null });
      const answer = await askWorker(ask, { type: 'compare' }, z.array(tokenReportSchema));
      if (!answer.ok) return set({ status: 'error', error: answer.error });
      const rows = compareRows(answer.value, ACCEPTED_ASSETS);
      set({ status: 'ready', rows, sorted: sortCompareRows(rows, get().sort) });
    },
    sortBy(column) {
      const current = get().sort;
      const direction =
        current?.column === column ? (current.direction === 'ascending' ? 'descending' : 'ascending') : FIRST_DIRECTION[column];
      const sort = { column, direction } as const;
      set({ sort, sorted: sortCompareRows(get().rows, sort) });
    },
  }));
}

export type CompareStore = ReturnType<typeof createCompareStore>;
