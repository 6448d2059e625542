/**
 * Accounts a page's wallet reported, for "Your restaking" on the popup's This tab.
 *
 * Where they come from. The wallet hook (page world) copies what a wallet's own `request` answered to
 * `eth_accounts` / `eth_requestAccounts` and posts it over the private page bridge. It never takes an address from
 * the request's params, from an `accountsChanged` event (any page script can emit one on the provider), or from a
 * window message (the bridge is a private channel; see page-bridge.ts).
 *
 * Why that is still only a suggestion. The page shares its world with the hook and can pose as a wallet: a provider
 * it made answers `eth_accounts` with any address, and nothing in the page can tell it from a real wallet. If the
 * extension read every reported account, a page could make it read and show someone else's holdings as "yours" (and
 * send that RPC read from the person's machine). So: a reported account is kept for the tab in session storage only
 * (at most `MAX_REPORTED`, the latest report replacing the last, gone when the browser closes), shown in the popup
 * with its full address and the site that reported it, and read only once the person adds it there by their own click
 * — the popup is the extension's page, which no page script can reach. Only the accounts the person added are read,
 * only with "Your restaking" turned on, and each can be removed.
 */
export const MAX_REPORTED = 5;

/** No schema library here: this runs in every page's isolated world at document_start, which must stay small. */
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** The hook's `{ k: 'accounts', accounts }` message, checked in the isolated world: well-formed addresses only. */
export function parseReportedAccounts(message: unknown): string[] | null {
  if (typeof message !== 'object' || message === null || (message as { k?: unknown }).k !== 'accounts') return null;
  const list = (message as { accounts?: unknown }).accounts;
  if (!Array.isArray(list) || list.length === 0) return null;
  const out: string[] = [];
  for (const a of list.slice(0, MAX_REPORTED)) {
    if (typeof a !== 'string' || !ADDRESS.test(a)) return null;
    if (!out.some((x) => x.toLowerCase() === (a as string).toLowerCase())) out.push(a as string);
  }
  return out;
}

/** What the worker keeps per tab: the accounts, the frame's origin as the browser reported it, and when. */
export interface ReportedAccounts {
  accounts: string[];
  origin: string | null;
  at: string;
}
