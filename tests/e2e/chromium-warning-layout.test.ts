/**
 * The warning read in five seconds, in Chromium: every warning state of the demo dApp and of the fixtures (an
 * unlimited approval to an unknown address, collateral supplied to Aave: sent by the page itself), light and dark, on a
 * 1024×640 and a 1280×800 screen. The title, the verdict and both buttons are on screen without scrolling, the
 * focus is on Cancel, and axe-core (WCAG 2.1 A/AA) finds nothing. The dialog is found by its role in whichever
 * frame of the page holds it. The tamper notice, at 1024×640 light and dark, is read first and moves nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import type { DemoServer } from '../demo/server';
import { demoSession } from './demo-session';
import { demoTransactions } from '../demo/transactions';
import { extraRequests } from '../fixtures/warning-states';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
declare const axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };

let browser: ExtensionBrowser;
let demo: DemoServer;

demoSession(launchWithExtension, (b, d) => ([browser, demo] = [b, d]));

/** The frame whose document holds the alertdialog. */
async function warningFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) if ((await frame.getByRole('alertdialog').count().catch(() => 0)) > 0) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no alertdialog in any frame');
}

async function onScreen(locator: Locator, viewport: { width: number; height: number }) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

/** Each state: a demo button, or a request the page sends to its wallet itself. */
const requests = new Map(extraRequests().map((r) => [r.id, r.request]));
const states = [
  ...demoTransactions()
    .filter((a) => a.restaking)
    .map((a) => a.id),
  ...requests.keys(),
];
const cases = (['light', 'dark'] as const).flatMap((scheme) =>
  [
    { width: 1024, height: 640 },
    { width: 1280, height: 800 },
  ].flatMap((viewport) => states.map((id) => [`${id} ${viewport.width}×${viewport.height} ${scheme}`, id, viewport, scheme] as const)),
);

describe('the warning fits the screen, opens on Cancel, and passes axe', () => {
  it.each(cases)('%s', async (_, id, viewport, scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(viewport);
    await page.goto(demo.url);
    await page.waitForSelector('body[data-ready="true"]');
    const request = requests.get(id);
    // The page's own request stays pending until the warning's choice; the page closes first.
    if (request) page.evaluate((r) => (window as unknown as { ethereum: { request(r: unknown): Promise<unknown> } }).ethereum.request(r).catch(() => null), request).catch(() => undefined);
    else await page.getByTestId(id).click();
    const frame = await warningFrame(page);
    const dialog = frame.getByRole('alertdialog');
    await dialog.waitFor();
    const cancel = dialog.getByRole('button', { name: 'Cancel', exact: true });
    // Focus on Cancel, the top of the warning in view.
    await expect.poll(() => cancel.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el), { timeout: 3000 }).toBe(true);
    await onScreen(dialog.getByRole('heading', { level: 2 }), viewport);
    await onScreen(dialog.getByTestId('level-band'), viewport);
    await onScreen(cancel, viewport);
    await onScreen(dialog.getByRole('button', { name: 'Continue to wallet', exact: true }), viewport);
    // The description is one short line, not the whole body.
    const described = await dialog.evaluate((d) => {
      const id = d.getAttribute('aria-describedby');
      return id ? ((d.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? d.querySelector(`#${id}`))?.textContent ?? '' : '';
    });
    expect(described.split(/\s+/).filter(Boolean).length).toBeGreaterThan(3);
    expect(described.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(40);

    await frame.evaluate(AXE_SOURCE);
    const host = (await frame.locator('lrt-advisor-warning').count()) > 0 ? 'lrt-advisor-warning' : 'dialog';
    const result = await frame.evaluate(
      (include) => axe.run({ include: [[include]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
      host,
    );
    expect(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }))).toEqual([]);
    // Details open: every check and source, ending with a way to report a wrong warning; still nothing for axe.
    await dialog.getByRole('button', { name: 'Details', exact: true }).click();
    await dialog.getByTestId('report-problem').waitFor();
    expect(await dialog.getByRole('link', { name: 'Report it' }).getAttribute('href')).toMatch(/^(mailto:|https:)/);
    const opened = await frame.evaluate(
      (include) => axe.run({ include: [[include]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
      host,
    );
    expect(opened.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }))).toEqual([]);
    await onScreen(cancel, viewport);
    await cancel.click();
    await page.close();
  });
});

describe('the notice that the page tried to hide the warning', () => {
  it.each(['light', 'dark'] as const)('1024×640 %s: it is read first, the title still shows, and Cancel does not move', async (scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto(demo.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('kelp-deposit-eth').click();
    const frame = await warningFrame(page);
    const dialog = frame.getByRole('alertdialog');
    const cancel = dialog.getByRole('button', { name: 'Cancel', exact: true });
    await expect.poll(() => cancel.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el), { timeout: 3000 }).toBe(true);
    const before = await cancel.boundingBox();
    // The page opens its own modal over the warning: ours is put back on top, and says so.
    await page.evaluate(() => {
      const fake = document.createElement('dialog');
      fake.textContent = 'All good';
      document.body.append(fake);
      fake.showModal();
    });
    const notice = dialog.getByText('This page tried to change or hide this warning');
    await notice.waitFor({ timeout: 8000 });
    expect(await cancel.boundingBox()).toEqual(before);
    // What a person sees at the notice's and the title's centres is the notice and the title (not clipped by the body).
    for (const el of [notice, dialog.getByRole('heading', { level: 2 }), cancel])
      expect(await el.evaluate((e) => {
        const r = e.getBoundingClientRect();
        const hit = (e.getRootNode() as Document).elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !!hit && (hit === e || e.contains(hit));
      })).toBe(true);
    await cancel.click();
    await page.close();
  });
});
