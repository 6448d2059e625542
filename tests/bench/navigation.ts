/**
 * What every page pays: navigation start → the page's first <head> script, with the extension and with the empty
 * extension (tests/bench/empty-extension.ts) launched the same way. After a warm-up, paired rounds: one navigation
 * in each browser, alternating which goes first; the figure is the median of the per-round differences, so load on
 * the machine that lasts longer than one round falls on both sides.
 */
import type { Page } from 'playwright-core';
import { ms, quantile, type BenchRow } from './table';
import type { BrowserRounds } from './browser';

export interface Load {
  /** Navigation start → first page script. */
  first: number;
  /** The page's last byte arrived → first page script: the same without the network's share. */
  afterResponse: number;
}

async function load(page: Page, url: string): Promise<Load> {
  await page.goto(url);
  return page.evaluate(() => {
    const first = (window as unknown as { __firstScript: number }).__firstScript;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { first, afterResponse: first - nav.responseEnd };
  });
}

/** Paired navigations, after a warm-up: the per-round loads in `a` and in `b`. */
export async function pairedLoads(a: Page, b: Page, url: string, rounds: Pick<BrowserRounds, 'navigation' | 'navigationWarmUp'>): Promise<{ a: Load[]; b: Load[] }> {
  for (let i = 0; i < rounds.navigationWarmUp; i++) {
    await load(a, url);
    await load(b, url);
  }
  const out: { a: Load[]; b: Load[] } = { a: [], b: [] };
  for (let i = 0; i < rounds.navigation; i++) {
    if (i % 2) {
      out.b.push(await load(b, url));
      out.a.push(await load(a, url));
    } else {
      out.a.push(await load(a, url));
      out.b.push(await load(b, url));
    }
  }
  return out;
}

/**
 * Main-thread time Chromium spends injecting and running the extension's content scripts, per navigation, from its
 * own trace (`ScriptInjection::InjectJs`): the same cost as above, measured directly, so far less noisy. Events less
 * than 10 ms apart belong to one navigation (they are microseconds apart; navigations, tens of milliseconds); the
 * figure is the median over navigations, so a stall of the machine during one of them does not move it.
 */
async function injectionTime(page: Page, url: string, navigations: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; ts: number; dur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['extensions'] } } as never);
  for (let i = 0; i < navigations; i++) await load(page, url);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const injections = events.filter((e) => e.name === 'ScriptInjection::InjectJs' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const perNavigation: number[] = [];
  let last = -Infinity;
  for (const e of injections) {
    if (e.ts - last > 10_000) perNavigation.push(0);
    perNavigation[perNavigation.length - 1]! += (e.dur ?? 0) / 1000;
    last = e.ts + (e.dur ?? 0);
  }
  return quantile(perNavigation, 0.5);
}

/**
 * `control` is a second browser with the empty extension: the same paired rounds between the two empty ones say how
 * far apart two browsers launched the same way land with nothing different in them (the method's own noise).
 */
export async function navigationRows(withExt: Page, empty: Page, control: Page, url: string, rounds: BrowserRounds): Promise<BenchRow[]> {
  const { a, b } = await pairedLoads(withExt, empty, url, rounds);
  const diff = (k: keyof Load) => quantile(a.map((x, i) => x[k] - b[i]![k]), 0.5);
  const med = (xs: Load[], k: keyof Load) => quantile(xs.map((x) => x[k]), 0.5);
  const added = diff('first');
  const rows: BenchRow[] = [
    { section: 'browser', metric: `navigation → first page script, with / empty extension (median of ${rounds.navigation} paired rounds)`, value: `${ms(med(a, 'first'))} / ${ms(med(b, 'first'))}` },
    { section: 'browser', metric: 'time the extension adds per navigation (median of paired differences)', value: ms(added), goal: '≤ 1 ms', pass: added <= 1 },
    { section: 'browser', metric: '  the same from the response’s last byte (network left out)', value: ms(diff('afterResponse')) },
  ];
  const aa = await pairedLoads(control, empty, url, rounds);
  const noise = quantile(aa.a.map((x, i) => x.first - aa.b[i]!.first), 0.5);
  rows.push({ section: 'browser', metric: '  control: a second empty-extension browser against the first, the same way (noise)', value: ms(noise) });
  const traced = Math.min(rounds.navigation, 50);
  const inject = await injectionTime(withExt, url, traced);
  const injectEmpty = await injectionTime(empty, url, traced);
  rows.push(
    { section: 'browser', metric: `content scripts’ main-thread time per navigation, Chromium trace, with / empty extension (median of ${traced})`, value: `${ms(inject)} / ${ms(injectEmpty)}` },
    { section: 'browser', metric: '  difference: what LRT Advisor’s document_start scripts cost', value: ms(inject - injectEmpty), goal: '≤ 1 ms', pass: inject - injectEmpty <= 1 },
  );
  return rows;
}
