/** Drives the demo dApp: click an action, read what the dApp got and what the stand-in wallet recorded. */
import type { Page, Locator } from 'playwright-core';

export interface DemoResult {
  id: string;
  ok: boolean;
  result?: unknown;
  code?: number | null;
  message?: string;
}

export interface WalletEntry {
  wallet: string;
  via: string;
  method: string;
  params: unknown;
  result?: unknown;
}

export const SIGNING = ['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v3', 'eth_signTypedData_v4'];

export async function openDemo(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(baseUrl + (query ? `?${query}` : ''));
  await page.waitForSelector('body[data-ready="true"]');
}

export const warning = (page: Page): Locator => page.getByRole('alertdialog');

export async function resultCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __demo: { results: unknown[] } }).__demo.results.length);
}

/** Waits for the dApp's next result after `before` results. */
export async function nextResult(page: Page, before: number, timeout = 15_000): Promise<DemoResult> {
  await page.waitForFunction((n) => (window as unknown as { __demo: { results: unknown[] } }).__demo.results.length > n, before, {
    timeout,
  });
  return page.evaluate(() => {
    const r = (window as unknown as { __demo: { results: DemoResult[] } }).__demo.results;
    return r[r.length - 1]!;
  });
}

export async function walletLog(page: Page): Promise<WalletEntry[]> {
  return page.evaluate(() => (window as unknown as { __wallet: { log: WalletEntry[] } }).__wallet.log);
}

export async function signingCalls(page: Page): Promise<WalletEntry[]> {
  return (await walletLog(page)).filter((e) => SIGNING.includes(e.method));
}

export async function demoAction(page: Page, id: string): Promise<{ request: { method: string; params: unknown[] } }> {
  return page.evaluate((actionId) => {
    const demo = (window as unknown as { __demo: { actions: { id: string; request: { method: string; params: unknown[] } }[] } }).__demo;
    return demo.actions.find((a) => a.id === actionId)!;
  }, id);
}

/** Records, from inside the page, whether the warning host ever appeared (even for a moment). */
export async function watchForWarningHost(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sawWarning: boolean };
    w.__sawWarning = false;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'LRT-ADVISOR-WARNING') w.__sawWarning = true;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

export async function sawWarningHost(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning);
}
