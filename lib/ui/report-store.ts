/** Reports by id for the token page (loaded on first view, again on demand), and the data sources' status. */
import { createStore } from 'zustand/vanilla';
import type { SourceLine } from '../messaging/hold-messages';
import type { TokenReport } from '../report/token-report';
import type { LstReport } from '../worker/lst-report';
import { askWorker, type Ask } from './ask-worker';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export interface ReportState {
  reports: Record<string, Loadable<TokenReport | LstReport>>;
  sources: Loadable<{ snapshotAsOf: string; sources: SourceLine[] }> | null;
  load(id: string, options?: { force?: boolean }): Promise<void>;
  loadStatus(): Promise<void>;
}

export function createReportStore(ask: Ask) {
  return createStore<ReportState>()((set, get) => ({
    reports: {},
    sources: null,
    async load(id, options) {
      const current = get().reports[id];
      if (current && current.status !== 'error' && !options?.force) return;
      set({ reports: { ...get().reports, [id]: { status: 'loading' } } });
      const answer = await askWorker(ask, { type: 'token-report', id });
      set({ reports: { ...get().reports, [id]: answer.ok ? { status: 'ready', value: answer.value } : { status: 'error', error: answer.error } } });
    },
    async loadStatus() {
      if (get().sources?.status === 'loading') return;
      set({ sources: { status: 'loading' } });
      const answer = await askWorker(ask, { type: 'status' });
      set({ sources: answer.ok ? { status: 'ready', value: answer.value } : { status: 'error', error: answer.error } });
    },
  }));
}

export type ReportStore = ReturnType<typeof createReportStore>;
