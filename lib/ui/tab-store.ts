/**
 * "This tab": the request held or last assessed on the active tab, and what the person decided. The
 * active tab's id is injected (`browser.tabs.query({ active: true, currentWindow: true })`).
 */
import { createStore } from 'zustand/vanilla';
import type { BypassRecord, TabState } from '../worker/tab-records';
import { askWorker, type Ask } from './ask-worker';

export interface TabViewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  tabId: number | null;
  /** Null when nothing was held or assessed on the tab. */
  state: TabState | null;
  /** Requests the page sent straight to the wallet's channel, around the warning. */
  bypassed: BypassRecord[];
  load(): Promise<TabState | null>;
}

export function createTabStore(ask: Ask, activeTabId: () => Promise<number | null>) {
  return createStore<TabViewState>()((set) => ({
    status: 'idle',
    error: null,
    tabId: null,
    state: null,
    bypassed: [],
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
      const [answer, bypassed] = await Promise.all([
        askWorker(ask, { type: 'tab-state', tabId }),
        askWorker(ask, { type: 'tab-bypasses', tabId }),
      ]);
      if (!answer.ok) {
        set({ status: 'error', error: answer.error, tabId });
        return null;
      }
      set({ status: 'ready', tabId, state: answer.value, bypassed: bypassed.ok ? bypassed.value : [] });
      return answer.value;
    },
  }));
}

export type TabStore = ReturnType<typeof createTabStore>;
