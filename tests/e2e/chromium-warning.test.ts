import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startDemoServer, type DemoServer } from '../demo/server';
import {
  demoAction,
  nextResult,
  openDemo,
  resultCount,
  sawWarningHost,
  signingCalls,
  walletLog,
  warning,
  watchForWarningHost,
} from './demo-page';

let browser: ExtensionBrowser;
let demo: DemoServer;
let page: Page;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Clicks a demo button and waits for the warning. */
async function holdAction(id: string) {
  const before = await resultCount(page);
  await page.getByTestId(id).click();
  await warning(page).waitFor({ state: 'visible', timeout: 10_000 });
  return before;
}

async function cancelFlow(query: string, id = 'etherfi-deposit') {
  await openDemo(page, demo.url, query);
  const before = await holdAction(id);
  await warning(page).getByRole('button', { name: 'Cancel' }).click();
  const result = await nextResult(page, before);
  expect(result).toMatchObject({ id, ok: false, code: 4001 });
  expect(await signingCalls(page)).toEqual([]);
  await expect.poll(() => page.locator('lrt-advisor-warning').count()).toBe(0);
}

async function continueFlow(query: string, id = 'etherfi-deposit') {
  await openDemo(page, demo.url, query);
  const action = await demoAction(page, id);
  const before = await holdAction(id);
  await warning(page).getByRole('button', { name: 'Continue to wallet' }).click();
  const result = await nextResult(page, before);
  const calls = await signingCalls(page);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.method).toBe(action.request.method);
  expect(calls[0]!.params).toEqual(action.request.params);
  expect(result.ok).toBe(true);
  expect(result.result).toEqual(calls[0]!.result);
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
    await page.keyboard.press('Escape');
    expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
    expect(await signingCalls(page)).toEqual([]);
  });

  it('the warning is an accessible alertdialog that keeps focus inside', async () => {
    await openDemo(page, demo.url);
    const before = await holdAction('eigenlayer-deposit');
    const dialog = warning(page);
    await expect.poll(() => dialog.getByRole('button', { name: 'Continue to wallet' }).isEnabled()).toBe(true);
    const focused = async () => page.evaluate(() => document.querySelector('lrt-advisor-warning')?.shadowRoot?.activeElement?.textContent ?? null);
    const seen = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focused());
    }
    expect(seen).toEqual(new Set(['Cancel', 'Continue to wallet']));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await nextResult(page, before);
  });

  it.each(['kelp-deposit-eth', 'eigenlayer-deposit', 'approve-kelp', 'batch-approve-deposit'])('holds %s', async (id) => {
    await cancelFlow('', id);
  });

  it('passes the wallet’s own error back to the dApp untouched', async () => {
    await openDemo(page, demo.url, 'walletReject=1');
    const before = await holdAction('etherfi-deposit');
    await warning(page).getByRole('button', { name: 'Continue to wallet' }).click();
    expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001, message: 'The stand-in wallet rejected the request' });
    expect((await walletLog(page)).filter((e) => e.method === 'eth_sendTransaction')).toHaveLength(1);
  });
});

describe('requests that touch no restaking contract pass with no warning', () => {
  it.each(['transfer', 'eth-call'])('%s', async (id) => {
    await openDemo(page, demo.url);
    await watchForWarningHost(page);
    const action = await demoAction(page, id);
    const before = await resultCount(page);
    await page.getByTestId(id).click();
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
    await expect.poll(() => warning(page).getByRole('button', { name: 'Continue to wallet' }).isEnabled()).toBe(true);
    await page.evaluate(() => {
      const root = document.querySelector('lrt-advisor-warning')!.shadowRoot!;
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Continue to wallet')!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await resultCount(page)).toBe(before);
    expect(await signingCalls(page)).toEqual([]);
    await expect.poll(() => warning(page).getByText('A click that did not come from you was ignored.').isVisible()).toBe(true);
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
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
      window.dispatchEvent(new Event('lrt-advisor:ready'));
      for (const m of forged) channel.port1.postMessage(m);
      // Whatever port a re-handshake would hand out, try it.
      window.addEventListener('lrt-advisor:port', (e) => {
        const port = (e as MessageEvent).ports[0];
        if (port) for (const m of forged) port.postMessage(m);
      });
      window.dispatchEvent(new Event('lrt-advisor:ready'));
    });
    await page.waitForTimeout(500);
    expect(await resultCount(page)).toBe(before);
    expect(await signingCalls(page)).toEqual([]);
    await expect.poll(() => warning(page).isVisible()).toBe(true);
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
  });

  it('text the page writes into the warning does not stay', async () => {
    await openDemo(page, demo.url);
    const before = await holdAction('etherfi-deposit');
    await page.evaluate(() => {
      const root = document.querySelector('lrt-advisor-warning')!.shadowRoot!;
      root.querySelector('h2')!.textContent = 'Verified safe by LRT Advisor, sign now';
      const p = document.createElement('p');
      p.textContent = 'Everything is fine';
      root.querySelector('section')?.append(p);
    });
    await expect.poll(() => warning(page).getByText('This page tried to change or hide this warning').isVisible()).toBe(true);
    const text = await warning(page).innerText();
    expect(text).not.toContain('Verified safe');
    expect(text).not.toContain('Everything is fine');
    expect(text).toContain('Restaking request');
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
  });

  it('removing or hiding the warning’s host brings it back', async () => {
    await openDemo(page, demo.url);
    const before = await holdAction('etherfi-deposit');
    await page.evaluate(() => {
      const host = document.querySelector('lrt-advisor-warning')!;
      (host as HTMLElement).style.setProperty('display', 'none', 'important');
      host.remove();
    });
    await expect.poll(() => warning(page).isVisible()).toBe(true);
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
  });
});

describe('the background worker', () => {
  async function stopWorkers(times: number, everyMs: number) {
    const extPage = await browser.context.newPage();
    await extPage.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    const cdp = await browser.context.newCDPSession(extPage);
    await cdp.send('ServiceWorker.enable');
    return {
      run: async () => {
        for (let i = 0; i < times; i++) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          await new Promise((r) => setTimeout(r, everyMs));
        }
      },
      close: () => extPage.close(),
    };
  }

  it('is woken from sleep by a held request', async () => {
    const stopper = await stopWorkers(1, 0);
    await stopper.run();
    await stopper.close();
    await openDemo(page, demo.url);
    const before = await holdAction('etherfi-deposit');
    await expect.poll(() => warning(page).getByTestId('intent').count()).toBe(1);
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
  });

  it('a request held while the worker keeps restarting is still resolved', async () => {
    await openDemo(page, demo.url);
    const stopper = await stopWorkers(12, 25);
    const before = await resultCount(page);
    const stopping = stopper.run();
    await page.getByTestId('kelp-deposit-eth').click();
    await stopping;
    await warning(page).waitFor({ state: 'visible', timeout: 10_000 });
    await warning(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await nextResult(page, before)).toMatchObject({ code: 4001 });
    expect(await signingCalls(page)).toEqual([]);
    await stopper.close();
  });
});
