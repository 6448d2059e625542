/**
 * Bench section "popup": first paint of the popup page in real headless Chromium with the built extension
 * (Paint Timing API: first-contentful-paint), the time until its search lists results, the bytes it
 * loads, and the pure search's time per keystroke over the worker's whole token index. Two floors
 * measured alongside say what the machine allows: the same page with scripts off, and a data: page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../e2e/chromium';
import { loadSnapshot } from '../../lib/snapshot/load-snapshot';
import { buildTokenIndex } from '../../lib/worker/token-index';
import { searchTokens } from '../../lib/search/search-tokens';
import { ms, quantile, type BenchRow } from './table';

/** What a person types, one keystroke at a time: symbols, typos, names, a pasted address, a chain. */
const TYPED = ['rseth', 'rsEHT', 'weth', 'weETH', 'pufer', 'ether fi', 'kelp dao', 'steth arbitrum', 'eigenlayer', 'mstETH', 'cbeth', 'renzo ezeth', '0x4186bfc76e2e237523cbc30fd220fe055156b41f', 'zzzzzz'];

/** Search time per keystroke over the whole index, typed `rounds` times (the index's keys are built once, before). */
export function measureSearch(rounds = 40): { perKeystroke: number[]; tokens: number; prepare: number } {
  const index = buildTokenIndex(loadSnapshot());
  const t0 = performance.now();
  searchTokens(index, 'x');
  const prepare = performance.now() - t0;
  const perKeystroke: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const word of TYPED)
      for (let i = 1; i <= word.length; i++) {
        const q = word.slice(0, i);
        const t = performance.now();
        searchTokens(index, q);
        perKeystroke.push(performance.now() - t);
      }
  return { perKeystroke: perKeystroke.slice(TYPED.join('').length), tokens: index.length, prepare };
}

/**
 * What popup.html loads: the page (with its inline first-frame styles), its scripts, and the chunks and
 * stylesheet they import (statically, or once the first frame has painted: Vite's preload map). Raw and gzip.
 */
export function popupBytes(): { raw: number; gz: number; files: number } {
  const read = (f: string) => readFileSync(join(CHROME_EXTENSION_DIR, f));
  const html = read('popup.html').toString('utf8');
  const files = new Set(['popup.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)]);
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const code = read(file).toString('utf8');
    for (const m of code.matchAll(/from\s*"\.\/([\w.-]+\.js)"|import\s*"\.\/([\w.-]+\.js)"|"((?:chunks\/[\w.-]+\.js)|(?:assets\/[\w.-]+\.css))"/g))
      files.add(m[3] ?? `chunks/${m[1] ?? m[2]}`);
  }
  return {
    raw: [...files].reduce((s, f) => s + read(f).length, 0),
    gz: [...files].reduce((s, f) => s + gzipSync(read(f), { level: 9 }).length, 0),
    files: files.size,
  };
}

export async function benchPopup(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: string, goal?: string, pass?: boolean): void =>
    void rows.push({ section: 'popup', metric, value, ...(goal ? { goal, pass: !!pass } : {}) });

  const search = measureSearch();
  row(`search per keystroke over ${search.tokens} index entries (median)`, ms(quantile(search.perKeystroke, 0.5)));
  row(`search per keystroke (p95 of ${search.perKeystroke.length})`, ms(quantile(search.perKeystroke, 0.95)), '≤ 5 ms', quantile(search.perKeystroke, 0.95) <= 5);
  row('search per keystroke (max)', ms(Math.max(...search.perKeystroke)));
  row('search keys built once per index', ms(search.prepare));

  const bytes = popupBytes();
  row(`popup page, scripts and styles, ${bytes.files} files (raw / gzip)`, `${(bytes.raw / 1024).toFixed(1)} KB / ${(bytes.gz / 1024).toFixed(1)} KB`);

  const ext = await launchWithExtension();
  try {
    const url = `chrome-extension://${ext.extensionId}/popup.html`;
    const paints: number[] = [];
    const results: number[] = [];
    const floorStatic: number[] = [];
    const floorData: number[] = [];
    /** First contentful paint of a page, read over CDP (so it works with scripts disabled too). */
    const fcpOf = async (target: string, scripts: boolean) => {
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      if (!scripts) await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(target);
      for (;;) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null', returnByValue: true });
        if (typeof result.value === 'number') return (await page.close(), result.value);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    for (let i = 0; i < 33; i++) {
      const page = await ext.context.newPage();
      // Before any page script: note when the first search result is in the DOM.
      await page.addInitScript(() => {
        const w = window as unknown as { __listed?: number };
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-testid="search-result"]')) (w.__listed = performance.now()), observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      const t = await page.evaluate(async () => {
        const w = window as unknown as { __listed?: number };
        for (;;) {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          if (fcp && w.__listed !== undefined) return { fcp: fcp.startTime, listed: w.__listed };
          await new Promise((r) => setTimeout(r, 5));
        }
      });
      await page.close();
      // Floors in the same browser, interleaved so they see the same machine load: the same page with
      // scripts disabled (its static first frame), and a one-line data: page.
      const staticFcp = await fcpOf(url, false);
      const dataFcp = await fcpOf('data:text/html,<p>one line</p>', true);
      // The first three opens warm the browser's extension process and the worker; they are not counted.
      if (i < 3) continue;
      paints.push(t.fcp);
      results.push(t.listed);
      floorStatic.push(staticFcp);
      floorData.push(dataFcp);
    }
    row(`popup first contentful paint (median of ${paints.length})`, ms(quantile(paints, 0.5)), '≤ 150 ms', quantile(paints, 0.5) <= 150);
    row('popup first contentful paint (p95)', ms(quantile(paints, 0.95)), '≤ 150 ms', quantile(paints, 0.95) <= 150);
    row('popup open → search lists the tokens (median / p95)', `${ms(quantile(results, 0.5))} / ${ms(quantile(results, 0.95))}`);
    row('floor: popup.html with scripts disabled, FCP (median / p95)', `${ms(quantile(floorStatic, 0.5))} / ${ms(quantile(floorStatic, 0.95))}`);
    row('floor: one-line data: page, FCP (median / p95)', `${ms(quantile(floorData, 0.5))} / ${ms(quantile(floorData, 0.95))}`);
  } finally {
    await ext.close();
  }
  return rows;
}
