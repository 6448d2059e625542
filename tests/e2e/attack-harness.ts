/**
 * What every attack suite shares (attack-scenarios.ts, surface-attack-scenarios.ts): the conformance server with the
 * attack head scripts, one browser and page, the table of attacks tried, and the checks on what the person sees and
 * what the wallet got. Pages come from the conformance server (stand-in wallet, real restaking fixtures).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { waitFor } from './demo-page';
import { startConformanceServer, type ConformanceServer } from '../conformance/server';
import { HEAD_SCRIPTS } from './attack-head-scripts';


export type Verdict = 'held' | 'bypassed (known limitation)';
interface Row {
  /** The order the attack was registered in: the table keeps it when attacks run side by side. */
  index: number;
  category: string;
  attack: string;
  verdict: Verdict | 'FAILED';
  how: string;
}

/** The page state the attacks read (see `startBuiltRequest`). */
export type AttackResult = { state: 'pending' } | { state: 'ok'; value: unknown } | { state: 'error'; code: unknown; message: string };
export type Win = {
  __attack: AttackResult;
  __wallets: {
    log: { method: string; error?: unknown; via: string; wallet: string; params: unknown }[];
    signing(): { method: string; error?: unknown }[];
    spawn(name: string): { provider: unknown };
    wallets: Record<string, { provider: Record<string, unknown> }>;
  };
  __fixtures: Record<string, Record<string, unknown>>;
  ethereum: { request(a: unknown): Promise<unknown> };
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type AttackHarness = ReturnType<typeof attackHarness>;

/**
 * `ownBrowsers`: each attack run side by side (`concurrent`) gets a browser to itself (launched as needed, then reused;
 * at most maxConcurrency of them). Without it they share the first: right for headless Chromium, which keeps every page
 * visible and in a process of its own; Firefox hides and throttles a background tab, and the pages of one site share a
 * content process.
 */
export function attackHarness(launch: () => Promise<BrowserDriver>, { ownBrowsers = false } = {}) {
  let server: ConformanceServer;
  let browser: BrowserDriver;
  let shared: PageDriver;
  const rows: Row[] = [];
  let registered = 0;
  /** An attack run side by side with others (`concurrent`) has a page of its own; the others share one. */
  const own = new AsyncLocalStorage<{ page?: PageDriver; browser?: BrowserDriver }>();
  const current = () => own.getStore()?.page ?? shared;
  const extra: Promise<BrowserDriver>[] = [];
  const idle: BrowserDriver[] = [];
  async function borrow(): Promise<BrowserDriver> {
    if (!ownBrowsers) return browser;
    const free = idle.pop();
    if (free) return free;
    const launched = launch();
    extra.push(launched);
    return launched;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConformanceServer({ headScripts: HEAD_SCRIPTS, entries: [] }), launch()]);
    shared = await browser.newPage();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), ...extra.map((b) => b.then((x) => x.close(), () => undefined))]);
    await server?.close();
    if (rows.length === 0) return;
    const name = browser?.browserName ?? '?';
    const count = (v: Row['verdict']) => rows.filter((r) => r.verdict === v).length;
    console.log(
      [
        '',
        `| ${name}: category | attack | verdict | how it was stopped / what is observable |`,
        '|---|---|---|---|',
        ...rows.sort((a, b) => a.index - b.index).map((r) => `| ${r.category} | ${r.attack} | ${r.verdict} | ${r.how} |`),
        `| **${name}** | **${rows.length} tried** | **${count('held')} held, ${count('bypassed (known limitation)')} bypassed (known limitation), ${count('FAILED')} failed** | |`,
      ].join('\n'),
    );
  });

  /**
   * Registers one attack: a test whose verdict (and, when it says more, how it was held) goes into the table.
   * `concurrent`: it may run beside the other concurrent attacks (up to maxConcurrency), on a page of its own (it must
   * open one with `freshPage`); for attacks that spend most of their time waiting on the extension's timers.
   */
  function attack(category: string, name: string, how: string, run: () => Promise<Verdict | { verdict: Verdict; how: string } | void>, options: { concurrent?: boolean } = {}) {
    const index = registered++;
    const body = async () => {
      let verdict: Row['verdict'] = 'FAILED';
      let said = how;
      try {
        const outcome = (await run()) ?? 'held';
        if (typeof outcome === 'string') verdict = outcome;
        else ({ verdict, how: said } = outcome);
      } finally {
        rows.push({ index, category, attack: name, verdict, how: said });
      }
    };
    if (!options.concurrent) return void it(`${category}: ${name}`, body);
    it.concurrent(`${category}: ${name}`, () => {
      const store: { page?: PageDriver; browser?: BrowserDriver } = {};
      return own.run(store, () =>
        body().finally(async () => {
          await store.page?.close().catch(() => undefined);
          if (store.browser && store.browser !== browser) idle.push(store.browser);
        }),
      );
    });
  }

  const blank = (query = '') => `${server.url}blank.html${query ? `?${query}` : ''}`;
  async function open(query = '') {
    await current().goto(blank(query));
    await waitFor(async () => (await current().evaluate(() => !!(window as unknown as Win).__wallets)) === true, 5000, 'the page');
  }

  /** Builds the request in the page (getters, Proxies, …) from source and sends it as a dApp does; its outcome lands in `window.__attack`. */
  /** In the page, or in its subframe at `frame` (a URL prefix): a dApp framed by another origin. */
  const inPage = <T, A>(frame: string | undefined, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> =>
    frame ? current().evaluateInFrame(frame, fn, arg) : current().evaluate(fn, arg);
  async function startBuiltRequest(source: string, frame?: string) {
    await inPage(frame, (src: string) => {
      const w = window as unknown as Win;
      w.__attack = { state: 'pending' };
      const payload = (0, eval)(src) as unknown;
      // `await`, not `.then`: some attacks replace Promise.prototype.then.
      void (async () => {
        try {
          w.__attack = { state: 'ok', value: await w.ethereum.request(payload) };
        } catch (e) {
          const error = e as { code?: unknown; message?: unknown };
          w.__attack = { state: 'error', code: error?.code, message: String(error?.message) };
        }
      })();
    }, source);
  }
  const result = (frame?: string) => inPage(frame, () => (window as unknown as Win).__attack);
  /** Signing calls the wallet accepted (a refused call is logged with its error). */
  const accepted = (frame?: string) => inPage(frame, () => (window as unknown as Win).__wallets.signing().filter((e) => !e.error).map((e) => e.method));
  /**
   * The ether.fi deposit, built inside the page: an argument passed in by the driver could itself go through a
   * page's overridden `Function.prototype.apply` on its way in, and arrive changed.
   */
  const startDeposit = (frame?: string) => startBuiltRequest(`({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`, frame);

  /**
   * What the person can see and reach of the warning right now ('visible' or why not): the open dialog is
   * rendered and visible, nothing covers its middle, and Cancel, scrolled into view inside the dialog as the
   * person would scroll, is reachable. A page element in the top layer must not be above it, even one that lets
   * the pointer through (it could show other text over the real buttons).
   */
  const personSees = async (): Promise<string> => {
    // Inside the warning's own frame (the extension's page, or the page's open shadow root when that cannot load):
    // the dialog is open and rendered, and Cancel, scrolled into view as the person would, is what a click there hits.
    const inside = await current()
      .inWarning((dialog) => {
        const d = dialog as HTMLDialogElement | null;
        if (!d || !d.open) return 'no open dialog';
        if (!d.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'hidden by style';
        const button = [...d.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
        if (!button) return 'no Cancel button';
        button.scrollIntoView({ block: 'nearest' });
        const r = button.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return 'Cancel has no box';
        const root = d.getRootNode() as Document | ShadowRoot;
        const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit && (hit === button || button.contains(hit)) ? 'ok' : 'Cancel covered';
      })
      .catch((error: unknown) => `no frame to look in (${String(error).slice(0, 80)})`);
    if (inside !== 'ok') return inside;
    // In the page: the warning's host is what a click in the middle of the viewport hits, and no page element in
    // the top layer is above it, even one that lets the pointer through (it could show other text over the buttons).
    return current().evaluate(() => {
      const host = document.querySelector('lrt-advisor-warning');
      if (!host) return 'no host';
      if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }) && host.getClientRects().length === 0) return 'host hidden';
      const points = [
        [0.5, 0.5],
        [0.5, 0.75],
      ].map(([fx, fy]) => [innerWidth * fx!, innerHeight * fy!] as const);
      const hitsHost = () => points.every(([x, y]) => document.elementFromPoint(x, y) === host);
      if (!hitsHost()) return 'covered';
      let topLayer: HTMLElement[] = [];
      try {
        topLayer = [...document.querySelectorAll<HTMLElement>(':modal, :popover-open')].filter((el) => el !== host);
      } catch {
        topLayer = [...document.querySelectorAll<HTMLElement>('dialog[open]')];
      }
      const saved = topLayer.map((el) => el.style.getPropertyValue('pointer-events'));
      for (const el of topLayer) el.style.setProperty('pointer-events', 'auto', 'important');
      const onTop = hitsHost();
      topLayer.forEach((el, k) => el.style.setProperty('pointer-events', saved[k]!));
      return onTop ? 'visible' : 'a page element in the top layer is above it';
    });
  };
  const warningHosts = () => current().evaluate(() => document.querySelectorAll('lrt-advisor-warning').length);
  /** Records, from inside the page, whether a warning host ever appeared (`__sawWarning`). */
  const watchHosts = () =>
    current().evaluate(() => {
      const w = window as unknown as { __sawWarning: boolean };
      w.__sawWarning = false;
      new MutationObserver(() => {
        if (document.querySelector('lrt-advisor-warning')) w.__sawWarning = true;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });

  /** The warning is up for the real request, the wallet has nothing, the request waits. */
  async function expectHeldAndShown(text = 'Deposit 1.5 ETH into ether.fi') {
    await current().waitForWarning();
    // The warning found may be one still closing (after a flood, the last cancelled one): wait for this request's.
    await waitFor(async () => (await current().warningText())?.includes(text) ?? false, 5000, `the warning to say "${text}"`).catch(async () => {
      throw new Error(`the warning says ${JSON.stringify(await current().warningText())}, not "${text}"`);
    });
    expect(await accepted()).toEqual([]);
    expect((await result()).state).toBe('pending');
  }
  /** The person cancels: the dApp gets 4001 and the wallet never saw the request. */
  async function personCancels() {
    await current().clickWarningButton('Cancel');
    await waitFor(async () => (await result()).state !== 'pending', 10_000, 'the dApp to get an answer');
    expect(await result()).toMatchObject({ state: 'error', code: 4001 });
    expect(await accepted()).toEqual([]);
    await waitFor(async () => (await warningHosts()) === 0, 5000, 'the warning to close');
  }
  /** After an attack ran against a shown warning: still shown (or shown again), request still waiting. */
  async function stillHeld(timeout = 3000) {
    await waitFor(async () => (await personSees()) === 'visible', timeout, 'the warning to be visible to the person').catch(async () => {
      throw new Error(`the person cannot see the warning: ${await personSees()}`);
    });
    expect((await result()).state).toBe('pending');
    expect(await accepted()).toEqual([]);
  }
  /** A new tab, for a suite whose attacks may leave a page that no longer answers (its own, for a concurrent attack). */
  async function freshPage() {
    const store = own.getStore();
    if (store) {
      await store.page?.close().catch(() => undefined);
      store.browser ??= await borrow();
      store.page = await store.browser.newPage();
      return;
    }
    await shared?.close().catch(() => undefined);
    shared = await browser.newPage();
  }

  return {
    freshPage,
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get page() {
      return current();
    },
    attack,
    blank,
    open,
    startBuiltRequest,
    result,
    accepted,
    startDeposit,
    personSees,
    warningHosts,
    watchHosts,
    expectHeldAndShown,
    personCancels,
    stillHeld,
  };
}
