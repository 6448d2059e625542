/**
 * Dark mode (the system's `prefers-color-scheme: dark`) in Chromium: axe-core (WCAG 2.1 A/AA, colour
 * contrast included) on every popup view, the options page and the warning. Chromium only: the
 * browser-neutral driver has no colour-scheme control, Playwright's page does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import type { DemoServer } from '../demo/server';
import { demoSession } from './demo-session';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The extension API as the popup page sees it (Chromium). */
type Tab = { id?: number; windowId: number; url?: string };
declare const chrome: { tabs: { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]>; move(id: number, p: object): Promise<unknown>; update(id: number, p: object): Promise<unknown> } };
declare const axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: { id: string }[] }> };

let browser: ExtensionBrowser;
let demo: DemoServer;

async function darkPage(scheme: 'light' | 'dark' = 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

/** The frame that shows the warning (the extension's framed page), found by role. */
async function warningFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 400; i++) {
    for (const frame of page.frames()) if (await frame.getByRole('alertdialog').count().catch(() => 0)) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('no frame shows the warning');
}

async function violations(page: Page | Frame, include?: string, checkContrast = true) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (include) => axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations', 'passes'] }),
    include,
  );
  // The scheme asked for is in effect (dark unless the page says light), and axe did check contrast.
  const light = await page.evaluate(() => document.documentElement.dataset.scheme === 'light');
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(!light);
  if (checkContrast) expect(result.passes.map((p) => p.id)).toContain('color-contrast');
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

demoSession(launchWithExtension, (b, d) => ([browser, demo] = [b, d]));

/** The popup's real width: it sizes itself to its content, from the body's 26rem. */
const POPUP = { width: 416, height: 600 };

describe('dark mode: no axe violations', () => {
  it.each(
    (['dark', 'light'] as const).flatMap((scheme) =>
      [
        ['search with results', '', '[data-testid="search-result"]'],
        ['the rsETH page', '#/token/rseth', '[data-testid="first-screen"]'],
        ['the rsETH page, every section open', '#/token/rseth#open', '[data-testid="first-screen"]'],
        ['direct EigenLayer restaking', '#/token/eigenlayer-direct', '[data-testid="token-page"]'],
        ['an LST page', '#/token/lst%3AstETH', '[data-testid="lst-page"]'],
        ['compare', '#/compare', '[data-testid="compare-table"]'],
        ['choose', '#/choose', '[data-testid="ranking"]'],
        ['this tab, nothing held', '#/tab', '[data-testid="this-tab"]'],
      ].map(([name, hash, ready]) => [`${name}, ${scheme}`, hash!, ready!, scheme] as const),
    ),
  )('popup: %s', async (_, hash, ready, scheme) => {
    const page = await darkPage(scheme);
    // Chrome widens the popup for the comparison's table, up to its 800 px cap.
    await page.setViewportSize(hash === '#/compare' ? { ...POPUP, width: 800 } : POPUP);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html${hash.replace('#open', '')}`);
    await page.waitForSelector(ready);
    await page.evaluate((s) => (document.documentElement.dataset.scheme = s), scheme);
    if (hash.endsWith('#open')) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => void (d.open = true)));
    // (With results listed, the first one is highlighted: the hardest contrast case.)
    expect(await violations(page)).toEqual([]);
    // A token page's first popup screen holds the verdict and the four key numbers.
    if (ready.includes('first-screen')) {
      const bottoms = await page.evaluate(() => ['#token-title [data-level]', '[data-testid="key-apy"]', '[data-testid="key-exit"]', '[data-testid="key-slashable"]', '[data-testid="key-price"]'].map((s) => document.querySelector(s)!.getBoundingClientRect().bottom));
      for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(POPUP.height);
    }
    // The nav stays on one row at the popup's width: every item on the same line, nothing past the edge.
    const nav = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-testid="popup-nav"] > *')].map((e) => e.getBoundingClientRect());
      return { oneRow: Math.max(...items.map((r) => r.top)) < Math.min(...items.map((r) => r.bottom)), right: Math.max(...items.map((r) => r.right)), width: document.documentElement.clientWidth };
    });
    expect(nav.oneRow).toBe(true);
    expect(nav.right).toBeLessThanOrEqual(nav.width);
    await page.close();
  });

  it('options, with a field error shown', async () => {
    const page = await darkPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('rpcUrls.1').fill('http://not-local.example');
    await page.getByTestId('save').click();
    await page.getByTestId('field-error').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['batch-approve-deposit', 'unknown-call'])('the warning for %s, and this tab while it waits', async (id) => {
    const page = await darkPage();
    await page.goto(demo.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId(id).click();
    const frame = await warningFrame(page);
    await page.waitForTimeout(700);
    // In the top layer behind its backdrop axe cannot tell colour contrast ("incomplete"): the same markup
    // and stylesheet are checked again below, laid out in a plain page.
    expect(await violations(frame, '[role="alertdialog"]', false)).toEqual([]);
    const { css, html } = await frame.evaluate(() => {
      const dialog = document.querySelector('[role="alertdialog"]')!;
      return { css: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'), html: dialog.outerHTML };
    });
    const probe = await darkPage();
    await probe.goto('about:blank');
    await probe.evaluate(({ css, html }) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      document.documentElement.lang = 'en';
      document.title = 'Warning contrast probe';
      // Test-only: the warning's own rendered markup, shown as a non-modal dialog.
      document.body.innerHTML = html;
    }, { css, html });
    expect(await violations(probe)).toEqual([]);
    await probe.close();

    const popup = await darkPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.evaluate(async (url) => {
      const own = (await chrome.tabs.getCurrent())!;
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(url))!;
      if (tab.windowId !== own.windowId) await chrome.tabs.move(own.id!, { windowId: tab.windowId, index: -1 });
      await chrome.tabs.update(tab.id!, { active: true });
    }, demo.url);
    await popup.evaluate(() => (location.hash = '#/tab'));
    await popup.waitForSelector('[data-testid="this-tab"][data-state="pending"]');
    expect(await violations(popup)).toEqual([]);
    await popup.close();

    await page.bringToFront();
    const box = await (await warningFrame(page)).getByRole('button', { name: 'Cancel', exact: true }).boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.close();
  });
});
