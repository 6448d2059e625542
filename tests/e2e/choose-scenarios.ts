/**
 * The popup's Choose view (profile picker, ranked list, a token's loop calculator) and "Your restaking" on This tab,
 * end to end in every browser (chromium-choose.test.ts, firefox-choose.test.ts), light and dark: keyboard only (Tab,
 * Enter, arrow keys and typing; no mouse), the real worker and hook, and axe-core (WCAG 2.1 A/AA) with 0 violations.
 * "Your restaking" reads a real anvil chain through the RPC set in the options: the demo wallet's account holds
 * 12.5 weETH, 3 stETH and an Aave loop there (tests/fixtures/onchain/holdings-world.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { startDemoServer, type DemoServer } from '../demo/server';
import { openDemo, waitFor } from './demo-page';
import { startAnvil, type AnvilInstance } from '../fixtures/onchain/start-anvil';
import { seedHoldings } from '../fixtures/onchain/holdings-world';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The demo wallet's account (tests/demo/public/wallet.js). */
const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

type Tab = { id: number; windowId: number; url?: string };
type ExtensionApi = { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab>; update(id: number, p: object): Promise<Tab>; move(id: number, p: object): Promise<unknown> }; runtime: { sendMessage(m: object): Promise<unknown> } };
declare const chrome: ExtensionApi | undefined;
declare const browser: ExtensionApi | undefined;
declare const axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: { id: string }[] }> };

export function chooseScenarios(launch: (scheme: 'light' | 'dark') => Promise<BrowserDriver>): void {
  let anvil: AnvilInstance;
  let demo: DemoServer;

  beforeAll(async () => {
    demo = await startDemoServer();
    anvil = await startAnvil({ chainId: 1 });
    await seedHoldings(anvil, ACCOUNT);
  }, 180_000);
  afterAll(async () => {
    await demo?.close();
    await anvil?.stop();
  });

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    let driver: BrowserDriver;
    let popup: PageDriver;
    let page: PageDriver;

    const ask = (p: PageDriver, message: object) => p.evaluate((m) => (typeof browser !== 'undefined' ? browser : chrome)!.runtime.sendMessage(m), message);
    const text = (p: PageDriver, selector: string) => p.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
    const count = (p: PageDriver, selector: string) => p.evaluate((s) => document.querySelectorAll(s).length, selector);
    const focused = (p: PageDriver) => p.evaluate(() => document.activeElement?.getAttribute('data-testid') || document.activeElement?.id || document.activeElement?.tagName || null);
    const go = (p: PageDriver, hash: string) => p.evaluate((h) => void (location.hash = h), hash);
    async function type(p: PageDriver, value: string) {
      for (const ch of value) await p.press(ch);
    }
    /** Tab (forward) until the element with this test id has the focus. */
    async function tabTo(p: PageDriver, testId: string, max = 60) {
      for (let i = 0; i < max && (await focused(p)) !== testId; i++) await p.press('Tab');
      expect(await focused(p)).toBe(testId);
    }
    async function expectNoViolations(p: PageDriver) {
      if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE as never);
      const r = await p.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] }).then((x) => ({ violations: x.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })), passes: x.passes.map((p) => p.id) })), WCAG_21_AA);
      expect(r.violations).toEqual([]);
      expect(r.passes).toContain('color-contrast');
    }

    beforeAll(async () => {
      driver = await launch(scheme);
      page = await driver.newPage();
      popup = await driver.openExtensionPage('popup.html');
      await waitFor(() => popup.evaluate(() => document.body?.dataset.ready === 'true').catch(() => false), 15_000, 'the popup');
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      // "Your restaking" reads chain 1 through the anvil node; no other source goes out in this test.
      const { settings } = (await ask(popup, { type: 'get-settings' })) as { settings: Record<string, unknown> };
      expect(await ask(popup, { type: 'set-settings', settings: { ...settings, rpcUrls: { '1': anvil.url }, sources: { defillama: false, onchain: false } } })).toMatchObject({ ok: true });
    }, 60_000);
    afterAll(async () => {
      await driver?.close();
    });

    describe('Choose', () => {
      const rankedFor = () => popup.evaluate(() => document.querySelector('[data-testid="ranking"]')?.getAttribute('aria-label') ?? null);

      it('the profile picker is driven with the arrow keys and re-ranks; preserve puts LSTs first', async () => {
        await go(popup, '#/choose');
        await waitFor(async () => (await count(popup, '[data-testid="ranking"] > li')) > 5, 15_000, 'the ranking');
        expect(await rankedFor()).toBe('Ranked for Preserve capital');
        expect(await popup.evaluate(() => document.querySelector('[data-testid="ranking"] > li')!.textContent)).toContain('LST');
        await tabTo(popup, 'profile-preserve');
        await popup.press('ArrowRight');
        await waitFor(async () => (await rankedFor()) === 'Ranked for Balance', 10_000, 'the balance ranking');
        await popup.press('ArrowRight');
        await waitFor(async () => (await rankedFor()) === 'Ranked for Maximize yield', 10_000, 'the maximize ranking');
        const ranking = (await ask(popup, { type: 'rank', profile: 'maximize', chainId: null })) as { ranking: { tokens: { id: string }[] } };
        expect(await popup.evaluate(() => [...document.querySelectorAll('[data-testid="ranking"] > li')].map((li) => li.getAttribute('data-testid')))).toEqual(ranking.ranking.tokens.map((t) => `ranked-${t.id}`));
        await expectNoViolations(popup);
      });

      it('the loop calculator, by keyboard: rsETH on Spark at 2x, then a leverage the market refuses', async () => {
        await tabTo(popup, 'loop-token');
        await type(popup, 'rs');
        await waitFor(async () => (await popup.evaluate(() => (document.querySelector('[data-testid="loop-token"]') as HTMLSelectElement).value)) === 'rseth', 3000, 'rsETH picked');
        await popup.press('Tab');
        expect(await focused(popup)).toBe('loop-market');
        await type(popup, 's');
        await waitFor(async () => (await popup.evaluate(() => (document.querySelector('[data-testid="loop-market"]') as HTMLSelectElement).value)) === 'spark', 3000, 'Spark picked');
        await popup.press('Tab');
        expect(await focused(popup)).toBe('loop-leverage');
        await popup.press('Backspace');
        await type(popup, '2');
        await popup.press('Enter');
        // 1 − (1 − 1/2) ÷ 0.76 = 34.21 %
        await waitFor(async () => (await text(popup, '[data-testid="loop-drop"]')) === '34.21 %', 10_000, 'the loop result');
        expect(await text(popup, '[data-testid="loop-result"]')).toMatch(/SparkLend Ethereum, rsETH[\s\S]*Net APY not known/);
        await expectNoViolations(popup);

        await popup.press('Backspace');
        await type(popup, '9');
        await popup.press('Enter');
        await waitFor(async () => (await count(popup, '[data-testid="loop-result"] [role="alert"]')) === 1, 10_000, 'the refusal');
        expect(await text(popup, '[data-testid="loop-result"] [role="alert"]')).toBe('leverage 9 is above this market’s maximum of 4x (max LTV 75 %)');
        await expectNoViolations(popup);
      });
    });

    describe('Your restaking', () => {
      const state = () => popup.evaluate(() => document.querySelector('[data-testid="your-restaking"]')?.getAttribute('data-state') ?? null);
      async function showTab() {
        await popup.evaluate(async (url) => {
          const api = (typeof browser !== 'undefined' ? browser : chrome)!;
          const own = await api.tabs.getCurrent();
          const demoTab = (await api.tabs.query({})).find((t) => t.url?.startsWith(url))!;
          if (demoTab.windowId !== own.windowId) await api.tabs.move(own.id, { windowId: demoTab.windowId, index: -1 });
          await api.tabs.update(demoTab.id, { active: true });
        }, demo.url);
        await go(popup, '#/');
        await go(popup, '#/tab');
        await waitFor(async () => ['ask', 'off', 'on'].includes((await state()) ?? ''), 10_000, 'your restaking');
        // The popup opened over the demo tab keeps it; typing goes to the popup, as it does to a real one.
        await popup.evaluate(async () => {
          const api = (typeof browser !== 'undefined' ? browser : chrome)!;
          await api.tabs.update((await api.tabs.getCurrent()).id, { active: true });
        });
      }

      it('off until chosen: shows the account the wallet answered (never a param the page sent), and reads nothing', async () => {
        await openDemo(page, demo.url);
        // The dApp connects; a second call carries a forged address in its params, which must not be taken.
        expect(await page.evaluate(() => (window as unknown as { ethereum: { request(a: object): Promise<string[]> } }).ethereum.request({ method: 'eth_requestAccounts' }))).toEqual([ACCOUNT]);
        await page.evaluate(() => (window as unknown as { ethereum: { request(a: object): Promise<unknown> } }).ethereum.request({ method: 'eth_accounts', params: ['0x000000000000000000000000000000000000dEaD'] }));
        await showTab();
        expect(await state()).toBe('ask');
        const shown = (await text(popup, '[data-testid="your-restaking"]'))!;
        expect(shown).toContain(ACCOUNT);
        expect(shown).toContain(new URL(demo.url).origin);
        expect(shown).not.toMatch(/dead/i);
        expect(await count(popup, '[data-testid="restaking-account"]')).toBe(0);
        expect(await ask(popup, { type: 'exposure' })).toMatchObject({ ok: true, exposure: { enabled: false, accounts: [], summaries: [] } });
        await expectNoViolations(popup);
      });

      it('"Read this account" by keyboard: each holding, what can slash it, its exit, the total slashable and the Aave loop', async () => {
        await tabTo(popup, 'restaking-on');
        await popup.press('Enter');
        await waitFor(async () => (await count(popup, '[data-testid="restaking-holding"]')) === 2, 20_000, 'the holdings').catch(async (e: Error) => {
          throw new Error(`${e.message}: ${await text(popup, '[data-testid="your-restaking"]')}`);
        });
        expect(await state()).toBe('on');
        const rows = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="restaking-holding"]')].map((r) => [r.getAttribute('data-symbol'), (r as HTMLElement).innerText]));
        const weeth = rows.find(([s]) => s === 'weETH')![1]!;
        const steth = rows.find(([s]) => s === 'stETH')![1]!;
        expect(weeth).toMatch(/12\.5/);
        expect(weeth).toMatch(/Not known/);
        expect(weeth).toMatch(/days|Not known/);
        expect(steth).toMatch(/3[\s\S]*No AVS: not restaked/);
        expect(await text(popup, '[data-testid="restaking-total"]')).toBe('Slashable in total: 0 tokens · not known for weETH, left out of the total');
        expect(await text(popup, '[data-testid="restaking-aave"]')).toBe('Aave v3 Core market: $40,000 supplied, $30,000 borrowed, liquidation threshold 95 %, health factor 1.27.');
        expect(await count(popup, '[data-testid="restaking-failed"]')).toBe(0);
        await expectNoViolations(popup);
      });

      it('an account can be removed, and added again, by keyboard; turned off, nothing is read', async () => {
        await tabTo(popup, 'restaking-remove');
        await popup.press('Enter');
        await waitFor(async () => (await count(popup, '[data-testid="restaking-account"]')) === 0, 10_000, 'the removal');
        // Still reported by the wallet on this tab: offered again, not read.
        await waitFor(async () => (await count(popup, '[data-testid="restaking-reported"]')) === 1, 10_000, `the reported account (${await text(popup, '[data-testid="your-restaking"]')})`);
        expect(await text(popup, '[data-testid="restaking-reported"]')).toContain(ACCOUNT);
        expect(((await ask(popup, { type: 'get-settings' })) as { settings: { exposure: unknown } }).settings.exposure).toEqual({ enabled: true, asked: true, accounts: [] });
        await expectNoViolations(popup);
        await popup.evaluate(() => (document.querySelector('#tab-title') as HTMLElement).focus());
        await tabTo(popup, 'restaking-add');
        await popup.press('Enter');
        await waitFor(async () => (await count(popup, '[data-testid="restaking-holding"]')) === 2, 20_000, 'the holdings again');
        await tabTo(popup, 'restaking-off');
        await popup.press('Enter');
        await waitFor(async () => (await state()) === 'off', 10_000, 'off');
        expect(await ask(popup, { type: 'exposure' })).toMatchObject({ ok: true, exposure: { enabled: false, accounts: [ACCOUNT], summaries: [] } });
        await expectNoViolations(popup);
      });
    });
  });
}
