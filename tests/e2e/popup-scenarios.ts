/**
 * The popup (search, token page, compare, this tab) and the options page, end to end in every browser
 * (chromium-popup.test.ts, firefox-popup.test.ts): real keys and clicks, the real worker, and axe-core
 * (WCAG 2.1 A/AA) on every view and on the warning. One browser per suite.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { startDemoServer, type DemoServer } from '../demo/server';
import { nextResult, openDemo, resultCount, sawWarningHost, signingCalls, waitFor, watchForWarningHost } from './demo-page';
import { chainRpcDefaults } from '../../lib/sources/onchain/chains';
import { rules } from '../../lib/risk/rules';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}
interface AxeReport {
  violations: AxeViolation[];
  /** Rules that passed, with how many nodes each checked (to know axe saw the content). */
  passes: Record<string, number>;
}

/** The WebExtension API as the extension's own pages see it: `browser` in Firefox, `chrome` in Chromium. */
type Tab = { id: number; windowId: number; url?: string; active: boolean };
type ExtensionApi = {
  tabs: {
    query(q: object): Promise<Tab[]>;
    getCurrent(): Promise<Tab>;
    update(id: number, p: object): Promise<Tab>;
    move(id: number, p: object): Promise<unknown>;
    remove(id: number): Promise<void>;
  };
  runtime: { sendMessage(m: object): Promise<unknown> };
};
declare const chrome: ExtensionApi | undefined;
declare const browser: ExtensionApi | undefined;
declare const axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[]; passes: { id: string; nodes: unknown[] }[] }> };

export function popupScenarios(launch: () => Promise<BrowserDriver>): void {
  let driver: BrowserDriver;
  let demo: DemoServer;
  let page: PageDriver;
  let popup: PageDriver;
  let options: PageDriver;

  /** Opens an extension page and waits until it has rendered (the driver does not wait for moz-extension loads). */
  async function open(path: string): Promise<PageDriver> {
    const p = await driver.openExtensionPage(path);
    await ready(p);
    return p;
  }
  async function ready(p: PageDriver) {
    await waitFor(() => p.evaluate(() => document.body?.dataset.ready === 'true').catch(() => false), 15_000, 'the extension page');
  }
  async function reload(p: PageDriver) {
    // A mark on the old document: the reload has happened when it is gone (however fast the new one renders).
    await p.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    await waitFor(() => p.evaluate(() => !(window as { beforeReload?: boolean }).beforeReload).catch(() => false), 15_000, 'the reload');
    await ready(p);
  }
  /**
   * The demo dApp in the tab the person looks at: the popup and options pages open in tabs of their own in front of
   * it, and Firefox throttles a background tab's timers (to 1 s), which the warning's own timers would wait on.
   */
  async function openDemoInFront() {
    await page.bringToFront();
    await openDemo(page, demo.url);
  }
  const go = (p: PageDriver, hash: string) => p.evaluate((h) => void (location.hash = h), hash);
  const text = (p: PageDriver, selector: string) => p.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
  const count = (p: PageDriver, selector: string) => p.evaluate((s) => document.querySelectorAll(s).length, selector);
  const focused = (p: PageDriver) => p.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || document.activeElement?.tagName || null);
  /** Playwright names the space bar "Space"; puppeteer over BiDi takes the character. */
  const space = (p: PageDriver) => (p.browserName === 'firefox' ? ' ' : 'Space');
  async function type(p: PageDriver, value: string) {
    for (const ch of value) await p.press(ch === ' ' ? space(p) : ch);
  }
  /** Clears the search box by keyboard (Esc clears it). */
  async function clearSearch(p: PageDriver) {
    if (await p.evaluate(() => (document.getElementById('token-search') as HTMLInputElement).value !== '')) await p.press('Escape');
  }
  const ask = (p: PageDriver, message: object) => p.evaluate((m) => (typeof browser !== 'undefined' ? browser : chrome)!.runtime.sendMessage(m), message);

  async function runAxe(p: PageDriver, include?: string): Promise<AxeReport> {
    if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE as never);
    return p.evaluate(
      async ({ include, tags }) => {
        const r = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
        return {
          violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
          passes: Object.fromEntries(r.passes.map((x) => [x.id, x.nodes.length])),
        };
      },
      { include, tags: WCAG_21_AA },
    );
  }
  async function expectNoViolations(p: PageDriver, include?: string, known: AxeViolation[] = []) {
    const report = await runAxe(p, include);
    const isKnown = (v: AxeViolation) => known.some((k) => k.id === v.id && JSON.stringify(k.nodes) === JSON.stringify(v.nodes));
    expect(report.violations.filter((v) => !isKnown(v))).toEqual([]);
    return report;
  }

  beforeAll(async () => {
    demo = await startDemoServer();
    driver = await launch();
    page = await driver.newPage();
    popup = await open('popup.html');
  });

  afterAll(async () => {
    await driver?.close();
    await demo?.close();
  });

  describe('search', () => {
    it('opens with the search box focused and lists every report', async () => {
      expect(await focused(popup)).toBe('token-search');
      await waitFor(async () => (await text(popup, '[data-testid="search-summary"]'))?.includes('reports') ?? false, 10_000, 'the token index');
      const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="search-result"]')].map((e) => e.getAttribute('data-report')));
      expect(ids).toContain('rseth');
      expect(ids).toContain('eigenlayer-direct');
      expect(ids).toContain('lst:stETH');
      expect(new Set(ids).size).toBe(ids.length);
    });

    it.each([
      ['rsEHT', 'rseth', 'rsETH'],
      ['pufer', 'pufeth', 'pufETH'],
      ['ether fi', 'weeth', 'eETH'],
      ['wsteth', 'lst:wstETH', 'wstETH'],
    ])('finds %s as you type (first: %s)', async (query, reportId, symbol) => {
      await clearSearch(popup);
      await type(popup, query);
      const first = await popup.evaluate(() => {
        const el = document.querySelector('[data-testid="search-result"]');
        return el && { report: el.getAttribute('data-report'), text: (el as HTMLElement).innerText, selected: el.getAttribute('aria-selected') };
      });
      expect(first).toMatchObject({ report: reportId, selected: 'true' });
      expect(first!.text).toContain(symbol);
      expect(await popup.evaluate(() => (document.getElementById('token-search') as HTMLInputElement).value)).toBe(query);
    });

    it('a pasted address, in any case, finds its deployments on every chain', async () => {
      await clearSearch(popup);
      await type(popup, '0x4186BFC76e2e237523cbc30fd220fe055156B41F');
      const hits = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="search-result"]')].map((e) => [e.getAttribute('data-report'), e.getAttribute('data-match')]));
      expect(hits).toHaveLength(8);
      expect(hits.every(([r, m]) => r === 'rseth' && m === 'address')).toBe(true);
    });

    it('ArrowDown/ArrowUp move through the results (wrapping), Enter opens one, Esc comes back with the query kept', async () => {
      await clearSearch(popup);
      await type(popup, 'eth');
      const activeId = () => popup.evaluate(() => document.getElementById('token-search')!.getAttribute('aria-activedescendant'));
      const n = await count(popup, '[data-testid="search-result"]');
      expect(n).toBeGreaterThan(3);
      expect(await activeId()).toBe('token-option-0');
      await popup.press('ArrowDown');
      await popup.press('ArrowDown');
      expect(await activeId()).toBe('token-option-2');
      await popup.press('ArrowUp');
      await popup.press('ArrowUp');
      await popup.press('ArrowUp');
      expect(await activeId()).toBe(`token-option-${n - 1}`);
      await popup.press('ArrowDown');
      const chosen = await popup.evaluate(() => document.getElementById('token-option-0')!.getAttribute('data-report'));
      await popup.press('Enter');
      await waitFor(async () => (await popup.evaluate(() => location.hash)) === `#/token/${encodeURIComponent(chosen!)}`, 5000, 'the token page route');
      await waitFor(async () => (await count(popup, '[data-testid="token-page"], [data-testid="lst-page"]')) === 1, 10_000, 'the report');
      expect(await focused(popup)).toBe('token-title');
      await popup.press('Escape');
      await waitFor(async () => (await popup.evaluate(() => location.hash)) === '#/', 5000, 'the search route');
      expect(await focused(popup)).toBe('token-search');
      expect(await popup.evaluate(() => (document.getElementById('token-search') as HTMLInputElement).value)).toBe('eth');
    });

    it('Esc in the search box clears it', async () => {
      await popup.press('Escape');
      expect(await popup.evaluate(() => (document.getElementById('token-search') as HTMLInputElement).value)).toBe('');
    });

    it('has no axe violations (WCAG 2.1 AA), with results listed', async () => {
      await type(popup, 'rseth');
      const report = await expectNoViolations(popup);
      expect(report.passes['aria-required-children'] ?? report.passes['aria-allowed-attr']).toBeGreaterThan(0);
      await clearSearch(popup);
    });
  });

  describe('token page', () => {
    it('shows the verdict, every finding, yield, slashing, audits, exit, incidents, addresses and data status', async () => {
      await go(popup, '#/token/rseth');
      await waitFor(async () => (await count(popup, '[data-testid="token-page"][data-report="rseth"]')) === 1, 10_000, 'the rsETH report');
      const report = (await ask(popup, { type: 'token-report', id: 'rseth' })) as { report: { verdict: { level: string; findings: { level: string; rule: string }[] }; audits: unknown[]; incidents: { sources: string[] }[]; tokens: { chain: string; address: string }[]; contracts: { chain: string; address: string }[] } };
      const r = report.report;
      expect(await text(popup, '#token-title')).toContain('Kelp rsETH');
      expect(await popup.evaluate(() => document.querySelector('#token-title [data-level]')?.getAttribute('data-level'))).toBe(r.verdict.level);
      // The first screen: a line of why, the four key numbers, a mark per dimension, the top reasons.
      expect((await text(popup, '[data-testid="why"]'))!.length).toBeGreaterThan(10);
      expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="first-screen"] [data-testid^="key-"]:not([data-testid="key-numbers"])')].map((e) => e.getAttribute('data-testid')))).toEqual([
        'key-apy',
        'key-exit',
        'key-slashable',
        'key-price',
      ]);
      expect(await text(popup, '[data-testid="key-exit"]')).toContain('up to 10 days');
      expect(await count(popup, '[data-testid="marks"] [data-dimension]')).toBe(5);
      // Everything else waits in sections the person opens.
      expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="token-page"] details')].every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
      await popup.evaluate(() => document.querySelectorAll('[data-testid="token-page"] details').forEach((d) => void ((d as HTMLDetailsElement).open = true)));
      expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="findings"] [data-testid="finding"]')].map((e) => e.getAttribute('data-rule')))).toEqual(
        r.verdict.findings.filter((f) => f.level !== 'not-applicable').map((f) => f.rule),
      );
      // Slashing: the exposure table when it was read on-chain, else "Not checked" with the reason.
      const slashing = (await text(popup, '[data-testid="slashing"]'))!;
      const table = await count(popup, '[data-testid="exposure-table"]');
      if (table === 0) expect(await text(popup, '[data-testid="exposure-not-checked"]')).toMatch(/^Not checked: .{10,}/);
      expect(slashing).toContain('Slashing model:');
      expect(await count(popup, '[data-testid="audit"] a[href^="https://"]')).toBe(r.audits.length);
      expect(await count(popup, '[data-testid="incident"]')).toBe(r.incidents.length);
      expect(await text(popup, '[data-testid="exit"]')).toMatch(/Withdrawal[\s\S]*Delay[\s\S]*up to 10 days[\s\S]*Market price[\s\S]*Depth/);
      const rows = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="address-row"]')].map((row) => ({
          verification: row.getAttribute('data-verification'),
          explorer: row.querySelector('a[href*="/address/0x"]')?.getAttribute('href') ?? null,
          copy: !!row.querySelector('button[data-testid="copy"]'),
          address: row.querySelector('code')?.textContent ?? '',
        })),
      );
      // Each address once: a contract that is one of the tokens is listed as the token.
      expect(rows).toHaveLength(new Set([...r.tokens, ...r.contracts].map((a) => `${a.chain}:${a.address.toLowerCase()}`)).size);
      expect(rows.every((row) => row.copy && /^0x[0-9a-fA-F]{40}$/.test(row.address) && ['primary', 'secondary', 'unverified'].includes(row.verification!))).toBe(true);
      expect(rows.filter((row) => row.explorer?.startsWith('https://')).length).toBeGreaterThan(5);
      await waitFor(async () => (await count(popup, '[data-testid="source-status"] [data-source]')) === 4, 10_000, 'the source status');
    });

    it('the copy button copies the address', async () => {
      // The first address's button (test ids are shared by every row).
      await popup.evaluate(() => document.querySelector('[data-testid="address-row"] button[data-testid="copy"]')!.setAttribute('data-testid', 'copy-first'));
      await popup.clickTestId('copy-first');
      const state = () => popup.evaluate(() => document.querySelector('[data-testid="copy-first"]')!.getAttribute('data-state'));
      await waitFor(async () => (await state()) !== 'idle', 3000, 'the copy result');
      expect(await state()).toBe('copied');
    });

    it.each(['rseth', 'eigenlayer-direct', 'lst:stETH'])('%s has no axe violations', async (id) => {
      await go(popup, `#/token/${encodeURIComponent(id)}`);
      await waitFor(async () => (await count(popup, `[data-report="${id}"]`)) === 1, 10_000, `the ${id} report`);
      await expectNoViolations(popup);
    });

    it('an LST page lists its deployments and where it can be restaked', async () => {
      await go(popup, '#/token/lst%3AstETH');
      await waitFor(async () => (await count(popup, '[data-testid="lst-page"]')) === 1, 10_000, 'the stETH page');
      expect(await text(popup, '#token-title')).toContain('stETH');
      expect(await count(popup, '[data-testid="deployments"] [data-testid="address-row"]')).toBeGreaterThanOrEqual(2);
      expect(await text(popup, '[data-testid="restaked-via"]')).toContain('EigenLayer on Ethereum');
    });

    it('an unknown id says so instead of showing a blank page', async () => {
      await go(popup, '#/token/no-such-lrt');
      await waitFor(async () => (await count(popup, '[data-testid="error"]')) === 1, 10_000, 'the error');
      expect(await text(popup, '[data-testid="error"]')).toContain('no such token');
    });
  });

  describe('compare', () => {
    const column = (name: string) =>
      popup.evaluate((c) => [...document.querySelectorAll(`[data-testid="compare-row"] td[data-column="${c}"]`)].map((td) => td.getAttribute('data-value')), name);
    const sortOf = (name: string) => popup.evaluate((c) => document.querySelector(`th[data-column="${c}"]`)!.getAttribute('aria-sort'), name);

    it('shows every report side by side, columns in reading order; unknown values read "Couldn\'t check"', async () => {
      await go(popup, '#/compare');
      await waitFor(async () => (await count(popup, '[data-testid="compare-row"]')) > 0, 15_000, 'the comparison');
      const reports = (await ask(popup, { type: 'compare' })) as { reports: { id: string }[] };
      expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="compare-row"]')].map((r) => r.getAttribute('data-report')))).toEqual(reports.reports.map((r) => r.id));
      expect(await popup.evaluate(() => [...document.querySelectorAll('th[data-column]')].map((th) => th.getAttribute('data-column')))).toEqual(['name', 'verdict', 'apy', 'exitDelay', 'slashableShare', 'peg', 'tvl', 'latestAudit']);
      const unknown = await popup.evaluate(() => [...document.querySelectorAll('[data-unknown="true"]')].map((e) => e.textContent));
      expect(unknown.length).toBeGreaterThan(0);
      expect(new Set(unknown)).toEqual(new Set(["Couldn't check"]));
      // The APY bars share one axis: each bar's length is its APY against the same 10 %.
      const bars = await popup.evaluate(() => [...document.querySelectorAll('td[data-column="apy"]')].filter((td) => td.querySelector('[data-testid="apy-bar"]')).map((td) => [Number(td.getAttribute('data-value')), Number(td.querySelector('[data-testid="apy-bar"]')!.getAttribute('data-scale'))]));
      expect(bars.length).toBeGreaterThan(3);
      for (const [apy, scale] of bars) expect(scale).toBeCloseTo(Math.min(1, apy! / 10), 2);
    });

    it('filters by an accepted asset instead of showing a column of them', async () => {
      const all = await count(popup, '[data-testid="compare-row"]');
      const pick = (value: string) =>
        popup.evaluate((v) => {
          const select = document.querySelector('[data-testid="accepts-filter"]') as HTMLSelectElement;
          select.value = v;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      await pick('stETH');
      await waitFor(async () => (await count(popup, '[data-testid="compare-row"]')) < all, 5000, 'the filter');
      const accepts = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="compare-row"]')].map((r) => r.getAttribute('data-accepts')!.split(' ')));
      expect(accepts.length).toBeGreaterThan(0);
      expect(accepts.every((a) => a.includes('stETH'))).toBe(true);
      expect(await popup.evaluate(() => document.querySelector('[data-report="weeth"]') !== null)).toBe(true);
      await pick('');
      await waitFor(async () => (await count(popup, '[data-testid="compare-row"]')) === all, 5000, 'all rows back');
    });

    it('sorts by a column on click, flips on Enter, and keeps "Couldn\'t check" last', async () => {
      expect(await sortOf('exitDelay')).toBeNull();
      await popup.clickTestId('sort-exitDelay');
      expect(await sortOf('exitDelay')).toBe('ascending');
      const asc = await column('exitDelay');
      const known = asc.filter((v) => v !== '').map(Number);
      expect(known).toEqual([...known].sort((a, b) => a - b));
      expect(asc.slice(known.length).every((v) => v === '')).toBe(true);
      // The click left focus on the header button: Enter flips the order.
      expect(await popup.evaluate(() => document.activeElement?.closest('th')?.getAttribute('data-column'))).toBe('exitDelay');
      await popup.press('Enter');
      expect(await sortOf('exitDelay')).toBe('descending');
      const desc = (await column('exitDelay')).filter((v) => v !== '').map(Number);
      expect(desc).toEqual([...known].sort((a, b) => b - a));
      expect((await column('exitDelay')).slice(desc.length).every((v) => v === '')).toBe(true);
      // Only one column is sorted at a time.
      expect(await popup.evaluate(() => document.querySelectorAll('th[aria-sort]').length)).toBe(1);
    });

    it('sorts by verdict from the keyboard alone (Tab to the header, Space)', async () => {
      await popup.evaluate(() => (document.querySelector('th[data-column="name"] button') as HTMLElement).focus());
      await popup.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.closest('th')?.getAttribute('data-column'))).toBe('verdict');
      await popup.press(space(popup));
      expect(await sortOf('verdict')).toBe('descending');
      const ranks = (await column('verdict')).filter((v) => v !== '').map(Number);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    });

    it('has no axe violations', async () => {
      await expectNoViolations(popup);
    });

    it('a row opens its token page', async () => {
      await popup.clickTestId('open-rseth');
      await waitFor(async () => (await count(popup, '[data-testid="token-page"][data-report="rseth"]')) === 1, 10_000, 'the rsETH page');
    });
  });

  describe('this tab', () => {
    /** Makes the demo page the active tab of the popup page's window (as when the popup opens over it). */
    async function activateDemoTab() {
      return popup.evaluate(async (url) => {
        const api = (typeof browser !== 'undefined' ? browser : chrome)!;
        const own = await api.tabs.getCurrent();
        const demoTab = (await api.tabs.query({})).find((t) => t.url?.startsWith(url));
        if (!demoTab) throw new Error('no demo tab');
        if (demoTab.windowId !== own.windowId) await api.tabs.move(own.id, { windowId: demoTab.windowId, index: -1 });
        await api.tabs.update(demoTab.id, { active: true });
        return demoTab.id;
      }, demo.url);
    }
    const tabState = () => popup.evaluate(() => document.querySelector('[data-testid="this-tab"]')?.getAttribute('data-state') ?? null);
    async function showTab() {
      await go(popup, '#/');
      await go(popup, '#/tab');
      await waitFor(async () => (await tabState()) !== null, 10_000, 'the tab view');
    }

    it('with nothing held says so', async () => {
      await openDemoInFront();
      await activateDemoTab();
      await showTab();
      expect(await tabState()).toBe('none');
      await expectNoViolations(popup);
    });

    it('shows the held request with its verdicts while the warning waits, then what the person chose', async () => {
      await openDemoInFront();
      const before = await resultCount(page);
      await page.clickTestId('kelp-deposit-eth');
      await page.waitForWarning();
      await activateDemoTab();
      await showTab();
      expect(await tabState()).toBe('pending');
      expect(await text(popup, '[data-testid="decision"]')).toContain('Waiting for your choice');
      expect(await text(popup, '[data-testid="this-tab"]')).toContain('Deposit 1 ETH into Kelp DAO · you get rsETH');
      expect(await count(popup, '[data-testid="this-tab"] [data-testid="intent"]')).toBe(1);
      await expectNoViolations(popup);

      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
      await waitFor(async () => (await showTab(), (await tabState()) === 'cancel'), 10_000, 'the decision');
      expect(await text(popup, '[data-testid="decision"]')).toContain('You cancelled');
    });

    it('after Continue says it went to the wallet', async () => {
      await openDemoInFront();
      const before = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      await page.waitForWarning();
      await page.clickWarningButton('Continue to wallet');
      expect((await nextResult(page, before)).ok).toBe(true);
      await activateDemoTab();
      await waitFor(async () => (await showTab(), (await tabState()) === 'continue'), 10_000, 'the decision');
      expect(await text(popup, '[data-testid="decision"]')).toContain('Sent to your wallet');
      expect(await text(popup, '[data-testid="this-tab"]')).toContain('Deposit 1.5 ETH into ether.fi');
    });

    it('is the view the popup opens on when the active tab had a request', async () => {
      await activateDemoTab();
      await go(popup, '');
      await reload(popup);
      await waitFor(async () => (await popup.evaluate(() => location.hash)) === '#/tab', 10_000, 'the default view');
      await waitFor(async () => (await tabState()) === 'continue', 10_000, 'the tab view');
      expect(await text(popup, '[data-testid="decision"]')).toContain('Sent to your wallet');
    });

    it('the report opened from a finding in this tab is the token page', async () => {
      await popup.evaluate(async () => {
        const api = (typeof browser !== 'undefined' ? browser : chrome)!;
        await api.tabs.update((await api.tabs.getCurrent()).id, { active: true });
      });
      await popup.evaluate(() => {
        const button = [...document.querySelectorAll('[data-testid="this-tab"] button')].find((b) => b.textContent?.startsWith('Open the full'))!;
        button.setAttribute('data-testid', 'open-full-report');
      });
      await popup.clickTestId('open-full-report');
      await waitFor(async () => (await popup.evaluate(() => location.hash)) === '#/token/weeth', 5000, 'the token route');
      await waitFor(async () => (await count(popup, '[data-testid="token-page"][data-report="weeth"]')) === 1, 10_000, 'the weETH page');
    });
  });

  describe('the warning', () => {
    it.each(['etherfi-deposit', 'batch-approve-deposit', 'unknown-call', 'eigenlayer-deposit'])('%s has no axe violations in its shadow root', async (id) => {
      await openDemoInFront();
      const before = await resultCount(page);
      await page.clickTestId(id);
      await page.waitForWarning();
      await new Promise((r) => setTimeout(r, 700)); // Continue enables after a moment
      // axe runs where the warning is: the extension's framed page (or the page's open shadow root as a fallback).
      if (!(await page.inWarning(() => 'axe' in window))) await page.scriptInWarning(AXE_SOURCE);
      const report = await page.inWarning(
        async (dialog, tags) => {
          const r = await (window as unknown as { axe: typeof axe }).axe.run(dialog!, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
          return {
            violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
            passes: Object.fromEntries(r.passes.map((x) => [x.id, x.nodes.length])),
          };
        },
        WCAG_21_AA,
      );
      expect(report.violations).toEqual([]);
      // axe looked inside the shadow root: the dialog's buttons were checked.
      expect(report.passes['button-name']).toBeGreaterThanOrEqual(2);
      // In the top layer behind a backdrop axe cannot tell colour contrast (it reports it "incomplete"):
      // check the same markup and stylesheet again, laid out in a plain page.
      const { css, html } = await page.inWarning((dialog) => {
        const root = dialog!.getRootNode() as Document | ShadowRoot;
        const sheets = [...root.styleSheets, ...('adoptedStyleSheets' in root ? root.adoptedStyleSheets : [])];
        return { css: sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'), html: dialog!.outerHTML };
      });
      const probe = await driver.newPage();
      await probe.goto('about:blank');
      await probe.evaluate(({ css, html }) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        // Test-only: the warning's own rendered markup, shown as a non-modal dialog.
        document.body.innerHTML = html;
      }, { css, html });
      const contrast = await runAxe(probe);
      expect(contrast.violations.filter((v) => v.id === 'color-contrast')).toEqual([]);
      expect(contrast.passes['color-contrast']).toBeGreaterThan(5);
      await probe.close();
      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
    });

    it('"Open the full report" opens the popup’s token page in a tab', async () => {
      await openDemoInFront();
      const before = await resultCount(page);
      await page.clickTestId('kelp-deposit-eth');
      await page.waitForWarning();
      await page.clickWarningButton('Open the full rsETH report');
      const url = await waitForTab(/\/popup\.html#\/token\/rseth$/);
      expect(url).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/popup\.html#\/token\/rseth$/);
      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, before)).toMatchObject({ ok: false, code: 4001 });
    });

    async function waitForTab(pattern: RegExp): Promise<string> {
      let found: string | undefined;
      await waitFor(
        async () => {
          const urls = await popup.evaluate(async () => (await (typeof browser !== 'undefined' ? browser : chrome)!.tabs.query({})).map((t) => t.url ?? ''));
          found = urls.find((u) => pattern.test(u));
          return !!found;
        },
        10_000,
        'the report tab',
      );
      // Close it again so later scenarios see the tabs they expect.
      await popup.evaluate(async (u) => {
        const api = (typeof browser !== 'undefined' ? browser : chrome)!;
        for (const t of await api.tabs.query({})) if (t.url === u) await api.tabs.remove(t.id);
      }, found!);
      return found!;
    }
  });

  describe('options page', () => {
    const settings = async () => ((await ask(options, { type: 'get-settings' })) as { settings: Record<string, unknown> }).settings;
    const field = (name: string) => `[data-field="${name}"]`;
    const value = (name: string) => options.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, field(name));
    /** Clicks a field, selects its text, and types over it. */
    async function fill(name: string, typed: string) {
      await options.clickTestId(name);
      await options.evaluate(() => (document.activeElement as HTMLInputElement).select());
      if (typed === '') await options.press('Backspace');
      else await type(options, typed);
    }
    const save = async () => {
      await options.clickTestId('save');
      await waitFor(async () => !['idle', 'saving'].includes((await options.evaluate(() => document.querySelector('[data-testid="save-status"]')!.getAttribute('data-state')))!), 5000, 'the save');
      return options.evaluate(() => document.querySelector('[data-testid="save-status"]')!.getAttribute('data-state'));
    };

    beforeAll(async () => {
      options = await open('options.html');
    });

    it('shows each chain’s default RPC endpoint and each rule’s documented thresholds as placeholders', async () => {
      const placeholders = await options.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-field]')].map((e) => [e.getAttribute('data-field'), (e as HTMLInputElement).placeholder])));
      for (const c of Object.values(chainRpcDefaults)) expect(placeholders[`rpcUrls.${c.chainId}`]).toBe(c.rpcUrl);
      for (const r of rules)
        for (const level of ['caution', 'high', 'critical'] as const) expect(placeholders[`thresholds.${r.id}.${level}`]).toBe(r.thresholds[level] === undefined ? 'off' : String(r.thresholds[level]));
      await expectNoViolations(options);
    });

    it('refuses an invalid RPC URL with an error on that field, and stores nothing', async () => {
      const before = await settings();
      await fill('rpcUrls.1', 'http://rpc.example.org');
      expect(await save()).toBe('invalid');
      expect(await text(options, '[data-testid="field-error"][data-field="rpcUrls.1"]')).toBe('an https URL (or http to localhost), without credentials');
      expect(await options.evaluate((s) => document.querySelector(s)!.getAttribute('aria-invalid'), field('rpcUrls.1'))).toBe('true');
      expect(await settings()).toEqual(before);
      // The page with an error shown is still accessible.
      await expectNoViolations(options);
    });

    it('saves RPC endpoints, the key, thresholds and sources; they survive a reload; reset restores the defaults', async () => {
      await fill('rpcUrls.1', 'https://rpc.example.org/eth');
      await fill('eigenExplorerKey', 'key_123');
      await fill('thresholds.peg.caution', '25');
      await options.clickTestId('source-onchain');
      expect(await save()).toBe('saved');
      expect(await settings()).toMatchObject({ rpcUrls: { '1': 'https://rpc.example.org/eth' }, eigenExplorerKey: 'key_123', thresholds: { peg: { caution: 25 } }, sources: { onchain: false } });

      await reload(options);
      expect(await value('rpcUrls.1')).toBe('https://rpc.example.org/eth');
      expect(await value('thresholds.peg.caution')).toBe('25');

      await options.clickTestId('reset-peg');
      await fill('rpcUrls.1', '');
      await fill('eigenExplorerKey', '');
      await options.clickTestId('source-onchain');
      expect(await save()).toBe('saved');
      expect(await settings()).toEqual({ rpcUrls: {}, eigenExplorerKey: null, thresholds: {}, mutedSites: [], sources: { defillama: true, onchain: true }, profiles: {}, exposure: { enabled: false, asked: false, accounts: [] }, tradeHold: 'unless-fair' });
    });

    it('Refresh now reads the sources again and shows their status', async () => {
      await options.clickTestId('refresh');
      await waitFor(async () => (await options.evaluate(() => (document.querySelector('[data-testid="refresh"]') as HTMLButtonElement).disabled)) === false, 30_000, 'the refresh');
      expect(await count(options, '[data-testid="source-status"] [data-source]')).toBe(4);
    });

    it('every control is reachable with Tab, in order', async () => {
      const controls = await options.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('input, button:not([disabled]), a[href], [tabindex="0"]')].filter((e) => e.getClientRects().length > 0);
        all.forEach((e, i) => (e.dataset.tabOrder = String(i)));
        all[0]!.focus();
        return all.length;
      });
      const order: number[] = [0];
      for (let i = 1; i < controls; i++) {
        await options.press('Tab');
        order.push(await options.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.tabOrder ?? -1)));
      }
      expect(order).toEqual(Array.from({ length: controls }, (_, i) => i));
    });

    it('a muted site, added and saved by keyboard alone, never sees the warning; unmuted, it does again', async () => {
      const origin = new URL(demo.url).origin;
      // Keyboard only: Tab to the "Add a site" box, type, Enter adds; Tab on to Save, Enter saves.
      await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 200 && (await focused(options)) !== 'new-site'; i++) await options.press('Tab');
      expect(await focused(options)).toBe('new-site');
      await type(options, origin);
      await options.press('Enter');
      await waitFor(async () => (await text(options, '[data-testid="muted-site"] code')) === origin, 3000, 'the site');
      for (let i = 0; i < 50 && (await focused(options)) !== 'save'; i++) await options.press('Tab');
      expect(await focused(options)).toBe('save');
      await options.press('Enter');
      await waitFor(async () => (await options.evaluate(() => document.querySelector('[data-testid="save-status"]')!.getAttribute('data-state'))) === 'saved', 5000, 'the save');
      expect((await settings()).mutedSites).toEqual([origin]);

      await openDemoInFront();
      await watchForWarningHost(page);
      const before = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      expect((await nextResult(page, before)).ok).toBe(true);
      expect(await signingCalls(page)).toHaveLength(1);
      expect(await sawWarningHost(page)).toBe(false);

      await options.clickTestId('remove-site');
      expect(await save()).toBe('saved');
      expect((await settings()).mutedSites).toEqual([]);
      await openDemoInFront();
      const again = await resultCount(page);
      await page.clickTestId('etherfi-deposit');
      await page.waitForWarning();
      await page.clickWarningButton('Cancel');
      expect(await nextResult(page, again)).toMatchObject({ ok: false, code: 4001 });
    });
  });
}
