import { openExtensionSide } from '@/lib/messaging/page-bridge';
import { mayBeHeldEnvelope } from '@/lib/messaging/bypass-detector';
import { parseReportedAccounts } from '@/lib/messaging/reported-accounts';
import type { ExtensionApi, Holds } from '@/lib/warning/holds';
import { startHolds } from '@/lib/warning/holds';

/**
 * The isolated world's half of the page bridge, in every frame at document_start (listed in the manifest by
 * wxt.config.ts, next to the MAIN-world hook and with the same options). Every page pays for what runs here and
 * almost none ever holds a request, so it only takes the hook's port and watches for requests sent around the hook;
 * the rest starts with the first of either (lib/warning/holds.ts). It reads the extension API only then: in
 * Chromium, reading `browser.runtime` builds the whole runtime binding. It is an unlisted script rather than a WXT
 * content script, whose wrapper reads the runtime and posts a window message with the extension's id on every page.
 */
export default defineUnlistedScript(() => {
  let holds: Holds | null = null;
  const ext = (): ExtensionApi => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    // WXT's `browser`, looked up when first needed instead of when the script loads.
    return g.browser?.runtime?.id ? g.browser : g.chrome;
  };
  const started = (): Holds => (holds ??= startHolds(ext(), bridge));
  const bridge = openExtensionSide((message) => {
    // The accounts a wallet answered: a suggestion the popup shows, never read without the person (reported-accounts.ts).
    const accounts = parseReportedAccounts(message);
    if (!accounts) return started().hold(message);
    try {
      void ext().runtime.sendMessage({ type: 'accounts', accounts }).catch(() => undefined);
    } catch {
      // Cut off from the extension (reloaded under the page): there is nobody to tell.
    }
  });
  window.addEventListener('message', (event) => {
    if (event.source !== window) return;
    const data: unknown = event.data;
    if (mayBeHeldEnvelope(data)) started().windowMessage(data);
  });
});
