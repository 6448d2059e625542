/**
 * Faults the warning must survive: corrupt or full storage, and a content script cut off from its worker
 * (the extension reloaded under an open page). The request still resolves, the person still sees the
 * warning — "Not checked" with the reason when nothing could be analysed — and nothing hangs.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import type { DemoServer } from '../demo/server';
import { demoSession } from './demo-session';
import { nextResult, openDemo, resultCount, signingCalls, waitFor } from './demo-page';

/** What these functions use of the extension API, where they run: the background service worker. */
declare const chrome: {
  storage: {
    local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> };
    session: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
  runtime: { reload(): void };
};

export function faultScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let demo: DemoServer;
  let page: PageDriver;

  demoSession(launch, async (b, d) => ([browser, demo, page] = [b, d, await b.newPage()]));

  async function holdAndCancel(id = 'etherfi-deposit') {
    await openDemo(page, demo.url);
    const before = await resultCount(page);
    await page.clickTestId(id);
    await page.waitForWarning();
    const text = (await page.warningText())!;
    await page.clickWarningButton('Cancel');
    expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
    expect(await signingCalls(page)).toEqual([]);
    return text;
  }

  describe('storage faults', () => {
    it('corrupt settings and caches: the warning still analyses the request', async (ctx) => {
      if (!browser.evaluateInBackground) return ctx.skip();
      await browser.evaluateInBackground(async () => {
        const junk = { 'lrt-advisor:settings': '{not json', 'lrt-advisor:source:onchain': { data: 'x'.repeat(1000), v: -1 }, 'lrt-advisor:source:defillama.pools': 42 };
        await chrome.storage.local.set(junk);
      });
      const text = await holdAndCancel();
      expect(text).toContain('Deposit 1.5 ETH into ether.fi · you get eETH');
    });

    it('full storage: the warning still appears and the request resolves', async (ctx) => {
      if (!browser.evaluateInBackground) return ctx.skip();
      const filled = await browser.evaluateInBackground(async () => {
        const chunk = 'x'.repeat(1024 * 1024);
        let n = 0;
        try {
          for (; n < 12; n++) await chrome.storage.local.set({ [`filler-${n}`]: chunk });
        } catch {
          /* quota reached */
        }
        return n;
      });
      expect(filled).toBeLessThan(12); // the quota was really reached
      const text = await holdAndCancel('kelp-deposit-eth');
      expect(text).toContain('Kelp DAO');
      await browser.evaluateInBackground(async () => {
        await chrome.storage.local.remove(Array.from({ length: 12 }, (_, i) => `filler-${i}`));
      });
    });
  });

  describe('requests sent around the hook', () => {
    const bypassed = () =>
      browser.evaluateInBackground!(async () => {
        const all = await chrome.storage.session.get(null);
        return Object.entries(all)
          .filter(([k]) => k.startsWith('lrt-advisor:bypass:'))
          .flatMap(([, v]) => (Array.isArray(v) ? (v as { method: string }[]).map((r) => r.method) : []));
      });

    it('are recorded for "This tab"; the wallet’s own traffic for a request the person let through is not', async (ctx) => {
      if (!browser.evaluateInBackground) return ctx.skip();
      await browser.evaluateInBackground(() => chrome.storage.session.clear());
      // A wallet that, like MetaMask, posts every request to its content-script channel.
      await openDemo(page, demo.url, 'envelope=1');
      const before = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      await page.waitForWarning();
      await page.clickWarningButton('Continue to wallet');
      expect(await nextResult(page, before)).toMatchObject({ ok: true });
      await new Promise((r) => setTimeout(r, 500));
      expect(await bypassed()).toEqual([]);
      // The page posts a deposit to that channel itself, around the hook.
      await page.evaluate(() => {
        const w = window as unknown as { __demo: { actions: { id: string; request: { method: string; params: unknown[] } }[] } };
        const { method, params } = w.__demo.actions.find((a) => a.id === 'kelp-deposit-eth')!.request;
        window.postMessage({ target: 'metamask-contentscript', data: { name: 'metamask-provider', data: { jsonrpc: '2.0', id: 99, method, params } } }, location.origin);
      });
      await waitFor(async () => (await bypassed()).length === 1, 3000, 'the bypass to be recorded');
      expect(await bypassed()).toEqual(['eth_sendTransaction']);
    });
  });

  describe('a worker that stalls while the warning opens', () => {
    it('the holding frame stops waiting and shows the warning itself; the dialog the worker put up is taken down: one warning, and Cancel ends it', async (ctx) => {
      if (!browser.evaluateInBackground) return ctx.skip();
      await openDemo(page, demo.url);
      const hosts = () =>
        page.evaluate(() => [...document.querySelectorAll('lrt-advisor-warning')].map((h) => (h.shadowRoot ? 'in the page' : 'dialog')).join(','));
      const before = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      // The top frame's dialog is up and its page is still loading: the worker stops answering for longer than the
      // holding frame waits for it (4.5 s), then handles what was sent meanwhile.
      await waitFor(async () => (await hosts()) === 'dialog', 10_000, 'the dialog');
      await browser.evaluateInBackground(() => {
        const end = Date.now() + 6000;
        while (Date.now() < end);
        return true;
      });
      await page.waitForWarning(15_000);
      await waitFor(async () => (await hosts()) === 'in the page', 5000, 'the in-page warning alone').catch(async (e: unknown) => {
        throw new Error(`${String(e)}; warnings on the page: ${await hosts()}`);
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await hosts()).toBe('in the page');
      expect(await page.warningText()).toContain('ether.fi');
      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
      await waitFor(async () => (await hosts()) === '', 5000, 'no warning left');
      expect(await signingCalls(page)).toEqual([]);
    }, 40_000);
  });

  /** Reloading the extension orphans the content scripts already in this page: they can no longer reach any worker. */
  async function reloadExtensionUnderThePage(b = browser) {
    await b.evaluateInBackground!(() => {
      setTimeout(() => chrome.runtime.reload(), 10);
      return true;
    });
    await new Promise((r) => setTimeout(r, 1500));
  }

  describe('a content script cut off from its worker', () => {
    it('still shows the warning, marked "Not checked" with the reason, and the person decides', async (ctx) => {
      if (!browser.evaluateInBackground) return ctx.skip();
      await openDemo(page, demo.url);
      // A dApp asks its wallet for accounts before it can send anything; the bridge then loads the hold machinery.
      expect(await page.evaluate(() => (window as unknown as { ethereum: { request(a: unknown): Promise<unknown> } }).ethereum.request({ method: 'eth_accounts' }))).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 300));
      await reloadExtensionUnderThePage();
      const before = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      await page.waitForWarning(15_000);
      const text = (await page.warningText())!;
      expect(text).toContain('Not checked');
      expect(text).toContain('the background worker did not answer');
      expect(text).toContain('0x3088…f216');
      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
      expect(await signingCalls(page)).toEqual([]);
      // A request to no restaking contract still goes straight through.
      const again = await resultCount(page);
      await page.clickTestId('transfer');
      expect(await nextResult(page, again)).toMatchObject({ ok: true });
      await waitFor(async () => (await page.warningVisible()) === false, 2000, 'no warning');
    }, 40_000);

    it('on a page that never asked for accounts, a held request is refused with a clear error to reload, never sent', async (ctx) => {
      // A browser of its own: the extension reloads once per browser here (its worker is not found again after that).
      const own = await launch();
      try {
        if (!own.evaluateInBackground) return ctx.skip();
        const fresh = await own.newPage();
        await openDemo(fresh, demo.url);
        await reloadExtensionUnderThePage(own);
        const before = await resultCount(fresh);
        await fresh.clickTestId('etherfi-deposit');
        expect(await nextResult(fresh, before)).toMatchObject({ ok: false, code: -32603, message: expect.stringContaining('reload this page') });
        expect(await fresh.warningVisible()).toBe(false);
        expect(await signingCalls(fresh)).toEqual([]);
      } finally {
        await own.close();
      }
    }, 40_000);
  });
}
