import { createWorkerHandler } from '@/lib/messaging/handle-worker-message';
import { WARNING_SURFACE_FILE, WARNING_UI_FILE } from '@/lib/messaging/warning-ui-key';
import { createWorker } from '@/lib/worker/create-worker';
import { createWxtStorage } from '@/lib/sources/cache/wxt-storage';
import { createRpcClient } from '@/lib/sources/onchain/create-rpc-client';
import { createLimiter } from '@/lib/sources/onchain/create-limiter';
import { loadSnapshot } from '@/lib/snapshot/load-snapshot';
import { createSurfaceRouter } from '@/lib/warning/surface-router';
import { parseSurfaceWorkerMessage, SURFACE_PAGE, assessSurface, warningOf } from '@/lib/warning/surface-messages';

const REFRESH_ALARM = 'refresh-sources';
const REFRESH_MINUTES = 30;

export default defineBackground(() => {
  const limiter = createLimiter(4);
  const clients = new Map<string, ReturnType<typeof createRpcClient>>();
  const session = createWxtStorage('session');
  const worker = createWorker({
    storage: createWxtStorage('local'),
    session,
    snapshot: loadSnapshot(),
    fetch: (input, init) => fetch(input, init),
    clientFor: (chainId, rpcUrl) => {
      const key = `${chainId}:${rpcUrl ?? ''}`;
      let client = clients.get(key);
      if (!client) clients.set(key, (client = createRpcClient(chainId, { ...(rpcUrl ? { rpcUrl } : {}), limiter, batch: true })));
      return client;
    },
    openTab: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]) })),
    injectWarningUi: async ({ tabId, frameId }, part) => {
      const file = part === 'surface' ? WARNING_SURFACE_FILE : WARNING_UI_FILE;
      await browser.scripting.executeScript({ target: { tabId: tabId!, frameIds: [frameId ?? 0] }, files: [file] });
    },
  });
  const handle = createWorkerHandler(worker);
  const extensionOrigin = browser.runtime.getURL('/');
  const surface = createSurfaceRouter({
    sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
    prepareDisplay: async (tabId) => void (await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [WARNING_SURFACE_FILE] })),
    toExtensionPages: (message) => browser.runtime.sendMessage(message),
    session,
  });
  // The warning's own page, framed in a tab (its URL's host is the extension's id, or its per-session dynamic id).
  const isSurfacePage = (url: string | undefined) => !!url && /^(chrome|moz)-extension:$/.test(new URL(url).protocol) && new URL(url).pathname === SURFACE_PAGE;

  // Listeners are registered synchronously at start so a message that wakes the worker is not lost.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const toSurface = sender.id === browser.runtime.id ? parseSurfaceWorkerMessage(message) : null;
    if (toSurface) {
      const from = { tabId: sender.tab?.id, frameId: sender.frameId, surfacePage: isSurfacePage(sender.url) };
      void surface(toSurface, from).then(sendResponse, () => sendResponse({ ok: false, error: 'the warning could not be shown' }));
      return true;
    }
    const extensionPage = sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin);
    const origin = sender.url ? new URL(sender.url).origin : undefined;
    // Should this assessment warn, the warning is shown as the worker answers, on its own report, rather than a hop
    // later when the holding frame asks for it.
    // Past `openBy` the holding frame may have given up waiting (and shown its own warning): it is left to it then.
    const asked = extensionPage ? null : assessSurface(message);
    const opened = asked ? surface.openAssessed(asked.token, { tabId: sender.tab?.id, frameId: sender.frameId, surfacePage: false }) : null;
    void handle(message, { tabId: sender.tab?.id, frameId: sender.frameId, extensionPage, ...(origin ? { origin } : {}) }).then((reply) => {
      opened?.(asked && Date.now() <= asked.openBy ? warningOf(reply) : null);
      sendResponse(reply);
    });
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void worker.refreshNow();
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
    void worker.refreshNow();
  });
  browser.tabs.onRemoved.addListener((tabId) => void worker.forgetTab(tabId).catch(() => undefined));
});
