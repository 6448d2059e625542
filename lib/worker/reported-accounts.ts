/**
 * The accounts a wallet reported on each tab (lib/messaging/reported-accounts.ts has why they are only a
 * suggestion): kept in session storage, at most a few, the latest report replacing the last. Nothing is read here.
 */
import { z } from 'zod';
import { MAX_REPORTED, type ReportedAccounts } from '../messaging/reported-accounts';
import type { MessageSender } from '../messaging/handle-worker-message';
import type { VersionedStorage } from '../sources/cache/versioned-storage';

/** Parsed, not cast: a record written by an older version, or not at all, reads as none. */
const recordSchema = z.object({ accounts: z.array(z.string()), origin: z.string().nullable(), at: z.string() });

export function createReportedAccounts(session: VersionedStorage, now: () => Date) {
  const slot = (tabId: number) => session.item(`accounts:${tabId}`, 1);
  return {
    async recordAccounts(sender: MessageSender, accounts: string[]): Promise<void> {
      if (sender.tabId === undefined || sender.extensionPage) return;
      const record: ReportedAccounts = { accounts: accounts.slice(0, MAX_REPORTED), origin: sender.origin ?? null, at: now().toISOString() };
      await slot(sender.tabId).set(record);
    },
    async tabAccounts(tabId: number): Promise<ReportedAccounts | null> {
      const parsed = recordSchema.safeParse(await slot(tabId).get().catch(() => null));
      return parsed.success ? parsed.data : null;
    },
    forgetAccounts: (tabId: number): Promise<void> => slot(tabId).remove(),
  };
}
