/**
 * The accounts a wallet reported on each tab (lib/messaging/reported-accounts.ts has why they are only a
 * suggestion): kept in session storage, at most a few, the latest report replacing the last. Nothing is read here.
 */
import { MAX_REPORTED, type ReportedAccounts } from '../messaging/reported-accounts';
import type { MessageSender } from '../messaging/handle-worker-message';
import type { VersionedStorage } from '../sources/cache/versioned-storage';

export function createReportedAccounts(session: VersionedStorage, now: () => Date) {
  const slot = (tabId: number) => session.item(`accounts:${tabId}`, 1);
  return {
    async recordAccounts(sender: MessageSender, accounts: string[]): Promise<void> {
      if (sender.tabId === undefined || sender.extensionPage) return;
      const record: ReportedAccounts = { accounts: accounts.slice(0, MAX_REPORTED), origin: sender.origin ?? null, at: now().toISOString() };
      await slot(sender.tabId).set(record);
    },
    async tabAccounts(tabId: number): Promise<ReportedAccounts | null> {
      const raw = (await slot(tabId).get().catch(() => null)) as ReportedAccounts | null;
      return raw && Array.isArray(raw.accounts) && typeof raw.at === 'string' ? raw : null;
    },
  };
}
