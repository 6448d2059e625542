/**
 * Browser figures in real headless Chromium, with the built extension and, in the same run, a browser
 * without it as the baseline: request → warning painted (worker warm and asleep), latency added to
 * requests that are not held, bytes injected at document_start and what they cost on page load.
 */
import { chromium, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR, CHROMIUM_FLAGS, chromiumPath, launchWithExtension } from '../e2e/chromium';
import { startDemoServer } from '../demo/server';
import type { BenchRow } from './table';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (v: number) => `${v.toFixed(v < 1 ? 3 : 1)} ms`;

async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

/** From calling request() to the warning's dialog painted (two animation frames after it opened). */
async function timeToWarning(page: Page, actionId: string): Promise<number> {
  const t = await page.evaluate(async (id) => {
    const w = window as unknown as { __demo: { actions: { id: string; request: unknown }[] }; ethereum: { request(a: unknown): Promise<unknown> } };
    const action = w.__demo.actions.find((a) => a.id === id)!;
    const t0 = performance.now();
    void w.ethereum.request(action.request).catch(() => undefined);
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (document.querySelector('lrt-advisor-warning')?.shadowRoot?.querySelector('dialog[open]')) break;
      if (performance.now() - t0 > 10_000) return -1;
    }
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, actionId);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('lrt-advisor-warning'));
  return t;
}

/** Without the extension: from calling request() to the wallet receiving it. */
async function timeToWallet(page: Page, actionId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const w = window as unknown as { __demo: { actions: { id: string; request: unknown }[] }; ethereum: { request(a: unknown): Promise<unknown> }; __wallet: { log: unknown[] } };
    const action = w.__demo.actions.find((a) => a.id === id)!;
    const n = w.__wallet.log.length;
    const t0 = performance.now();
    void w.ethereum.request(action.request);
    while (w.__wallet.log.length === n) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - t0;
  }, actionId);
}

/**
 * Mean duration of awaited requests that are never held, over rounds of `n` calls (page timers are
 * coarsened to 0.1 ms, so one call is too short to time alone): one mean per round.
 */
async function passThrough(page: Page, method: string, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ method, n }) => {
      const eth = (window as unknown as { ethereum: { request(a: unknown): Promise<unknown> } }).ethereum;
      const params = method === 'eth_call' ? [{ to: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', data: '0x679aefce' }, 'latest'] : [];
      for (let i = 0; i < 200; i++) await eth.request({ method, params }); // warm up
      const out: number[] = [];
      for (let round = 0; round < 15; round++) {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) await eth.request({ method, params });
        out.push((performance.now() - t0) / n);
      }
      return out;
    },
    { method, n },
  );
}

/** Navigation start → first page script, for a page whose first <head> script records the time. */
async function timeToFirstScript(page: Page, url: string): Promise<number> {
  await page.goto(`${url}first-script.html`);
  return page.evaluate(() => (window as unknown as { __firstScript: number }).__firstScript);
}

export async function benchBrowser(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: string, goal?: string, pass?: boolean): void =>
    void rows.push({ section: 'browser', metric, value, ...(goal ? { goal, pass: !!pass } : {}) });
  const demo = await startDemoServer({ firstScriptPage: true });
  const ext = await launchWithExtension();
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await ext.context.newPage();
    const base = await (await plain.newContext()).newPage();
    await openDemo(page, demo.url);
    await openDemo(base, demo.url);

    // Warm: the worker has just answered.
    await timeToWarning(page, 'etherfi-deposit');
    const warm: number[] = [];
    for (let i = 0; i < 60; i++) warm.push(await timeToWarning(page, i % 2 ? 'etherfi-deposit' : 'kelp-deposit-eth'));
    const baseline: number[] = [];
    for (let i = 0; i < 25; i++) baseline.push(await timeToWallet(base, 'etherfi-deposit'));
    row('request → warning painted, worker warm (median)', ms(quantile(warm, 0.5)));
    row('request → warning painted, worker warm (p95)', ms(quantile(warm, 0.95)), '≤ 50 ms', quantile(warm, 0.95) <= 50);
    row('baseline: request → wallet, no extension (median)', ms(quantile(baseline, 0.5)));

    // Asleep: stop the worker before each request.
    const ctl = await ext.context.newPage();
    await ctl.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    const cdp = await ext.context.newCDPSession(ctl);
    await cdp.send('ServiceWorker.enable');
    // The control tab must not hide the demo: a background tab gets no animation frames, and the time to paint
    // would be the time until the browser runs a frame for a hidden page.
    await page.bringToFront();
    const asleep: number[] = [];
    for (let i = 0; i < 12; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 150));
      asleep.push(await timeToWarning(page, 'etherfi-deposit'));
    }
    row('request → warning painted, worker asleep (median)', ms(quantile(asleep, 0.5)));
    row('request → warning painted, worker asleep (p95)', ms(quantile(asleep, 0.95)), '≤ 300 ms', quantile(asleep, 0.95) <= 300);

    // Requests that are not held.
    for (const method of ['eth_call', 'eth_chainId']) {
      const withExt = await passThrough(page, method, 500);
      const without = await passThrough(base, method, 500);
      const added = quantile(withExt, 0.5) - quantile(without, 0.5);
      row(`${method}: per call with / without extension (median of 15 × 500)`, `${ms(quantile(withExt, 0.5))} / ${ms(quantile(without, 0.5))}`);
      row(`${method}: latency added (median)`, ms(Math.max(0, added)), '≤ 0.1 ms', added <= 0.1);
    }

    // Bytes at document_start, and their cost before the page's first script runs.
    const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; run_at?: string; world?: string }[] };
    const files = manifest.content_scripts.filter((c) => c.run_at === 'document_start').flatMap((c) => c.js ?? []);
    const raw = files.reduce((s, f) => s + readFileSync(join(CHROME_EXTENSION_DIR, f)).length, 0);
    const gz = files.reduce((s, f) => s + gzipSync(readFileSync(join(CHROME_EXTENSION_DIR, f)), { level: 9 }).length, 0);
    row('bytes injected at document_start (raw / gzip)', `${raw} B / ${gz} B`, '≤ 12 KB gzip', gz <= 12 * 1024);
    const first: number[] = [];
    const firstBase: number[] = [];
    for (let i = 0; i < 25; i++) {
      first.push(await timeToFirstScript(page, demo.url));
      firstBase.push(await timeToFirstScript(base, demo.url));
    }
    row('navigation → first page script, with / without (median)', `${ms(quantile(first, 0.5))} / ${ms(quantile(firstBase, 0.5))}`);
    row('main-thread time added before page scripts (median)', ms(Math.max(0, quantile(first, 0.5) - quantile(firstBase, 0.5))));
  } finally {
    await ext.close();
    await plain.close();
    await demo.close();
  }
  return rows;
}
