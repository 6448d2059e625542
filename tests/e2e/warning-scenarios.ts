/**
 * The warning's end-to-end scenarios, run in every browser (chromium-warning.test.ts,
 * firefox-warning.test.ts): one browser per suite, one page reused across tests.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import type { DemoServer } from '../demo/server';
import { demoSession } from './demo-session';
import {
  demoAction,
  nextResult,
  openDemo,
  resultCount,
  sawWarningHost,
  signingCalls,
  waitFor,
  walletLog,
  watchForWarningHost,
} from './demo-page';

export function warningScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let demo: DemoServer;
  let page: PageDriver;

  demoSession(launch, async (b, d) => ([browser, demo, page] = [b, d, await b.newPage()]));

  const warningGone = () =>
    waitFor(async () => (await page.evaluate(() => document.querySelectorAll('lrt-advisor-warning').length)) === 0, 5000, 'the warning to close');

  /** Clicks a demo button and waits for the warning. */
  async function holdAction(id: string) {
    const before = await resultCount(page);
    await page.clickTestId(id);
    await page.waitForWarning();
    return before;
  }

  async function cancel(before: number) {
    await page.clickWarningButton('Cancel');
    expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
    await warningGone();
  }

  async function cancelFlow(query: string, id = 'etherfi-deposit') {
    await openDemo(page, demo.url, query);
    const before = await holdAction(id);
    await cancel(before);
    expect(await signingCalls(page)).toEqual([]);
  }

  async function continueFlow(query: string, id = 'etherfi-deposit') {
    await openDemo(page, demo.url, query);
    const action = await demoAction(page, id);
    const before = await holdAction(id);
    await page.clickWarningButton('Continue to wallet');
    const result = await nextResult(page, before);
    const calls = await signingCalls(page);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe(action.request.method);
    expect(calls[0]!.params).toEqual(action.request.params);
    expect(result.ok).toBe(true);
    expect(result.result).toEqual(calls[0]!.result);
    await warningGone();
    return { result, calls };
  }

  describe('demo flows through window.ethereum.request', () => {
    it('holds a deposit, and Cancel rejects with 4001 while the wallet sees nothing', async () => {
      await cancelFlow('');
    });

    it('Continue hands the wallet the identical request and returns its answer', async () => {
      const { result } = await continueFlow('');
      expect(result.result).toMatch(/^0x[0-9a-f]{64}$/);
    });

    it('Esc means Cancel', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('kelp-deposit-eth');
      await page.press('Escape');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
      expect(await signingCalls(page)).toEqual([]);
    });

    it('keeps keyboard focus inside the warning', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('eigenlayer-deposit');
      await new Promise((r) => setTimeout(r, 700)); // Continue enables after a moment
      const buttons = await page.inWarning((dialog) => [...dialog!.querySelectorAll('button')].map((b) => b.textContent));
      const seen = new Set<string | null>();
      for (let i = 0; i < buttons.length * 2 + 1; i++) {
        await page.press('Tab');
        seen.add(await page.focusedInWarning());
      }
      // Every stop is one of the dialog's own buttons, and the cycle reaches them all.
      expect(seen).toEqual(new Set(buttons));
      expect(seen.has('Cancel') && seen.has('Continue to wallet')).toBe(true);
      await cancel(before);
    });

    it.each(['kelp-deposit-eth', 'eigenlayer-deposit', 'batch-approve-deposit'])('holds %s', async (id) => {
      await cancelFlow('', id);
    });

    it('passes the wallet’s own error back to the dApp untouched', async () => {
      await openDemo(page, demo.url, 'walletReject=1');
      const before = await holdAction('etherfi-deposit');
      await page.clickWarningButton('Continue to wallet');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001, message: 'The stand-in wallet rejected the request' });
      expect((await walletLog(page)).filter((e) => e.method === 'eth_sendTransaction')).toHaveLength(1);
    });
  });

  describe('the warning says what the request does', () => {
    it.each([
      ['etherfi-deposit', ['Deposit 1.5 ETH into ether.fi · you get eETH']],
      ['kelp-deposit-eth', ['Deposit 1 ETH into Kelp DAO · you get rsETH']],
      ['eigenlayer-deposit', ['Restake 2 stETH on EigenLayer']],
      ['batch-approve-deposit', ['Approve, then deposit 3 stETH into Kelp DAO · you get rsETH', 'Allow Kelp DAO to take 3 stETH', 'Deposit 3 stETH into Kelp DAO · you get rsETH']],
      ['symbiotic-deposit', ['Restake 2 wstETH on Symbiotic', 'Exit time', '7–14 days']],
      ['buy-weeth', ['Buy weETH with 1 WETH on Uniswap']],
    ])('%s', async (id, sentences) => {
      await openDemo(page, demo.url);
      const before = await holdAction(id);
      const text = (await page.warningText())!;
      for (const sentence of sentences) expect(text).toContain(sentence);
      expect(text).toContain(new URL(demo.url).origin);
      // Analysed, so no "Not checked" box for the request itself (facts it could not check are listed per item).
      expect(await page.inWarning((dialog) => !!dialog?.querySelector('[data-testid="not-checked"]'))).toBe(false);
      // The default view speaks no code: the full sentences with contract names and sources wait behind Details.
      expect(text).not.toMatch(/\bprimary\b|\bchain \d|0x[0-9a-fA-F]{4}|\w\(\w*\)/);
      await cancel(before);
    });

    it.each(['etherfi-deposit', 'kelp-deposit-eth', 'eigenlayer-deposit', 'batch-approve-deposit', 'symbiotic-deposit', 'unknown-call'])(
      '%s opens with the focus on Cancel',
      async (id) => {
        await openDemo(page, demo.url);
        const before = await holdAction(id);
        await waitFor(async () => (await page.focusedInWarning()) === 'Cancel', 3000, 'the focus on Cancel');
        await cancel(before);
      },
    );

    it('a call it cannot analyse on a known restaking contract is shown as "Couldn’t check"', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('unknown-call');
      const text = (await page.warningText())!;
      expect(text).toContain("Couldn't check");
      expect(text).toContain('A request LRT Advisor cannot read');
      expect(text).toContain('it calls LiquidityPool, a known restaking contract');
      await cancel(before);
    });
  });

  describe('requests that touch no restaking contract, or that it judges fine, pass with no warning', () => {
    it.each(['transfer', 'eth-call', 'approve-kelp'])('%s', async (id) => {
      await openDemo(page, demo.url);
      await watchForWarningHost(page);
      const action = await demoAction(page, id);
      const before = await resultCount(page);
      await page.clickTestId(id);
      const result = await nextResult(page, before);
      expect(result.ok).toBe(true);
      const entry = (await walletLog(page)).find((e) => e.method === action.request.method);
      expect(entry?.params).toEqual(action.request.params);
      expect(await sawWarningHost(page)).toBe(false);
    });
  });

  describe('every way a dApp reaches a wallet', () => {
    it('an EIP-6963 announced provider', async () => {
      await cancelFlow('wallet=eip6963&use=eip6963');
      await continueFlow('wallet=eip6963&use=eip6963');
    });
    it('window.ethereum.providers[]', async () => {
      await cancelFlow('wallet=providers&use=providers1');
      await continueFlow('wallet=providers&use=providers1');
    });
    it.each(['send', 'sendAsync', 'send-cb'])('legacy %s', async (api) => {
      await cancelFlow(`api=${api}`);
      await continueFlow(`api=${api}`);
    });
    it.each(['late', 'locked', 'getter'])('a wallet injected %s', async (mode) => {
      await cancelFlow(`wallet=${mode}`);
    });
  });

  describe('the page cannot decide for the person', () => {
    it('a scripted click on Continue does nothing', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      await new Promise((r) => setTimeout(r, 700));
      // The decision is made in the extension's own framed page: all the page has is the host element it sees.
      const reached = await page.evaluate(() => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        for (const target of [host, document.documentElement, document]) {
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        }
        host.click();
        return { root: host.shadowRoot !== null, frames: window.frames.length };
      });
      expect(reached.root).toBe(false);
      await new Promise((r) => setTimeout(r, 500));
      expect(await resultCount(page)).toBe(before);
      expect(await signingCalls(page)).toEqual([]);
      expect(await page.warningVisible()).toBe(true);
      await cancel(before);
    });

    it('forged bridge messages do not release the request', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      await page.evaluate(() => {
        const forged = ['continue', 'release'].flatMap((k) => [1, 2, 3, 4, 5].map((n) => ({ k, id: `h${n}` })));
        for (const m of forged) window.postMessage(m, '*');
        // A forged handshake: offer our own port as if we were the hook, and announce readiness.
        const channel = new MessageChannel();
        window.dispatchEvent(new MessageEvent('lrt-advisor:port', { ports: [channel.port2], cancelable: true }));
        for (const m of forged) channel.port1.postMessage(m);
        // Whatever port a re-handshake would hand out, try it.
        window.addEventListener('lrt-advisor:port', (e) => {
          const port = (e as MessageEvent).ports[0];
          if (port) for (const m of forged) port.postMessage(m);
        });
        window.dispatchEvent(new Event('lrt-advisor:ready'));
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await resultCount(page)).toBe(before);
      expect(await signingCalls(page)).toEqual([]);
      expect(await page.warningVisible()).toBe(true);
      await cancel(before);
    });

    it('text the page writes into the warning does not stay', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      await page.evaluate(() => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        // The root is closed and the frame is the extension's: the host's own children are all the page can write.
        host.textContent = 'Verified safe by LRT Advisor, sign now';
        const p = document.createElement('p');
        p.textContent = 'Everything is fine';
        host.append(p);
      });
      await new Promise((r) => setTimeout(r, 500));
      const text = (await page.warningText())!;
      expect(text).not.toContain('Verified safe');
      expect(text).not.toContain('Everything is fine');
      expect(text).toContain('Deposit 1.5 ETH into ether.fi');
      await cancel(before);
    });

    it('removing or hiding the warning’s host brings it back', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      await page.evaluate(() => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        host.style.setProperty('display', 'none', 'important');
        host.remove();
      });
      await waitFor(() => page.warningVisible(), 3000, 'the warning to come back');
      await cancel(before);
    });
  });

  describe('what no DOM observer sees', () => {
    it('the page cannot reach the warning’s stylesheet to hide it', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      const reached = await page.evaluate(() => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('dialog, iframe { display: none !important }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        // What the page can see of the warning's styles: nothing behind a closed root.
        return host.shadowRoot?.querySelector('style')?.sheet ?? null;
      });
      expect(reached).toBeNull();
      await new Promise((r) => setTimeout(r, 600));
      await waitFor(() => page.warningVisible(), 3000, 'the warning to be visible');
      await cancel(before);
    });

    it('a page modal opened above the warning is put back under it', async () => {
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      type Marked = { __sameDocument?: boolean } | null;
      await page.inWarning((dialog) => void ((dialog!.ownerDocument.defaultView as unknown as Marked)!.__sameDocument = true));
      const cancelBox = () =>
        page.inWarning((dialog) => {
          const box = [...dialog!.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.getBoundingClientRect();
          return [box.x, box.y, box.width, box.height].map(Math.round);
        });
      const cancelAt = await cancelBox();
      await page.evaluate(() => {
        const fake = document.createElement('dialog');
        fake.id = 'fake';
        fake.textContent = 'All good, nothing to see';
        document.body.append(fake);
        fake.showModal();
      });
      await waitFor(async () => (await page.warningText())?.includes('This page tried to change or hide this warning') ?? false, 5000, 'the tamper notice');
      // Told where it is: the warning page is not loaded again (it would flash, and the undoing would count twice).
      expect(await page.inWarning((dialog) => (dialog?.ownerDocument.defaultView as unknown as Marked)?.__sameDocument ?? false)).toBe(true);
      // The notice did not move Cancel from under a pointer on its way to it (the dialog keeps its height).
      expect(await cancelBox()).toEqual(cancelAt);
      await new Promise((r) => setTimeout(r, 600));
      // Ours was shown again after the page's: it is the last (topmost) modal, and a real click reaches it.
      await cancel(before);
    });
  });

  describe('the background worker', () => {
    it('is woken from sleep by a held request', async (ctx) => {
      if (!(await browser.stopWorker())) return ctx.skip();
      await openDemo(page, demo.url);
      const before = await holdAction('etherfi-deposit');
      await waitFor(async () => (await page.inWarning((dialog) => dialog?.querySelectorAll('[data-testid="key-numbers"]').length ?? 0)) === 1, 5000, 'the analysed intent');
      await cancel(before);
    });

    it('a request held while the worker keeps restarting is still resolved', async (ctx) => {
      if (!(await browser.stopWorker())) return ctx.skip();
      await openDemo(page, demo.url);
      const before = await resultCount(page);
      const stopping = (async () => {
        for (let i = 0; i < 12; i++) {
          await browser.stopWorker();
          await new Promise((r) => setTimeout(r, 25));
        }
      })();
      await page.clickTestId('kelp-deposit-eth');
      await stopping;
      // At worst each way of showing it waits out the worker's retry window before the next (assessment, dialog,
      // in-page warning, then the plain one): about 12.5 s. It never hangs.
      await page.waitForWarning(20_000);
      await cancel(before);
      expect(await signingCalls(page)).toEqual([]);
    });
  });
}
