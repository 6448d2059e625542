import { openExtensionSide } from '@/lib/messaging/page-bridge';
import { createHoldController } from '@/lib/messaging/hold-controller';
import { sendToWorker, parseAssessReply } from '@/lib/messaging/worker-client';
import { WARNING_SURFACE_KEY, WARNING_UI_KEY, type WarningPart, type WarningUi } from '@/lib/messaging/warning-ui-key';
import type { AssessMessage, LoadUiMessage, LoadUiReply, WarningReport } from '@/lib/messaging/hold-messages';
import { hasKnownAddressPrefix } from '@/lib/detect/known-address-prefix';
import { showFallbackWarning } from '@/lib/warning/fallback-dialog';
import { createBypassDetector } from '@/lib/messaging/bypass-detector';
import { parseReportedAccounts } from '@/lib/messaging/reported-accounts';
import { newSurfaceToken, parseSurfaceFrameMessage, SURFACE_PAGE, type SurfaceDecision } from '@/lib/warning/surface-messages';
import type { SurfaceHost, createSurfaceHost } from '@/lib/warning/surface-host';

/** Worker round trip, retries included. The hook's own backstop is longer (see wallet-hook.ts). */
const ASSESS_TIMEOUT_MS = 4000;
const UI_LOAD_TIMEOUT_MS = 4000;
/** Until the warning's own page has loaded in the top frame; past it, this frame shows the warning itself. */
const SURFACE_TIMEOUT_MS = 4500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // The bridge's other half, wherever the hook runs (about:blank, srcdoc and blob: frames).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    const send = (m: unknown) => browser.runtime.sendMessage(m);
    /** Requests this frame holds, shown by the top frame, by token. */
    const owned = new Map<string, (decision: SurfaceDecision) => void>();
    let host: SurfaceHost | null = null;
    /** The surface host is injected by the worker the first time it is needed (or preloaded with the UI). */
    const surfaceHost = async (): Promise<SurfaceHost> => {
      const api = await loadPart<{ createSurfaceHost: typeof createSurfaceHost }>('surface', WARNING_SURFACE_KEY);
      return (host ??= api.createSurfaceHost({
        frameUrl: (token) => `${browser.runtime.getURL(SURFACE_PAGE as '/warning-frame.html')}#${token}`,
        giveUp: (token) => void send({ type: 'surface-give-up', token }).catch(() => undefined),
        // The worker passes it on to the framed warning, which tells the person.
        tampered: (token) => void send({ type: 'surface-tampered', token }).catch(() => undefined),
        tamperedUrl: (token) => `${browser.runtime.getURL(SURFACE_PAGE as '/warning-frame.html')}#${token}-tampered`,
      }));
    };
    // Only the worker talks to content scripts (tabs.sendMessage); the page has no way to reach this listener.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const m = parseSurfaceFrameMessage(message);
      if (!m) return;
      switch (m.type) {
        case 'surface-show':
          if (window !== window.top) return void sendResponse({ ok: false });
          surfaceHost().then(
            (h) => sendResponse({ ok: true, already: !h.show(m.token) }),
            () => sendResponse({ ok: false }),
          );
          return true;
        case 'surface-check':
          return void sendResponse(host ? host.check(m.token, m.decision, m.seen) : { counted: m.decision === 'cancel' });
        case 'surface-close':
          host?.close(m.token);
          return void sendResponse({ ok: true });
        case 'surface-decided':
          owned.get(m.token)?.(m.decision);
          owned.delete(m.token);
          return void sendResponse({ ok: true });
      }
    });
    /**
     * The warning is an extension page framed in the top frame's dialog, whichever frame holds the request: the
     * page can neither read nor cover it, and a subframe cannot hide it from the person.
     */
    async function showOnSurface(report: WarningReport): Promise<SurfaceDecision> {
      const token = newSurfaceToken();
      const decided = new Promise<SurfaceDecision>((resolve) => owned.set(token, resolve));
      try {
        const reply = (await sendToWorker(send, { type: 'surface-open', token, report }, { deadlineMs: SURFACE_TIMEOUT_MS, attemptMs: SURFACE_TIMEOUT_MS })) as { ok?: unknown } | undefined;
        if (reply?.ok !== true) throw new Error('the warning could not be shown');
      } catch (error) {
        owned.delete(token);
        throw error;
      }
      return decided;
    }

    let queue: Promise<unknown> = Promise.resolve();
    const showWarning = (report: WarningReport) => {
      // One warning at a time; the next waits for the person's choice on this one. When the extension page cannot
      // be shown, this frame shows the warning in its own shadow root; without the worker, the plain fallback.
      const shown = queue.then(() =>
        showOnSurface(report).catch(() => loadUi().then((ui) => ui.show(report), () => showFallbackWarning(report))),
      );
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
    const bridge = openExtensionSide((message) => {
      // The accounts a wallet answered: a suggestion the popup shows, never read without the person (reported-accounts.ts).
      const accounts = parseReportedAccounts(message);
      if (accounts) return void browser.runtime.sendMessage({ type: 'accounts', accounts }).catch(() => undefined);
      void onHold(message);
    });
    const onHold = createHoldController({
      origin: location.origin,
      assessTimeoutMs: ASSESS_TIMEOUT_MS,
      post: (message) => bridge.post(message),
      // Only used when the worker cannot answer: a compact prefix list of registered contracts and LRTs.
      isKnownContract: (_chainId, address) => hasKnownAddressPrefix(address),
      showWarning,
      preloadUi: () => {
        void loadUi().catch(() => undefined);
        if (window === window.top) void surfaceHost().catch(() => undefined);
      },
      onPass: (requests) => bypass.expect(requests),
      assess: async (hold) => {
        const message: AssessMessage = { type: 'assess', hold, page: { origin: location.origin, topLevel: window === window.top } };
        return parseAssessReply(await sendToWorker((m) => browser.runtime.sendMessage(m), message));
      },
    });
  },
});

const loading = new Map<WarningPart, Promise<unknown>>();
/**
 * The worker injects a part into this frame's isolated world the first time it is needed: the surface host (top
 * frame) and the React UI (the in-page warning, when the extension page cannot be shown). Neither is web-accessible.
 */
function loadPart<T>(part: WarningPart, key: string): Promise<T> {
  const loaded = () => (globalThis as Record<string, unknown>)[key] as T | undefined;
  const now = loaded();
  if (now) return Promise.resolve(now);
  let pending = loading.get(part) as Promise<T> | undefined;
  if (!pending) {
    pending = sendToWorker((m) => browser.runtime.sendMessage(m), { type: 'load-ui', part } satisfies LoadUiMessage, { deadlineMs: UI_LOAD_TIMEOUT_MS }).then((reply) => {
      const r = reply as LoadUiReply;
      if (!r || r.ok !== true) throw new Error(r && typeof r.error === 'string' ? r.error : 'the warning could not be loaded');
      const injected = loaded();
      if (!injected) throw new Error('the warning could not be loaded');
      return injected;
    });
    loading.set(part, pending);
    pending.catch(() => loading.delete(part));
  }
  return pending;
}
const loadUi = () => loadPart<WarningUi>('ui', WARNING_UI_KEY);
