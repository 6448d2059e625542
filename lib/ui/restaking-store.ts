/**
 * "Your restaking" on This tab: the accounts the page's wallet reported (a suggestion: see
 * lib/messaging/reported-accounts.ts), the person's choice to turn the reads on, the accounts they added, and what
 * each holds. Every change goes through the worker's `set-choice`; nothing is read until the person adds an account.
 */
import { createStore } from 'zustand/vanilla';
import { askWorker, type Ask } from './ask-worker';
import type { ExposureReply, ReportedReply } from '../messaging/replies/exposure-schemas';

export type { ExposureReply, ReportedReply };

export interface RestakingState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  reported: ReportedReply;
  exposure: ExposureReply | null;
  load(): Promise<void>;
  /** The first-run choice: on (reading `account` when the person picked one), or not now. */
  choose(on: boolean, account?: string): Promise<void>;
  add(account: string): Promise<void>;
  remove(account: string): Promise<void>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function createRestakingStore(ask: Ask, activeTabId: () => Promise<number | null>) {
  let knownTab: number | null = null;
  const store = createStore<RestakingState>()((set, get) => {
    async function save(next: { enabled: boolean; asked: boolean; accounts: string[] }) {
      set({ status: 'loading', error: null });
      const reply = await askWorker(ask, { type: 'set-choice', exposure: next });
      if (!reply.ok) return set({ status: 'error', error: reply.error });
      await get().load();
    }
    const current = () => get().exposure ?? { enabled: false, asked: false, accounts: [] };
    return {
      status: 'idle',
      error: null,
      reported: null,
      exposure: null,
      async load() {
        set({ status: 'loading', error: null });
        // The tab the popup opened over does not change while it is open (the popup can become the active tab itself
        // when it is opened as a page): the first one found is kept.
        const tabId = (knownTab ??= await activeTabId().catch(() => null));
        const [reported, exposure] = await Promise.all([
          tabId === null ? Promise.resolve({ ok: true as const, value: null }) : askWorker(ask, { type: 'tab-accounts', tabId }),
          askWorker(ask, { type: 'exposure' }),
        ]);
        if (!exposure.ok) return set({ status: 'error', error: exposure.error });
        set({ status: 'ready', reported: reported.ok ? reported.value : null, exposure: exposure.value });
      },
      choose: (on, account) => {
        const { accounts } = current();
        return save({ enabled: on, asked: true, accounts: account && !accounts.some((a) => same(a, account)) ? [...accounts, account] : accounts });
      },
      add: (account) => {
        const { accounts } = current();
        return save({ enabled: true, asked: true, accounts: accounts.some((a) => same(a, account)) ? accounts : [...accounts, account].slice(-10) });
      },
      remove: (account) => {
        const c = current();
        return save({ enabled: c.enabled, asked: true, accounts: c.accounts.filter((a) => !same(a, account)) });
      },
    };
  });
  return store;
}

export type RestakingStore = ReturnType<typeof createRestakingStore>;
