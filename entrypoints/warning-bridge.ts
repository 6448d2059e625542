import { openExtensionSide } from '@/lib/messaging/page-bridge';
import { mayBeHeldEnvelope } from '@/lib/messaging/bypass-detector';
import { parseReportedAccounts } from '@/lib/messaging/reported-accounts';
import { HOLDS_FILE, HOLDS_KEY } from '@/lib/messaging/warning-ui-key';
import { startHolds } from '@/lib/warning/holds';
import type { ExtensionApi, Holds } from '@/lib/warning/holds';

/**
 * The isolated world's half of the page bridge, in every frame at document_start (listed in the manifest by
 * wxt.config.ts, next to the MAIN-world hook and with the same options). Every page pays for what runs here and
 * almost none ever holds a request, so it only takes the hook's port and watches for requests sent around the hook.
 * In Chromium, the hold machinery (lib/warning/holds.ts, built as entrypoints/warning-holds.ts) is imported with the
 * first of those, or as soon as the page's wallet answers for accounts (a dApp in use: a page must ask for accounts
 * before it can send), so it is in memory before the extension can be updated under the page; messages wait for it
 * in order. If it cannot be loaded (the extension was updated, reloaded or removed under a page that had not asked
 * for accounts yet), each held request is turned down with a clear error asking to reload the page: never passed
 * on. The extension API is read only then: in Chromium, reading `browser.runtime` builds the whole runtime binding.
 * It is an unlisted script rather than a WXT content script, whose wrapper reads the runtime and posts a window
 * message with the extension's id on every page.
 */
export default defineUnlistedScript(() => {
  type Api = ExtensionApi & { runtime: { getURL(path: string): string } };
  const ext = (): Api => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    // WXT's `browser`, looked up when first needed instead of when the script loads.
    return g.browser?.runtime?.id ? g.browser : g.chrome;
  };
  let holds: Promise<Holds> | null = null;
  const started = (): Promise<Holds> =>
    (holds ??= Promise.resolve()
      // Firefox's add-on linter refuses an import() of a computed URL, and a literal path resolves against the page
      // there: the Firefox build carries the hold machinery in this script instead (the Chromium build drops it).
      .then(() => (import.meta.env.FIREFOX ? startHolds : import(/* @vite-ignore */ ext().runtime.getURL(HOLDS_FILE)).then(() => (globalThis as Record<string, unknown>)[HOLDS_KEY] as typeof startHolds)))
      .then((start) => start(ext(), bridge))
      .catch((error: unknown) => {
        holds = null;
        throw error;
      }));
  const bridge = openExtensionSide((message) => {
    // The accounts a wallet answered: a suggestion the popup shows, never read without the person (reported-accounts.ts).
    const accounts = parseReportedAccounts(message);
    if (!accounts)
      return void started().then(
        (h) => h.hold(message),
        () => {
          const id = (message as { id?: unknown } | null)?.id;
          if (typeof id === 'string') bridge.post({ k: 'cancel', id, reason: 'reload' });
        },
      );
    void started().catch(() => undefined);
    try {
      void ext().runtime.sendMessage({ type: 'accounts', accounts }).catch(() => undefined);
    } catch {
      // Cut off from the extension (reloaded under the page): there is nobody to tell.
    }
  });
  window.addEventListener('message', (event) => {
    if (event.source !== window) return;
    const data: unknown = event.data;
    if (mayBeHeldEnvelope(data)) void started().then((h) => h.windowMessage(data), () => undefined);
  });
});
