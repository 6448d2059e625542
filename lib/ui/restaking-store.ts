/**
 * "Your restaking" on This tab: the accounts the page's wallet reported (a suggestion: see
 * lib/messaging/reported-accounts.ts), the person's choice to turn the reads on, the accounts they added, and what
 * each holds. Every change goes through the worker's `set-choice`; nothing is read until the person adds an account.
 */
import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { askWorker, type Ask } from './ask-worker';

const str = z.string();
const nstr = z.string().nullable();
const num = z.number();

export const reportedSchema = z.object({ accounts: z.array(str), origin: nstr, at: str }).nullable();
export const exposureSchema = z.object({
  enabled: z.boolean(),
  asked: z.boolean(),
  accounts: z.array(str),
  summaries: z.array(
    z.object({
      account: str,
      chainId: num,
      holdings: z.array(z.object({ symbol: str, kind: z.enum(['lst', 'lrt']), amount: num, reportId: nstr, slashedBy: str, slashableShare: num.nullable(), exit: str, source: nstr, asOf: nstr })),
      slashableTokens: num,
      notKnown: z.array(str),
      aave: z.array(z.object({ pool: str, market: str, totalCollateralBase: str, totalDebtBase: str, liquidationThresholdBps: num, ltvBps: num, healthFactor: num.nullable() })),
      wethBorrowApy: num.nullable(),
      source: nstr,
      asOf: str,
      failed: z.array(z.object({ label: str, message: str })),
    }),
  ),
});
export type ReportedReply = z.infer<typeof reportedSchema>;
export type ExposureReply = z.infer<typeof exposureSchema>;

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
      const reply = (await ask({ type: 'set-choice', exposure: next }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as { ok?: boolean; error?: string };
      if (reply?.ok !== true) return set({ status: 'error', error: reply?.error ?? 'the setting could not be saved' });
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
          tabId === null ? Promise.resolve({ ok: true as const, value: null }) : askWorker(ask, { type: 'tab-accounts', tabId }, reportedSchema),
          askWorker(ask, { type: 'exposure' }, exposureSchema),
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
