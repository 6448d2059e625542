import { HOLDS_KEY } from '@/lib/messaging/warning-ui-key';
import { startHolds } from '@/lib/warning/holds';

/**
 * The hold machinery, imported by the bridge (entrypoints/warning-bridge.ts) into its isolated world the first time
 * this frame holds a request, sees one sent around the hook, or hears that a wallet answered with accounts: off the
 * document_start that every page pays for. Imported again, it registers the same function.
 */
export default defineUnlistedScript({
  // The Firefox bridge carries the hold machinery itself (entrypoints/warning-bridge.ts says why).
  exclude: ['firefox'],
  main() {
    (globalThis as Record<string, unknown>)[HOLDS_KEY] = startHolds;
  },
});
