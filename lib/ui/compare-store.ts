/** The compare view: every report side by side, sorted by one column. */
import { createStore } from 'zustand/vanilla';
import { ACCEPTED_ASSETS } from '../report/accepted-assets.generated';
import { askWorker, type Ask } from './ask-worker';
import { acceptedOptions, compareRows, filterByAsset, type CompareRow } from './compare-rows';
import { sortCompareRows, type CompareColumn, type CompareSort } from './sort-compare-rows';

export interface CompareState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** In the worker's order. */
  rows: CompareRow[];
  sort: CompareSort | null;
  /** Only the LRTs that accept this asset ("ETH", "stETH", …); null: all. */
  accepts: string | null;
  /** Every asset some LRT accepts, for the filter. */
  assets: string[];
  /** `rows` that pass the filter, in the chosen order. */
  sorted: CompareRow[];
  load(): Promise<void>;
  /** Sorts by `column`; again on the same column flips the direction. */
  sortBy(column: CompareColumn): void;
  filter(asset: string | null): void;
}

/** Where a first click starts: worst-first for risk columns, A–Z for text, most for counts of good things. */
const FIRST_DIRECTION: Record<CompareColumn, CompareSort['direction']> = {
  name: 'ascending',
  verdict: 'descending',
  apy: 'descending',
  exitDelay: 'ascending',
  slashableShare: 'ascending',
  peg: 'ascending',
  tvl: 'descending',
  latestAudit: 'descending',
};

export function createCompareStore(ask: Ask) {
  return createStore<CompareState>()((set, get) => ({
    status: 'idle',
    error: null,
    rows: [],
    sort: null,
    accepts: null,
    assets: [],
    sorted: [],
    async load() {
      set({ status: 'loading', error: null });
      const answer = await askWorker(ask, { type: 'compare' });
      if (!answer.ok) return set({ status: 'error', error: answer.error });
      const rows = compareRows(answer.value, ACCEPTED_ASSETS);
      set({ status: 'ready', rows, assets: acceptedOptions(rows), sorted: sortCompareRows(filterByAsset(rows, get().accepts), get().sort) });
    },
    sortBy(column) {
      const current = get().sort;
      const direction =
        current?.column === column ? (current.direction === 'ascending' ? 'descending' : 'ascending') : FIRST_DIRECTION[column];
      const sort = { column, direction } as const;
      set({ sort, sorted: sortCompareRows(filterByAsset(get().rows, get().accepts), sort) });
    },
    filter(asset) {
      set({ accepts: asset, sorted: sortCompareRows(filterByAsset(get().rows, asset), get().sort) });
    },
  }));
}

export type CompareStore = ReturnType<typeof createCompareStore>;
