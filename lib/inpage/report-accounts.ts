/**
 * The accounts a wallet's own `request` answered to `eth_accounts` / `eth_requestAccounts`, copied (captured
 * built-ins only) and passed to the extension as a suggestion for "Your restaking" — never the request's params, never
 * an event the page can emit. The page can still pose as a wallet, so the extension reads none of them until the
 * person adds one in the popup (`lib/messaging/reported-accounts.ts`). The page gets the wallet's own result, untouched.
 */
import type { PageToExtension } from '../messaging/page-bridge';
import { hasOwn, isArray, snapshot, whenSettled } from './safe-globals';

export function accountsReporter(post: (message: PageToExtension) => void): (payload: unknown, result: unknown) => unknown {
  return (payload, result) => {
    const method = typeof payload === 'object' && payload !== null && hasOwn(payload, 'method') ? (payload as { method: unknown }).method : null;
    if (method === 'eth_accounts' || method === 'eth_requestAccounts')
      whenSettled(
        result,
        (value) => {
          const copy = snapshot(value);
          if (copy.ok && isArray(copy.value)) post({ k: 'accounts', accounts: copy.value });
        },
        () => undefined,
      );
    return result;
  };
}
