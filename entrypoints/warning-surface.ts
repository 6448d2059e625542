import { createSurfaceHost, type SurfaceHost } from '@/lib/warning/surface-host';
import { WARNING_SURFACE_KEY } from '@/lib/messaging/warning-ui-key';
import { parseSurfaceFrameMessage, SURFACE_PAGE } from '@/lib/warning/surface-messages';

/**
 * The top frame's dialog that frames the warning page, injected by the worker into the top frame's isolated world the
 * first time the tab shows a warning (or when the top frame itself holds a restaking request): off every other page's
 * document_start. It answers the worker's surface-show, surface-check and surface-close for the whole tab, whichever
 * frame holds the request. Injected again, it does nothing.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  if (window !== window.top || g[WARNING_SURFACE_KEY]) return;
  g[WARNING_SURFACE_KEY] = { loaded: true };
  const pageUrl = () => browser.runtime.getURL(SURFACE_PAGE as '/warning-frame.html');
  const notify = (m: unknown) => void browser.runtime.sendMessage(m).catch(() => undefined);
  let host: SurfaceHost | null = null;
  const surfaceHost = () =>
    (host ??= createSurfaceHost({
      frameUrl: (token) => `${pageUrl()}#${token}`,
      giveUp: (token) => notify({ type: 'surface-give-up', token }),
      // The worker passes it on to the framed warning, which tells the person.
      tampered: (token) => notify({ type: 'surface-tampered', token }),
      tamperedUrl: (token) => `${pageUrl()}#${token}-tampered`,
      // Chromium moves a loaded frame without reloading it; Firefox reloads it (its moveBefore keeps no frame).
      ...(import.meta.env.CHROME
        ? {
            standbyUrl: (id: string) => `${pageUrl()}#${id}`,
            standbyLoaded: (id: string) => notify({ type: 'surface-standby-ready', standby: id }),
            // getURL gives the page's dynamic URL (use_dynamic_url); the document in the frame has the extension's id.
            standbyOrigin: `chrome-extension://${browser.runtime.id}`,
          }
        : {}),
    }));
  // Injected when this tab first holds a request: the first warning's page starts loading while the worker assesses.
  surfaceHost().prepare();
  // Only the worker talks to content scripts (tabs.sendMessage); the page has no way to reach this listener.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const m = parseSurfaceFrameMessage(message);
    switch (m?.type) {
      case 'surface-show':
        return void sendResponse({ ok: true, ...surfaceHost().show(m.token) });
      case 'surface-check':
        return void sendResponse(host ? host.check(m.token, m.decision, m.seen) : { counted: m.decision === 'cancel' });
      case 'surface-close':
        host?.close(m.token);
        return void sendResponse({ ok: true });
    }
  });
});
