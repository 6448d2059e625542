/**
 * What the worker keeps per tab in session storage: the last warning and the person's decision on it (the popup's
 * "This tab"), and the requests a page sent straight to the wallet around LRT Advisor. Read back through the reply
 * schemas: a value written by an older version, or not at all, reads as none.
 */
import type { WarningReport } from '../messaging/hold-messages';
import type { MessageSender } from '../messaging/handle-worker-message';
import { bypassesSchema, tabStateSchema } from '../messaging/replies/warning-schemas';
import type { VersionedStorage } from '../sources/cache/versioned-storage';

export interface TabState {
  report: WarningReport;
  decision: 'pending' | 'continue' | 'cancel';
  at: string;
}

/** A request the page sent straight to the wallet's channel, around LRT Advisor. */
export interface BypassRecord {
  method: string;
  origin: string | null;
  at: string;
}

const MAX_BYPASSES = 20;

export function createTabRecords(session: VersionedStorage, now: () => Date) {
  const tabSlot = (tabId: number) => session.item(`tab:${tabId}`, 1);
  const bypassSlot = (tabId: number) => session.item(`bypass:${tabId}`, 1);
  let pendingTabWrite: Promise<unknown> = Promise.resolve();

  const readTabState = async (tabId: number): Promise<TabState | null> => {
    const parsed = tabStateSchema.safeParse(await tabSlot(tabId).get().catch(() => null));
    return parsed.success ? parsed.data : null;
  };
  const readBypasses = async (tabId: number): Promise<BypassRecord[]> => {
    const raw: unknown = await bypassSlot(tabId).get().catch(() => null);
    // Entry by entry: one malformed record does not hide the others.
    const list = Array.isArray(raw) ? raw : [];
    return list.flatMap((r) => {
      const parsed = bypassesSchema.safeParse([r]);
      return parsed.success ? parsed.data : [];
    });
  };

  return {
    /**
     * Recorded for the popup's "This tab". The warning does not wait for the write, nor for the copy the storage
     * call makes of the report before it returns: that runs after the reply is on its way.
     */
    recordWarning(tabId: number, report: WarningReport): void {
      const state: TabState = { report, decision: 'pending', at: now().toISOString() };
      pendingTabWrite = new Promise((later) => setTimeout(later, 0)).then(() => tabSlot(tabId).set(state)).catch(() => undefined);
    },
    async recordDecision(sender: MessageSender, decision: TabState['decision']): Promise<void> {
      if (sender.tabId === undefined) return;
      await pendingTabWrite;
      const state = await readTabState(sender.tabId);
      if (state) await tabSlot(sender.tabId).set({ ...state, decision, at: now().toISOString() });
    },
    async tabState(tabId: number): Promise<TabState | null> {
      await pendingTabWrite;
      return readTabState(tabId);
    },
    async recordBypass(sender: MessageSender, method: string): Promise<void> {
      if (sender.tabId === undefined) return;
      const list = await readBypasses(sender.tabId);
      await bypassSlot(sender.tabId).set([...list, { method, origin: sender.origin ?? null, at: now().toISOString() }].slice(-MAX_BYPASSES));
    },
    tabBypasses: readBypasses,
    /** The tab was closed: what was kept for it goes. */
    async forgetTab(tabId: number): Promise<void> {
      await Promise.all([tabSlot(tabId).remove(), bypassSlot(tabId).remove()]);
    },
  };
}
