/**
 * Attacks on the warning (issue 8), run in every browser (chromium-attacks.test.ts, firefox-attacks.test.ts). Each
 * attack is one test; each must fail to get a restaking request past the person's look: the warning appears with
 * the real request, only the person's own input decides, and the wallet sees nothing until they choose (or the
 * wallet itself refuses a malformed request, the way a strict wallet does). A known limitation is asserted as
 * such, with what can be observed. The suite prints the table of attacks tried, held and bypassed.
 *
 * Pages come from the conformance server (stand-in wallet, real restaking fixtures, `?head=` inline scripts that
 * run at the top of `<head>`, the earliest a page script can run: the hook itself runs before, at document_start).
 * Scenarios extend, and do not repeat, the page-cannot-decide tests in warning-scenarios.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { waitFor } from './demo-page';
import { startConformanceServer, type ConformanceServer } from '../conformance/server';
import { HEAD_SCRIPTS } from './attack-head-scripts';

type Verdict = 'held' | 'bypassed (known limitation)';
interface Row {
  category: string;
  attack: string;
  verdict: Verdict | 'FAILED';
  how: string;
}

/** The page state the attacks read (see `startBuiltRequest`). */
type AttackResult = { state: 'pending' } | { state: 'ok'; value: unknown } | { state: 'error'; code: unknown; message: string };
type Win = {
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function attackScenarios(launch: () => Promise<BrowserDriver>): void {
  let server: ConformanceServer;
  let browser: BrowserDriver;
  let page: PageDriver;
  const rows: Row[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConformanceServer({ headScripts: HEAD_SCRIPTS, entries: [] }), launch()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (rows.length === 0) return;
    const name = browser?.browserName ?? '?';
    const count = (v: Row['verdict']) => rows.filter((r) => r.verdict === v).length;
    console.log(
      [
        '',
        `| ${name}: category | attack | verdict | how it was stopped / what is observable |`,
        '|---|---|---|---|',
        ...rows.map((r) => `| ${r.category} | ${r.attack} | ${r.verdict} | ${r.how} |`),
        `| **${name}** | **${rows.length} tried** | **${count('held')} held, ${count('bypassed (known limitation)')} bypassed (known limitation), ${count('FAILED')} failed** | |`,
      ].join('\n'),
    );
  });

  /** Registers one attack: a test whose verdict (and, when it says more, how it was held) goes into the table. */
  function attack(category: string, name: string, how: string, run: () => Promise<Verdict | { verdict: Verdict; how: string } | void>) {
    it(`${category}: ${name}`, async () => {
      let verdict: Row['verdict'] = 'FAILED';
      let said = how;
      try {
        const outcome = (await run()) ?? 'held';
        if (typeof outcome === 'string') verdict = outcome;
        else ({ verdict, how: said } = outcome);
      } finally {
        rows.push({ category, attack: name, verdict, how: said });
      }
    });
  }

  const blank = (query = '') => `${server.url}blank.html${query ? `?${query}` : ''}`;
  async function open(query = '') {
    await page.goto(blank(query));
    await waitFor(async () => (await page.evaluate(() => !!(window as unknown as Win).__wallets)) === true, 5000, 'the page');
  }

  /** Builds the request in the page (getters, Proxies, …) from source and sends it as a dApp does; its outcome lands in `window.__attack`. */
  async function startBuiltRequest(source: string) {
    await page.evaluate((src) => {
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
  const result = () => page.evaluate(() => (window as unknown as Win).__attack);
  /** Signing calls the wallet accepted (a refused call is logged with its error). */
  const accepted = () => page.evaluate(() => (window as unknown as Win).__wallets.signing().filter((e) => !e.error).map((e) => e.method));
  /**
   * The ether.fi deposit, built inside the page: an argument passed in by the driver could itself go through a
   * page's overridden `Function.prototype.apply` on its way in, and arrive changed.
   */
  const startDeposit = () => startBuiltRequest(`({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`);

  /**
   * What the person can see and reach of the warning right now ('visible' or why not): the open dialog is
   * rendered and visible, nothing covers its middle, and Cancel, scrolled into view inside the dialog as the
   * person would scroll, is reachable. A page element in the top layer must not be above it, even one that lets
   * the pointer through (it could show other text over the real buttons).
   */
  const personSees = async (): Promise<string> => {
    // Inside the warning's own frame (the extension's page, or the page's open shadow root when that cannot load):
    // the dialog is open and rendered, and Cancel, scrolled into view as the person would, is what a click there hits.
    const inside = await page
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
    return page.evaluate(() => {
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
  const warningHosts = () => page.evaluate(() => document.querySelectorAll('lrt-advisor-warning').length);
  /** Records, from inside the page, whether a warning host ever appeared (`__sawWarning`). */
  const watchHosts = () =>
    page.evaluate(() => {
      const w = window as unknown as { __sawWarning: boolean };
      w.__sawWarning = false;
      new MutationObserver(() => {
        if (document.querySelector('lrt-advisor-warning')) w.__sawWarning = true;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });

  /** The warning is up for the real request, the wallet has nothing, the request waits. */
  async function expectHeldAndShown(text = 'You deposit 1.5 ETH into ether.fi') {
    await page.waitForWarning();
    expect(await page.warningText()).toContain(text);
    expect(await accepted()).toEqual([]);
    expect((await result()).state).toBe('pending');
  }
  /** The person cancels: the dApp gets 4001 and the wallet never saw the request. */
  async function personCancels() {
    await page.clickWarningButton('Cancel');
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

  describe('programmatic input', () => {
    attack('programmatic input', 'a script clicks Continue every 5 ms, before and after it is enabled', 'only trusted clicks count', async () => {
      await open();
      await startDeposit();
      await expectHeldAndShown();
      await page.evaluate(async () => {
        const end = performance.now() + 1200;
        while (performance.now() < end) {
          const root = document.querySelector('lrt-advisor-warning')?.shadowRoot;
          for (const b of root?.querySelectorAll('button') ?? []) if (b.textContent === 'Continue to wallet') b.click();
          await new Promise((r) => setTimeout(r, 5));
        }
      });
      await stillHeld();
      await personCancels();
    });

    attack('programmatic input', 'synthetic pointer and mouse events with coordinates on Continue', 'events are not trusted', async () => {
      await open();
      await startDeposit();
      await expectHeldAndShown();
      await sleep(650);
      await page.evaluate(() => {
        // Behind a closed root the page has no button to aim at: it aims at the middle of the warning instead.
        const root = document.querySelector('lrt-advisor-warning')?.shadowRoot;
        const b = (root && [...root.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')) || document.querySelector('lrt-advisor-warning')!;
        const r = root ? b.getBoundingClientRect() : new DOMRect(innerWidth / 2, innerHeight / 2, 1, 1);
        const at = { clientX: r.left + 5, clientY: r.top + 5, bubbles: true, composed: true, cancelable: true, button: 0, buttons: 1, detail: 1 };
        for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          b.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, { ...at, pointerId: 1, isPrimary: true }) : new MouseEvent(type, at));
        b.dispatchEvent(new MouseEvent('dblclick', at));
        document.elementFromPoint(r.left + 5, r.top + 5)?.dispatchEvent(new MouseEvent('click', at));
      });
      await stillHeld();
      await personCancels();
    });

    attack('programmatic input', 'focus() on Continue, then synthetic Enter/Space keydown/keypress/keyup', 'key events are not trusted', async () => {
      await open();
      await startDeposit();
      await expectHeldAndShown();
      await sleep(650);
      await page.evaluate(() => {
        const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
        const root = host.shadowRoot;
        const b = (root && [...root.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')) || host;
        b.focus();
        for (const key of ['Enter', ' '])
          for (const type of ['keydown', 'keypress', 'keyup']) {
            const init = { key, code: key === ' ' ? 'Space' : 'Enter', keyCode: key === ' ' ? 32 : 13, bubbles: true, composed: true, cancelable: true };
            b.dispatchEvent(new KeyboardEvent(type, init));
            (root?.querySelector('dialog') ?? host).dispatchEvent(new KeyboardEvent(type, init));
            document.dispatchEvent(new KeyboardEvent(type, init));
          }
      });
      await stillHeld();
      await personCancels();
    });

    attack(
      'programmatic input',
      'a script moves focus to Continue, then the person presses Enter (meant for the page)',
      'focus a script puts on Continue is moved back to Cancel',
      async () => {
        await open();
        await startDeposit();
        await expectHeldAndShown();
        await sleep(650);
        await page.evaluate(() => {
          const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
          const root = host.shadowRoot;
          ((root && [...root.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')) || host).focus();
        });
        await page.press('Enter');
        await sleep(300);
        // Enter must not have continued: it acted on Cancel (or on nothing) instead.
        expect(await accepted()).toEqual([]);
        const r = await result();
        if (r.state === 'pending') await personCancels();
        else expect(r).toMatchObject({ state: 'error', code: 4001 });
      },
    );

    attack(
      'programmatic input',
      'the person double-clicks a page button where Continue appears (second click within the first 600 ms)',
      'Continue is disabled for its first 600 ms',
      async () => {
        if (!page.mouseClick) throw new Error('this driver cannot click at coordinates');
        await open();
        await startDeposit();
        await page.waitForWarning();
        // Where Continue is on screen (the warning's frame covers the viewport at its origin, so its coordinates are the page's).
        const spot = await page.inWarning((dialog) => {
          const b = [...dialog!.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')!;
          const r = b.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, disabled: b.disabled };
        });
        expect(spot.disabled).toBe(true);
        await page.mouseClick(spot.x, spot.y);
        await page.mouseClick(spot.x, spot.y);
        await stillHeld();
        await personCancels();
      },
    );

    attack('programmatic input', 'a script clicks the warning’s “full report” button 20 times', 'the report opens only on the person’s own click', async () => {
      if (!browser.tabCount) throw new Error('this driver cannot count tabs');
      await open();
      const before = await browser.tabCount();
      await startDeposit();
      await expectHeldAndShown();
      const clicked = await page.evaluate(() => {
        const root = document.querySelector('lrt-advisor-warning')?.shadowRoot;
        const buttons = root ? [...root.querySelectorAll('button')].filter((b) => b.textContent !== 'Cancel' && b.textContent !== 'Continue to wallet') : [];
        for (let i = 0; i < 20; i++) for (const b of buttons) b.click();
        return buttons.length;
      });
      // The report button is in the extension's own frame, behind a closed root: the page reaches none of it.
      expect(clicked).toBe(0);
      expect(await page.inWarning((dialog) => [...dialog!.querySelectorAll('button')].length)).toBeGreaterThan(2);
      await sleep(700);
      expect(await browser.tabCount()).toBe(before);
      await stillHeld();
      await personCancels();
    });
  });

  describe('forged bridge messages', () => {
    const forgeEverywhere = () =>
      page.evaluate(() => {
        const w = window as unknown as { __stolen?: MessagePort[] };
        const forged = ['continue', 'release', 'ack', 'shown'].flatMap((k) => Array.from({ length: 200 }, (_, n) => ({ k, id: `h${n}`, forged: true })));
        for (const m of forged) window.postMessage(m, '*');
        for (const port of w.__stolen ?? []) for (const m of forged) port.postMessage(m);
        const channel = new MessageChannel();
        window.dispatchEvent(new MessageEvent('lrt-advisor:port', { ports: [channel.port2], cancelable: true }));
        for (const m of forged) channel.port1.postMessage(m);
        window.dispatchEvent(new Event('lrt-advisor:ready'));
        window.dispatchEvent(new CustomEvent('lrt-advisor:port', { detail: forged[0], cancelable: true }));
        for (const m of forged.slice(0, 20)) window.dispatchEvent(new MessageEvent('message', { data: m, origin: location.origin, source: window }));
        return (w.__stolen ?? []).length;
      });

    attack(
      'forged bridge messages',
      'inline <head> script: forged lrt-advisor:port and ready before the page loads, listeners to steal any port',
      'the port was handed over at document_start, before any page script; no handshake is accepted later',
      async () => {
        await open('head=forged-port');
        expect(await page.evaluate(() => (window as unknown as { __headRan?: boolean }).__headRan)).toBe(true);
        await startDeposit();
        await expectHeldAndShown();
        await forgeEverywhere();
        await sleep(300);
        await stillHeld();
        // The extension side never took the page's port: nothing ever arrived on it.
        expect(await page.evaluate(() => (window as unknown as { __fromExtension?: number }).__fromExtension ?? 0)).toBe(0);
        await personCancels();
      },
    );

    attack(
      'forged bridge messages',
      'port stealing: MessagePort/MessageChannel/onmessage/addEventListener hooked in <head> to capture ports',
      'no port is created or handled through page-reachable prototypes after document_start',
      async () => {
        await open('head=steal-ports');
        await startDeposit();
        await expectHeldAndShown();
        const stolen = await forgeEverywhere();
        // Whatever the page managed to capture, it is not the bridge: the request is still held.
        expect(stolen).toBeGreaterThanOrEqual(0);
        await sleep(300);
        await stillHeld();
        await personCancels();
      },
    );

    attack(
      'forged bridge messages',
      'forged lrt-advisor:port and ready after load, while a request is held',
      'both halves dropped their handshake listeners',
      async () => {
        await open();
        await startDeposit();
        await expectHeldAndShown();
        await forgeEverywhere();
        await sleep(300);
        await stillHeld();
        await personCancels();
      },
    );

    attack(
      'forged bridge messages',
      'MessageEvent.prototype.data getter returns a forged decision (in <head>)',
      'the hook reads message data through the getter it captured at document_start',
      async () => {
        await open('head=override-messageData');
        await startDeposit();
        await expectHeldAndShown();
        await forgeEverywhere();
        await sleep(300);
        await stillHeld();
        await personCancels();
      },
    );

    attack('forged bridge messages', '10,000 guessed decision ids on every reachable channel', 'decisions come only over the private port', async () => {
      await open();
      await startDeposit();
      await expectHeldAndShown();
      await page.evaluate(() => {
        for (let n = 0; n < 10_000; n++) {
          const m = { k: 'continue', id: `h${n}` };
          window.postMessage(m, '*');
          window.dispatchEvent(new CustomEvent('lrt-advisor:decision', { detail: m }));
        }
      });
      await sleep(300);
      await stillHeld();
      await personCancels();
    });
  });

  describe('hiding the warning', () => {
    /**
     * Runs `hide` in the page once the warning is up: the warning must come back, or the request be rejected (4001)
     * with nothing reaching the wallet. Which of the two happened goes into the table.
     */
    async function hideAttempt(hide: () => void, { query = '', notice = false } = {}) {
      await open(query);
      await startDeposit();
      await page.waitForWarning();
      await page.evaluate(hide);
      // A page element in the top layer is inert under our modal dialog, so hit tests go through it: wait for the
      // warning to say it was put back on top (its tamper notice) before looking.
      if (notice) await waitFor(async () => (await page.warningText())?.includes('This page tried to change or hide this warning') ?? false, 3000, 'the tamper notice');
      const restored = await stillHeld().then(
        () => true,
        () => false,
      );
      if (restored) {
        await personCancels();
        return;
      }
      await waitFor(async () => (await result()).state !== 'pending', 10_000, 'the request to be rejected once the warning cannot be restored');
      expect(await result()).toMatchObject({ state: 'error', code: 4001 });
      expect(await accepted()).toEqual([]);
      return { verdict: 'held' as const, how: 'could not be restored: the request was rejected (4001), the wallet saw nothing' };
    }

    attack('hiding the warning', 'a stylesheet: lrt-advisor-warning { display:none !important } and friends', 'inline !important styles on the host outrank page rules', () =>
      hideAttempt(() => {
        const style = document.createElement('style');
        style.textContent =
          'lrt-advisor-warning, :host, html > lrt-advisor-warning { display:none !important; visibility:hidden !important; opacity:0 !important; transform:scale(0) !important; clip-path:inset(50%) !important; position:absolute !important; left:-99999px !important; content-visibility:hidden !important; }';
        document.head.append(style);
      }),
    );

    attack('hiding the warning', 'the same stylesheet already in the page before the warning exists (<head>)', 'inline !important styles on the host outrank page rules', () =>
      hideAttempt(() => undefined, { query: 'head=hide-style' }),
    );

    attack('hiding the warning', 'inert on the host', 'the host’s attributes are watched and restored', () =>
      hideAttempt(() => {
        (document.querySelector('lrt-advisor-warning') as HTMLElement).inert = true;
      }),
    );

    attack('hiding the warning', 'inert on <html> and <body>', 'an inert ancestor is detected and the warning restored', () =>
      hideAttempt(() => {
        document.documentElement.inert = true;
        document.body.inert = true;
      }),
    );

    attack('hiding the warning', 'a full-page overlay with z-index 2147483647', 'the warning is a modal dialog in the top layer, above any z-index', () =>
      hideAttempt(() => {
        const cover = document.createElement('div');
        cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:white;';
        cover.textContent = 'Verified safe. Press Continue.';
        document.documentElement.append(cover);
      }),
    );

    attack('hiding the warning', 'the page opens its own modal <dialog> over the warning', 'a newer top-layer element is detected and the warning raised above it', () =>
      hideAttempt(() => {
        const d = document.createElement('dialog');
        d.textContent = 'Verified safe. Press Continue.';
        d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;margin:0;';
        document.body.append(d);
        d.showModal();
      }, { notice: true }),
    );

    attack('hiding the warning', 'the page opens a popover (top layer) over the warning', 'a newer top-layer element is detected and the warning raised above it', () =>
      hideAttempt(() => {
        const p = document.createElement('div');
        p.popover = 'manual';
        p.textContent = 'Verified safe. Press Continue.';
        p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:white;pointer-events:none;';
        document.body.append(p);
        p.showPopover();
      }, { notice: true }),
    );

    attack('hiding the warning', 'the host is moved into a display:none container', 'a host that leaves <html> is put back', () =>
      hideAttempt(() => {
        const box = document.createElement('div');
        box.style.display = 'none';
        document.body.append(box);
        box.append(document.querySelector('lrt-advisor-warning')!);
      }),
    );

    attack('hiding the warning', 'the host is moved into <body>', 'a host that leaves <html> is put back', () =>
      hideAttempt(() => {
        document.body.prepend(document.querySelector('lrt-advisor-warning')!);
      }),
    );

    attack('hiding the warning', 'dialog.close() through the open shadow root', 'the dialog is reopened', () =>
      hideAttempt(() => {
        document.querySelector('lrt-advisor-warning')!.shadowRoot?.querySelector('dialog')?.close('continue');
      }),
    );

    attack('hiding the warning', 'dialog.requestClose(), removing the open attribute, removing the dialog', 'the dialog is rebuilt', () =>
      hideAttempt(() => {
        const root = document.querySelector('lrt-advisor-warning')!.shadowRoot;
        const d = root?.querySelector('dialog') as (HTMLDialogElement & { requestClose?: () => void }) | null | undefined;
        d?.requestClose?.();
        d?.removeAttribute('open');
        root?.querySelector('dialog')?.remove();
      }),
    );

    attack('hiding the warning', 'the host removed 100 times in a row', 'past 25 rewrites the request is cancelled (4001)', async () => {
      await open();
      await startDeposit();
      await page.waitForWarning();
      await page.evaluate(async () => {
        for (let i = 0; i < 100; i++) {
          document.querySelector('lrt-advisor-warning')?.remove();
          await new Promise((r) => setTimeout(r, 2));
        }
      });
      await waitFor(async () => (await result()).state !== 'pending', 5000, 'the request to be rejected');
      expect(await result()).toMatchObject({ state: 'error', code: 4001 });
      expect(await accepted()).toEqual([]);
    });
  });

  describe('overridden built-ins', () => {
    /** Overrides that could keep the hook from wrapping a wallet that arrives after them. */
    const AFFECT_WRAPPING = ['override-defineProperty', 'override-EventTarget', 'override-Function'];
    for (const [name, script] of Object.entries(HEAD_SCRIPTS).filter(([n]) => n.startsWith('override-'))) {
      const what = name.slice('override-'.length);
      const lateWallet = AFFECT_WRAPPING.includes(name);
      attack('overridden built-ins', `${what}, from an inline script at the top of <head>`, 'the hook calls only the built-ins it captured at document_start', async () => {
        await open(`head=${name}`);
        expect(await page.evaluate(() => (window as unknown as { __headRan?: boolean }).__headRan)).toBe(true);
        await overriddenBuiltInHolds(lateWallet);
      });
      attack('overridden built-ins', `${what}, right after load`, 'the hook calls only the built-ins it captured at document_start', async () => {
        await open();
        await page.evaluate((source) => (0, eval)(source), script);
        await overriddenBuiltInHolds(lateWallet);
      });
    }

    /** A deposit is still held and shown with its real text (and a wallet injected after the override is still wrapped). */
    async function overriddenBuiltInHolds(lateWallet: boolean) {
      await startDeposit();
      await expectHeldAndShown();
      await page.evaluate(() => {
        for (let n = 0; n < 50; n++) window.postMessage({ k: 'continue', id: `h${n}` }, '*');
      });
      await sleep(100);
      await stillHeld();
      await personCancels();
      if (lateWallet) {
        await page.evaluate(() => {
          const w = window as unknown as { ethereum: unknown; __wallets: Win['__wallets'] };
          w.ethereum = w.__wallets.spawn('late').provider;
        });
        await startDeposit();
        await expectHeldAndShown();
        await personCancels();
      }
      // The replacements were in place the whole time.
      expect(await page.evaluate(() => (window as unknown as { __overridden?: string[] }).__overridden ?? [])).not.toEqual([]);
    }
  });

  describe('calldata built to confuse the decoder', () => {
    /** A restaking request in disguise: a warning must come first, or the wallet refuses it outright. */
    async function disguised(build: string, { lenient = false, text = 'ether.fi' }: { lenient?: boolean; text?: string | null } = {}) {
      await open(lenient ? 'lenient=1' : '');
      await watchHosts();
      await startBuiltRequest(build);
      await waitFor(async () => (await page.warningVisible()) || (await result()).state !== 'pending', 10_000, 'a warning or an answer');
      if (await page.warningVisible()) {
        if (text) expect(await page.warningText()).toContain(text);
        expect(await accepted()).toEqual([]);
        await personCancels();
        return 'warning';
      }
      // No warning: then nothing that touches a restaking contract may have reached the wallet. Either the wallet
      // refused the request, or it got the harmless request the extension judged (one snapshot for both).
      expect(await page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
      expect(await restakingAccepted()).toEqual([]);
      return (await result()).state === 'error' ? 'refused' : 'harmless';
    }
    /** Signing calls the wallet accepted that touch the pool, Kelp's deposit pool or carry the restaking calldata. */
    const restakingAccepted = () =>
      page.evaluate(() => {
        const w = window as unknown as Win;
        const f = w.__fixtures as Record<string, { to?: string; data?: string }>;
        const marks = [f.deposit!.to!, f.kelpDeposit!.to!, '0x' + f.approve!.data!.slice(34, 74)].map((a) => a.toLowerCase().slice(2));
        return w.__wallets
          .signing()
          .filter((e) => !e.error && marks.some((m) => JSON.stringify((e as { params?: unknown }).params ?? null).toLowerCase().includes(m)))
          .map((e) => e.method);
      });
    const F = `window.__fixtures`;
    const cases: [string, string, { lenient?: boolean; text?: string | null; expect?: 'warning' | 'refused' | 'harmless' }][] = [
      ['value as a decimal string', `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, value: BigInt(${F}.deposit.value).toString() }] })`, { expect: 'warning' }],
      ['value as a number', `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, value: 1.5e18 }] })`, { text: null, expect: 'warning' }],
      ['input instead of data', `(() => { const { data, ...t } = ${F}.deposit; return { method: 'eth_sendTransaction', params: [{ ...t, input: data }] }; })()`, { expect: 'warning' }],
      [
        'harmless data, approve in input (a wallet that prefers input, like geth)',
        `({ method: 'eth_sendTransaction', params: [{ from: ${F}.approve.from, to: ${F}.approve.to, data: '0x', input: ${F}.approve.data }] })`,
        { lenient: true, text: null, expect: 'warning' },
      ],
      ['mixed-case hex and address', `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, to: ${F}.deposit.to.toLowerCase().replace('0x308', '0x308').replace(/a/g, 'A'), data: ${F}.deposit.data.toUpperCase().replace('0X', '0x') }] })`, { expect: 'warning' }],
      [
        'extra fields (gas, nonce, type, accessList, unknown keys)',
        `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, gas: '0x30d40', nonce: '0x7', type: '0x2', maxFeePerGas: '0x1', accessList: [], chainId: '0x1', foo: { to: '0x1111111111111111111111111111111111111111' } }], extra: true })`,
        { expect: 'warning' },
      ],
      [
        'a getter that returns a harmless `to` first and the pool on the second read',
        `(() => { let n = 0; const t = { ...${F}.deposit }; delete t.to; Object.defineProperty(t, 'to', { enumerable: true, get: () => (n++ === 0 ? '0x1111111111111111111111111111111111111111' : ${F}.deposit.to) }); return { method: 'eth_sendTransaction', params: [t] }; })()`,
        { text: null, expect: 'harmless' },
      ],
      [
        'a getter that returns the pool first and a harmless `to` later',
        `(() => { let n = 0; const t = { ...${F}.deposit }; delete t.to; Object.defineProperty(t, 'to', { enumerable: true, get: () => (n++ === 0 ? ${F}.deposit.to : '0x1111111111111111111111111111111111111111') }); return { method: 'eth_sendTransaction', params: [t] }; })()`,
        { expect: 'warning' },
      ],
      [
        'a Proxy request whose method and params change on every read',
        `(() => { let n = 0; const real = { method: 'eth_sendTransaction', params: [${F}.deposit] }; const fake = { method: 'eth_call', params: [${F}.call, 'latest'] }; return new Proxy(real, { get: (t, k) => (n++ % 2 ? fake : real)[k] }); })()`,
        { text: null, expect: 'harmless' },
      ],
      ['params as a JSON string (strict wallet)', `({ method: 'eth_sendTransaction', params: JSON.stringify([${F}.deposit]) })`, { text: null, expect: 'warning' }],
      ['params as a JSON string (lenient wallet)', `({ method: 'eth_sendTransaction', params: JSON.stringify([${F}.deposit]) })`, { lenient: true, text: null, expect: 'warning' }],
      ['params as a bare object (strict wallet)', `({ method: 'eth_sendTransaction', params: ${F}.deposit })`, { text: null, expect: 'warning' }],
      ['params as a bare object (lenient wallet)', `({ method: 'eth_sendTransaction', params: ${F}.deposit })`, { lenient: true, text: null, expect: 'warning' }],
      ['method name in capitals', `({ method: 'ETH_SENDTRANSACTION', params: [${F}.deposit] })`, { text: null, expect: 'refused' }],
      ['method name with whitespace', `({ method: ' eth_sendTransaction ', params: [${F}.deposit] })`, { text: null, expect: 'refused' }],
      ['method as a String object', `({ method: new String('eth_sendTransaction'), params: [${F}.deposit] })`, { text: null, expect: 'refused' }],
      ['wallet_sendTransaction (the wallet namespace viem tries)', `({ method: 'wallet_sendTransaction', params: [${F}.deposit] })`, { expect: 'warning' }],
      ['method and params inherited from a prototype', `Object.create({ method: 'eth_sendTransaction', params: [${F}.deposit] })`, { text: null, expect: 'refused' }],
      ['a toJSON that turns it into an eth_call', `({ method: 'eth_sendTransaction', params: [${F}.deposit], toJSON: () => ({ method: 'eth_call', params: [${F}.call, 'latest'] }) })`, { text: null, expect: 'harmless' }],
      ['permit as an object, not a JSON string', `({ method: 'eth_signTypedData_v4', params: [${F}.account, ${F}.permit] })`, { text: 'Kelp', expect: 'warning' }],
      ['permit with the params in the wrong order', `({ method: 'eth_signTypedData_v4', params: [JSON.stringify(${F}.permit), ${F}.account] })`, { text: 'Kelp', expect: 'warning' }],
      ['permit through eth_signTypedData_v3', `({ method: 'eth_signTypedData_v3', params: [${F}.account, JSON.stringify(${F}.permit)] })`, { text: 'Kelp', expect: 'warning' }],
      ['deposit calldata with trailing bytes', `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, data: ${F}.deposit.data + 'deadbeef'.repeat(9) }] })`, { text: null, expect: 'warning' }],
      ['a chainId in the transaction that is not the wallet’s', `({ method: 'eth_sendTransaction', params: [{ ...${F}.deposit, chainId: '0x2105' }] })`, { text: null, expect: 'warning' }],
      [
        'the deposit hidden in wallet_sendCalls among harmless calls',
        `({ method: 'wallet_sendCalls', params: [{ version: '2.0.0', chainId: '0x1', from: ${F}.account, calls: [...Array.from({ length: 20 }, () => ({ to: '0x1111111111111111111111111111111111111111', value: '0x1' })), { to: ${F}.deposit.to, data: ${F}.deposit.data, value: ${F}.deposit.value }] }] })`,
        { expect: 'warning' },
      ],
    ];
    const HOW = {
      warning: 'held: the warning shows the request first',
      refused: 'the wallet refuses it, as a strict wallet does; no warning needed, nothing signed',
      harmless: 'one snapshot: the wallet gets the same harmless request the extension judged',
    };
    for (const [name, build, options] of cases)
      attack('decoder confusion', name, HOW[options.expect ?? 'warning'], async () => {
        const how = await disguised(build, options);
        if (options.expect) expect(how).toBe(options.expect);
      });

    attack('decoder confusion', 'legacy sendAsync batch: 100 reads with the deposit in the middle', 'the batch is held as one request', async () => {
      await open();
      await page.evaluate(() => {
        const w = window as unknown as Win & { ethereum: { sendAsync(p: unknown, cb: (e: unknown, r: unknown) => void): void } };
        w.__attack = { state: 'pending' };
        const reads = Array.from({ length: 100 }, (_, i) => ({ id: i, jsonrpc: '2.0', method: 'eth_call', params: [w.__fixtures.call, 'latest'] }));
        reads.splice(50, 0, { id: 1000, jsonrpc: '2.0', method: 'eth_sendTransaction', params: [w.__fixtures.deposit] });
        w.ethereum.sendAsync(reads, (error) => {
          w.__attack = error ? { state: 'error', code: (error as { code: unknown }).code, message: String((error as Error).message) } : { state: 'ok', value: null };
        });
      });
      await expectHeldAndShown();
      await personCancels();
    });
  });

  describe('a flood of 10,000 requests', () => {
    type Flood = { done: number; ok: number; busy: number; other: string[]; ms: number; burstMs: number; maxGapAfterBurst: number };
    /** Sends 10,000 requests in one go from the page; tracks how they settle and how the main thread keeps up. */
    const flood = (kind: 'reads' | 'transfers' | 'deposits') =>
      page.evaluate((k) => {
        const w = window as unknown as Win & { __flood: Flood };
        const f = w.__fixtures as Record<string, Record<string, string>>;
        const state: Flood = { done: 0, ok: 0, busy: 0, other: [], ms: 0, burstMs: 0, maxGapAfterBurst: 0 };
        w.__flood = state;
        const t0 = performance.now();
        for (let i = 0; i < 10_000; i++) {
          const request =
            k === 'reads'
              ? i % 2
                ? { method: 'eth_chainId' }
                : { method: 'eth_call', params: [{ to: f.call!.to, data: f.call!.data + i.toString(16).padStart(8, '0') }, 'latest'] }
              : k === 'transfers'
                ? { method: 'eth_sendTransaction', params: [{ ...f.transfer, value: '0x' + (i + 1).toString(16) }] }
                : { method: 'eth_sendTransaction', params: [f.deposit] };
          void (async () => {
            try {
              const value = await w.ethereum.request(request);
              if (k === 'reads' && value !== (i % 2 ? '0x1' : '0x' + (1_070_000_000_000_000_000n).toString(16).padStart(64, '0'))) state.other.push(`wrong answer ${i}`);
              state.ok++;
            } catch (e) {
              const error = e as { code?: unknown; message?: string };
              if (error.code === 4001 && /too many requests/.test(error.message ?? '')) state.busy++;
              else state.other.push(`${error.code}: ${error.message}`);
            } finally {
              if (++state.done === 10_000) state.ms = performance.now() - t0;
            }
          })();
        }
        state.burstMs = performance.now() - t0;
        // After the burst (the page's own loop), the main thread must keep turning.
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          state.maxGapAfterBurst = Math.max(state.maxGapAfterBurst, now - last);
          last = now;
          if (now - t0 < 8000) setTimeout(tick, 10);
        };
        setTimeout(tick, 10);
      }, kind);
    const floodState = () => page.evaluate(() => (window as unknown as { __flood: Flood }).__flood);

    attack('flood', '10,000 reads (eth_call, eth_chainId) at once', 'not held: all pass, unchanged, in well under a second or two', async () => {
      await open();
      await flood('reads');
      await waitFor(async () => (await floodState()).done === 10_000, 15_000, 'every read to be answered');
      const state = await floodState();
      expect(state).toMatchObject({ ok: 10_000, busy: 0, other: [] });
      // What the wallet got is what the page sent, one call each.
      const log = await page.evaluate(() => {
        const w = window as unknown as Win;
        const calls = w.__wallets.log.filter((e) => e.method === 'eth_call').map((e) => (e.params as [{ data: string }])[0].data.slice(-8));
        return { calls: calls.length, distinct: new Set(calls).size, chainIds: w.__wallets.log.filter((e) => e.method === 'eth_chainId').length };
      });
      expect(log).toEqual({ calls: 5000, distinct: 5000, chainIds: 5000 });
      expect(state.ms).toBeLessThan(5000);
      return { verdict: 'held', how: `not held: all 10,000 answered unchanged in ${Math.round(state.ms)} ms` };
    });

    attack('flood', '10,000 plain transfers (held methods, no restaking) at once', 'at most 16 with the extension at once, 100 queued; past that rejected at once with a clear error', async () => {
      await open();
      await watchHosts();
      await flood('transfers');
      await waitFor(async () => (await floodState()).done === 10_000, 20_000, 'every transfer to be answered');
      const state = await floodState();
      expect(state.other).toEqual([]);
      expect(state.ok + state.busy).toBe(10_000);
      expect(state.ok).toBeGreaterThanOrEqual(100);
      expect(state.maxGapAfterBurst).toBeLessThan(500);
      expect(await page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
      // The ones that passed reached the wallet as sent.
      expect(await page.evaluate(() => (window as unknown as Win).__wallets.signing().filter((e) => !e.error).length)).toBe(state.ok);
      return {
        verdict: 'held',
        how: `${state.ok} passed unchanged, ${state.busy} rejected as busy (4001, clear message) in ${Math.round(state.ms)} ms; page main thread never stalled more than ${Math.round(state.maxGapAfterBurst)} ms after the page's own ${Math.round(state.burstMs)} ms burst`,
      };
    });

    attack('flood', '10,000 restaking deposits at once', 'at most 5 warnings wait for the person; the rest are rejected with a clear error; page, worker and browser keep working', async () => {
      await open();
      await flood('deposits');
      await page.waitForWarning();
      await waitFor(async () => (await floodState()).done >= 10_000 - 5, 30_000, 'all but the waiting warnings to be rejected');
      const state = await floodState();
      expect(state.other).toEqual([]);
      expect(state.ok).toBe(0);
      expect(state.done).toBe(10_000 - 5);
      expect(state.maxGapAfterBurst).toBeLessThan(500);
      expect(await accepted()).toEqual([]);
      // The person goes through the five that wait, one warning at a time.
      for (let i = 0; i < 5; i++) {
        await page.waitForWarning();
        await page.clickWarningButton('Cancel');
        await waitFor(async () => (await floodState()).done === 10_000 - 4 + i, 10_000, 'the cancelled one to be answered');
      }
      expect(await accepted()).toEqual([]);
      // Nothing crashed: the next deposit is held and shown, and Continue hands it to the wallet.
      await startDeposit();
      await expectHeldAndShown();
      await page.clickWarningButton('Continue to wallet');
      await waitFor(async () => (await result()).state !== 'pending', 10_000, 'the wallet’s answer');
      expect(await result()).toMatchObject({ state: 'ok' });
      expect(await accepted()).toEqual(['eth_sendTransaction']);
      return {
        verdict: 'held',
        how: `5 warnings waited, ${state.busy} rejected as busy (4001, clear message); page main thread never stalled more than ${Math.round(state.maxGapAfterBurst)} ms after the burst; the next deposit still held and shown`,
      };
    });
  });

  describe('a wallet the hook cannot wrap', () => {
    attack(
      'locked wallet',
      'a wallet that freezes its provider and locks window.ethereum (non-configurable, non-writable) before the page runs',
      'not held through window.ethereum: the provider can be neither patched nor replaced. Observable: Object.isFrozen(window.ethereum) and a locked descriptor; the same wallet’s EIP-6963 provider is held',
      async () => {
        await open('walletFreeze=1');
        const locked = await page.evaluate(() => {
          const d = Object.getOwnPropertyDescriptor(window, 'ethereum')!;
          return { frozen: Object.isFrozen((window as unknown as { ethereum: object }).ethereum), configurable: d.configurable, writable: d.writable };
        });
        expect(locked).toEqual({ frozen: true, configurable: false, writable: false });
        await watchHosts();
        await startDeposit();
        await waitFor(async () => (await result()).state !== 'pending', 5000, 'the wallet’s answer');
        // The known limitation: straight to the wallet, no warning.
        expect(await page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
        expect(await accepted()).toEqual(['eth_sendTransaction']);
        // Through EIP-6963 the page gets the hook's stand-in, and the same deposit is held.
        await page.evaluate(() => {
          const w = window as unknown as Win & { __attack: AttackResult };
          w.__attack = { state: 'pending' };
          window.addEventListener(
            'eip6963:announceProvider',
            (event) => {
              const provider = (event as CustomEvent).detail.provider as Win['ethereum'];
              void (async () => {
                try {
                  w.__attack = { state: 'ok', value: await provider.request({ method: 'eth_sendTransaction', params: [w.__fixtures.deposit] }) };
                } catch (e) {
                  w.__attack = { state: 'error', code: (e as { code?: unknown }).code, message: String((e as Error).message) };
                }
              })();
            },
            { once: true },
          );
          window.dispatchEvent(new Event('eip6963:requestProvider'));
        });
        await page.waitForWarning();
        await page.clickWarningButton('Cancel');
        await waitFor(async () => (await result()).state !== 'pending', 5000, 'the cancelled answer');
        expect(await result()).toMatchObject({ state: 'error', code: 4001 });
        expect(await accepted()).toEqual(['eth_sendTransaction']);
        return 'bypassed (known limitation)';
      },
    );
  });

  describe('the wallet’s own content-script channel', () => {
    attack(
      'wallet channel',
      'the page posts MetaMask’s inpage envelope {target:"metamask-contentscript"} itself',
      'not held: it never touches window.ethereum. Observable: the post is a plain window message that any content script can read; the wallet’s own confirmation is the last look',
      async () => {
        await open('contentScript=1');
        const seen = await page.evaluate(async () => {
          const w = window as unknown as Win & { __sawWarning?: boolean };
          const posts: unknown[] = [];
          window.addEventListener('message', (e) => {
            const d = e.data as { target?: string } | null;
            if (d && d.target === 'metamask-contentscript') posts.push(e.data);
          });
          window.postMessage(
            { target: 'metamask-contentscript', data: { name: 'metamask-provider', data: { jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [w.__fixtures.deposit] } } },
            location.origin,
          );
          await new Promise((r) => setTimeout(r, 600));
          return { posts, hosts: document.querySelectorAll('lrt-advisor-warning').length, viaChannel: w.__wallets.log.filter((e) => e.via === 'content-script').map((e) => e.method) };
        });
        // What is observable: the envelope, with the method and the full transaction, on the window.
        expect(seen.posts).toHaveLength(1);
        expect(JSON.stringify(seen.posts[0])).toContain('"method":"eth_sendTransaction"');
        // The known limitation: no warning, and the wallet got it.
        expect(seen.hosts).toBe(0);
        expect(seen.viaChannel).toEqual(['eth_sendTransaction']);
        // But it was seen: the extension recorded it as bypassed for "This tab" (readable from the worker in Chromium).
        if (browser.evaluateInBackground) {
          const recorded = await browser.evaluateInBackground(async () => {
            const all = (await (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null)) as Record<string, unknown>;
            return Object.entries(all)
              .filter(([k]) => k.startsWith('lrt-advisor:bypass:'))
              .flatMap(([, v]) => (Array.isArray(v) ? v.map((r: { method: string }) => r.method) : []));
          });
          expect(recorded).toContain('eth_sendTransaction');
        }
        return 'bypassed (known limitation)';
      },
    );
  });
}
