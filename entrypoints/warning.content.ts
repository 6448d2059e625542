import { openExtensionSide } from '@/lib/messaging/page-bridge';
import { createHoldController } from '@/lib/messaging/hold-controller';
import { askWorker, parseAssessReply } from '@/lib/messaging/worker-client';
import { WARNING_UI_KEY, type WarningUi } from '@/lib/messaging/warning-ui-key';
import type { AssessMessage, LoadUiMessage, LoadUiReply, WarningReport } from '@/lib/messaging/hold-messages';
import { hasKnownAddressPrefix } from '@/lib/detect/known-address-prefixes.generated';
import { showFallbackWarning } from '@/lib/warning/fallback-dialog';
import { createBypassDetector } from '@/lib/messaging/bypass-detector';

/** Worker round trip, retries included. The hook's own backstop is longer (see wallet-hook.ts). */
const ASSESS_TIMEOUT_MS = 4000;
const UI_LOAD_TIMEOUT_MS = 4000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // The bridge's other half, wherever the hook runs (about:blank, srcdoc and blob: frames).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    let queue: Promise<unknown> = Promise.resolve();
    const showWarning = (report: WarningReport) => {
      // One warning at a time; the next waits for the person's choice on this one.
      // Without the worker the React UI cannot be injected: the plain fallback still shows the warning.
      const shown = queue.then(() => loadUi().then((ui) => ui.show(report), () => showFallbackWarning(report)));
      queue = shown.catch(() => undefined);
      // The popup's "This tab" shows what the person chose.
      void shown.then((decision) => browser.runtime.sendMessage({ type: 'decision', decision }).catch(() => undefined), () => undefined);
      return shown;
    };
    const bypass = createBypassDetector();
    // Seen, not stopped: a held method posted straight to a wallet's content-script channel is recorded for "This tab".
    window.addEventListener('message', (event) => {
      if (event.source !== window) return;
      const around = bypass.observe(event.data);
      if (around) void browser.runtime.sendMessage({ type: 'bypass', method: around.method }).catch(() => undefined);
    });
    const bridge = openExtensionSide((message) => void onHold(message));
    const onHold = createHoldController({
      origin: location.origin,
      assessTimeoutMs: ASSESS_TIMEOUT_MS,
      post: (message) => bridge.post(message),
      // Only used when the worker cannot answer: a compact prefix list of registered contracts and LRTs.
      isKnownContract: (_chainId, address) => hasKnownAddressPrefix(address),
      showWarning,
      preloadUi: () => void loadUi().catch(() => undefined),
      onPass: (requests) => bypass.expect(requests),
      assess: async (hold) => {
        const message: AssessMessage = { type: 'assess', hold, page: { origin: location.origin, topLevel: window === window.top } };
        return parseAssessReply(await askWorker((m) => browser.runtime.sendMessage(m), message));
      },
    });
  },
});

let ui: Promise<WarningUi> | null = null;
const loadedUi = () => (globalThis as Record<string, unknown>)[WARNING_UI_KEY] as WarningUi | undefined;
/** The worker injects the React UI into this frame's isolated world the first time a warning is needed. */
function loadUi(): Promise<WarningUi> {
  const loaded = loadedUi();
  if (loaded) return Promise.resolve(loaded);
  ui ??= askWorker((m) => browser.runtime.sendMessage(m), { type: 'load-ui' } satisfies LoadUiMessage, { deadlineMs: UI_LOAD_TIMEOUT_MS }).then(
    (reply) => {
      const r = reply as LoadUiReply;
      if (!r || r.ok !== true) throw new Error(r && typeof r.error === 'string' ? r.error : 'the warning could not be loaded');
      const injected = loadedUi();
      if (!injected) throw new Error('the warning could not be loaded');
      return injected;
    },
  );
  ui.catch(() => (ui = null));
  return ui;
}
