/** Reads the demo dApp's state: what the dApp got back, and what the stand-in wallet recorded. */
import type { PageDriver } from './driver';

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

type DemoWindow = {
  __demo: { results: DemoResult[]; actions: { id: string; request: { method: string; params: unknown[] } }[] };
  __wallet: { log: WalletEntry[] };
  __sawWarning: boolean;
};

export async function waitFor(check: () => Promise<boolean>, timeout = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function openDemo(page: PageDriver, baseUrl: string, query = ''): Promise<void> {
  await page.goto(baseUrl + (query ? `?${query}` : ''));
  await waitFor(() => page.evaluate(() => document.body?.dataset.ready === 'true'), 10_000, 'the demo dApp');
}

export const resultCount = (page: PageDriver) =>
  page.evaluate(() => (window as unknown as DemoWindow).__demo.results.length);

/** Waits for the dApp's next result after `before` results. */
export async function nextResult(page: PageDriver, before: number, timeout = 15_000): Promise<DemoResult> {
  await waitFor(async () => (await resultCount(page)) > before, timeout, 'the dApp to get an answer');
  return page.evaluate(() => {
    const r = (window as unknown as DemoWindow).__demo.results;
    return r[r.length - 1]!;
  });
}

export const walletLog = (page: PageDriver) => page.evaluate(() => (window as unknown as DemoWindow).__wallet.log);

export async function signingCalls(page: PageDriver): Promise<WalletEntry[]> {
  return (await walletLog(page)).filter((e) => SIGNING.includes(e.method));
}

export const demoAction = (page: PageDriver, id: string) =>
  page.evaluate((actionId) => (window as unknown as DemoWindow).__demo.actions.find((a) => a.id === actionId)!, id);

/** Records, from inside the page, whether the warning host ever appeared (even for a moment). */
export async function watchForWarningHost(page: PageDriver): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as DemoWindow;
    win.__sawWarning = false;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'LRT-ADVISOR-WARNING') win.__sawWarning = true;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

export const sawWarningHost = (page: PageDriver) => page.evaluate(() => (window as unknown as DemoWindow).__sawWarning);
