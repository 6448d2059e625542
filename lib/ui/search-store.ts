/**
 * The popup's search: the worker's token index, loaded once, searched on every keystroke, with the
 * active result moved by ArrowUp/ArrowDown (it wraps).
 */
import { createStore } from 'zustand/vanilla';
import type { TokenIndexEntry } from '../worker/token-index';
import { searchTokens, type SearchHit } from '../search/search-tokens';
import { askWorker, type Ask } from './ask-worker';

export interface SearchState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  tokens: readonly TokenIndexEntry[];
  query: string;
  hits: SearchHit[];
  /** Index into `hits` of the highlighted result. */
  active: number;
  load(): Promise<void>;
  setQuery(query: string): void;
  move(delta: number): void;
  setActive(index: number): void;
}

export function createSearchStore(ask: Ask) {
  return createStore<SearchState>()((set, get) => ({
    status: 'loading',
    error: null,
    tokens: [],
    query: '',
    hits: [],
    active: 0,
    async load() {
      set({ status: 'loading', error: null });
      const answer = await askWorker(ask, { type: 'list-tokens' });
      if (!answer.ok) return set({ status: 'error', error: answer.error });
      set({ status: 'ready', tokens: answer.value, hits: searchTokens(answer.value, get().query), active: 0 });
    },
    setQuery(query) {
      set({ query, hits: searchTokens(get().tokens, query), active: 0 });
    },
    move(delta) {
      const { hits, active } = get();
      if (hits.length === 0) return;
      set({ active: (active + delta + hits.length) % hits.length });
    },
    setActive(index) {
      if (index >= 0 && index < get().hits.length) set({ active: index });
    },
  }));
}

export type SearchStore = ReturnType<typeof createSearchStore>;
