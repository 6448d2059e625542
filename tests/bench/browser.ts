/**
 * Browser figures in real headless Chromium, with the built extension and, as the baseline, an empty extension (two
 * empty `document_start` content scripts, MAIN world and isolated) launched the same way: request → warning painted
 * (worker warm and asleep) and what the extension-origin warning page takes of it, latency added to requests that
 * are not held, bytes injected at document_start and what they cost every navigation.
 */
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../e2e/chromium';
import { pageDriver } from '../e2e/playwright-driver';
import { startDemoServer } from '../demo/server';
import { writeEmptyExtension } from './empty-extension';
import { navigationRows } from './navigation';
import { ms, quantile, type BenchRow } from './table';

/** Round counts: the full run, or `--quick` to check that the bench works (its figures then mean little). */
export interface BrowserRounds {
  warm: number;
  asleep: number;
  passRounds: number;
  navigationWarmUp: number;
  navigation: number;
}
export const FULL_ROUNDS: BrowserRounds = { warm: 60, asleep: 15, passRounds: 15, navigationWarmUp: 20, navigation: 200 };
export const QUICK_ROUNDS: BrowserRounds = { warm: 8, asleep: 3, passRounds: 3, navigationWarmUp: 5, navigation: 20 };

async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

interface Painted {
  /** Request → the warning page's first painted frame with the warning. */
  total: number;
  /** The warning page's own part: from its frame's navigation start (the top frame created it) to that paint. */
  frame: number;
  /** Of which: frame navigation start → the report arrived from the worker (the page loaded and asked for it). */
  frameToReport: number;
}

/** The painted mark of the warning page framed for a request made at `since` (epoch ms), or null while there is none. */
async function paintedMark(page: Page, since: number): Promise<{ painted: number; origin: number; report: number } | null> {
  const frames = page.frames().filter((f: Frame) => f.url().includes('/warning-frame.html'));
  for (const frame of frames) {
    const mark = await frame
      .evaluate(() => ({
        painted: Number(document.documentElement.dataset.painted ?? NaN),
        origin: performance.timeOrigin,
        report: performance.getEntriesByName('lrt-advisor:report')[0]?.startTime ?? NaN,
      }))
      .catch(() => null);
    if (mark && mark.painted >= since) return mark;
  }
  return null;
}

/**
 * From calling request() to the warning painted: the warning is the extension's own page, framed by the top frame in
 * a closed shadow root, and it marks `data-painted` (epoch ms, the clock every document shares) two animation frames
 * after it rendered the report. Then Cancel, as a person would, and wait for the page to be clear again.
 */
async function timeToWarning(page: Page, actionId: string): Promise<Painted> {
  const since = await page.evaluate((id) => {
    const w = window as unknown as { __demo: { actions: { id: string; request: unknown }[] }; ethereum: { request(a: unknown): Promise<unknown> }; __benchSettled?: boolean };
    const action = w.__demo.actions.find((a) => a.id === id)!;
    w.__benchSettled = false;
    const t0 = performance.timeOrigin + performance.now();
    void w.ethereum.request(action.request).then(
      () => (w.__benchSettled = true),
      () => (w.__benchSettled = true),
    );
    return t0;
  }, actionId);
  const deadline = Date.now() + 15_000;
  let mark = await paintedMark(page, since);
  while (!mark) {
    if (Date.now() > deadline) throw new Error(`the warning for ${actionId} was not painted within 15 s`);
    await new Promise((r) => setTimeout(r, 10));
    mark = await paintedMark(page, since);
  }
  await pageDriver(page).clickWarningButton('Cancel');
  await page.waitForFunction(() => (window as unknown as { __benchSettled: boolean }).__benchSettled && !document.querySelector('lrt-advisor-warning'));
  return { total: mark.painted - since, frame: mark.painted - mark.origin, frameToReport: mark.report };
}

/**
 * Mean duration of awaited requests that are never held, over rounds of `n` calls (page timers are
 * coarsened to 0.1 ms, so one call is too short to time alone): one mean per round.
 */
async function passThrough(page: Page, method: string, n: number, rounds: number): Promise<number[]> {
  return page.evaluate(
    async ({ method, n, rounds }) => {
      const eth = (window as unknown as { ethereum: { request(a: unknown): Promise<unknown> } }).ethereum;
      const params = method === 'eth_call' ? [{ to: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', data: '0x679aefce' }, 'latest'] : [];
      for (let i = 0; i < 200; i++) await eth.request({ method, params }); // warm up
      const out: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) await eth.request({ method, params });
        out.push((performance.now() - t0) / n);
      }
      return out;
    },
    { method, n, rounds },
  );
}

function paintedRows(row: (metric: string, value: string, goal?: string, pass?: boolean) => void, label: string, runs: Painted[], goalMs: number) {
  const total = runs.map((r) => r.total);
  const frame = runs.map((r) => r.frame);
  const report = runs.map((r) => r.frameToReport).filter((v) => Number.isFinite(v));
  row(`request → warning painted, ${label} (median, n = ${runs.length})`, ms(quantile(total, 0.5)));
  row(`request → warning painted, ${label} (p95)`, ms(quantile(total, 0.95)), `≤ ${goalMs} ms`, quantile(total, 0.95) <= goalMs);
  row(`  the extension-origin warning page: its load began → painted (median / p95; a standby page loads before the request)`, `${ms(quantile(frame, 0.5))} / ${ms(quantile(frame, 0.95))}`);
  if (report.length) row(`  the warning page: its load began → report from the worker (median)`, ms(quantile(report, 0.5)));
}

export async function benchBrowser(rounds: BrowserRounds = FULL_ROUNDS): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: string, goal?: string, pass?: boolean): void =>
    void rows.push({ section: 'browser', metric, value, ...(goal ? { goal, pass: !!pass } : {}) });
  const demo = await startDemoServer({ firstScriptPage: true });
  const emptyDir = await writeEmptyExtension();
  const ext = await launchWithExtension();
  const empty = await launchWithExtension(emptyDir, { withWorker: false });
  const control = await launchWithExtension(emptyDir, { withWorker: false });
  try {
    const page = await ext.context.newPage();
    const base = await empty.context.newPage();
    await openDemo(page, demo.url);
    await openDemo(base, demo.url);

    // Warm: the worker has just answered.
    await timeToWarning(page, 'etherfi-deposit');
    const warm: Painted[] = [];
    for (let i = 0; i < rounds.warm; i++) warm.push(await timeToWarning(page, i % 2 ? 'etherfi-deposit' : 'kelp-deposit-eth'));
    paintedRows(row, 'worker warm', warm, 50);

    // Asleep: stop the worker before each request.
    const ctl = await ext.context.newPage();
    await ctl.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    const cdp = await ext.context.newCDPSession(ctl);
    await cdp.send('ServiceWorker.enable');
    // The control tab must not hide the demo: a background tab gets no animation frames, and the time to paint
    // would be the time until the browser runs a frame for a hidden page.
    await page.bringToFront();
    const asleep: Painted[] = [];
    for (let i = 0; i < rounds.asleep; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 150));
      asleep.push(await timeToWarning(page, 'etherfi-deposit'));
    }
    paintedRows(row, 'worker asleep', asleep, 300);
    await ctl.close();

    // Requests that are not held.
    for (const method of ['eth_call', 'eth_chainId']) {
      const withExt = await passThrough(page, method, 500, rounds.passRounds);
      const without = await passThrough(base, method, 500, rounds.passRounds);
      const added = quantile(withExt, 0.5) - quantile(without, 0.5);
      row(`${method}: per call with / empty extension (median of ${rounds.passRounds} × 500)`, `${ms(quantile(withExt, 0.5))} / ${ms(quantile(without, 0.5))}`);
      row(`${method}: latency added (median)`, ms(Math.max(0, added)), '≤ 0.1 ms', added <= 0.1);
    }

    // Bytes at document_start, and what they cost every navigation.
    const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; run_at?: string; world?: string }[] };
    const atStart = manifest.content_scripts.filter((c) => c.run_at === 'document_start');
    const size = (files: string[], zip: boolean) => files.reduce((s, f) => s + (zip ? gzipSync(readFileSync(join(CHROME_EXTENSION_DIR, f)), { level: 9 }) : readFileSync(join(CHROME_EXTENSION_DIR, f))).length, 0);
    const all = atStart.flatMap((c) => c.js ?? []);
    const isolated = atStart.filter((c) => c.world !== 'MAIN').flatMap((c) => c.js ?? []);
    const mainWorld = atStart.filter((c) => c.world === 'MAIN').flatMap((c) => c.js ?? []);
    row('bytes injected at document_start (raw / gzip)', `${size(all, false)} B / ${size(all, true)} B`, '≤ 12 KB gzip', size(all, true) <= 12 * 1024);
    row('  MAIN-world hook / isolated-world bridge (raw)', `${size(mainWorld, false)} B / ${size(isolated, false)} B`);
    // Fresh tabs on both sides: the demo tab's renderer has just shown warnings, the empty extension's has not.
    rows.push(...(await navigationRows(await ext.context.newPage(), await empty.context.newPage(), await control.context.newPage(), `${demo.url}first-script.html`, rounds)));
  } finally {
    await ext.close();
    await empty.close();
    await control.close();
    await rm(emptyDir, { recursive: true, force: true });
    await demo.close();
  }
  return rows;
}
