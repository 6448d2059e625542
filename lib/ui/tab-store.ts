/**
 * "This tab": the request held or last assessed on the active tab, and what the person decided. The
 * active tab's id is injected (`browser.tabs.query({ active: true, currentWindow: true })`).
 */
import { createStore } from 'zustand/vanilla';
import type { TabState } from '../worker/create-worker';
import { askWorker, type Ask } from './ask-worker';
import { tabStateSchema } from './reply-schemas';

export interface TabViewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  tabId: number | null;
  /** Null when nothing was held or assessed on the tab. */
  state: TabState | null;
  load(): Promise<TabState | null>;
}

export function createTabStore(ask: Ask, activeTabId: () => Promise<number | null>) {
  return createStore<TabViewState>()((set) => ({
    status: 'idle',
    error: null,
    tabId: null,
    state: null,
    async load() {
      set({ status: 'loading', error: null });
      let tabId: number | null;
      try {
        tabId = await activeTabId();
      } catch {
        tabId = null;
      }
      if (tabId === null) {
        set({ status: 'ready', tabId: null, state: null });
        return null;
      }
      const answer = await askWorker(ask, { type: 'tab-state', tabId }, 'state', tabStateSchema);
      if (!answer.ok) {
        set({ status: 'error', error: answer.error, tabId });
        return null;
      }
      set({ status: 'ready', tabId, state: answer.value });
      return answer.value;
    },
  }));
}

export type TabStore = ReturnType<typeof createTabStore>;
