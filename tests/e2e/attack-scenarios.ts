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
import { describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { waitFor } from './demo-page';
import { HEAD_SCRIPTS, SHAPED_WALLETS } from './attack-head-scripts';
import { attackHarness, sleep, type AttackResult, type Win } from './attack-harness';

export function attackScenarios(launch: () => Promise<BrowserDriver>): void {
  const h = attackHarness(launch);
  const { attack, blank, open, startBuiltRequest, result, accepted, startDeposit, personSees, warningHosts, watchHosts, expectHeldAndShown, personCancels, stillHeld } = h;


  describe('programmatic input', () => {
    attack('programmatic input', 'a script clicks Continue every 5 ms, before and after it is enabled', 'only trusted clicks count', async () => {
      await open();
      await startDeposit();
      await expectHeldAndShown();
      await h.page.evaluate(async () => {
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
      await h.page.evaluate(() => {
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
      await h.page.evaluate(() => {
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
        await h.page.evaluate(() => {
          const host = document.querySelector('lrt-advisor-warning') as HTMLElement;
          const root = host.shadowRoot;
          ((root && [...root.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')) || host).focus();
        });
        await h.page.press('Enter');
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
        if (!h.page.mouseClick) throw new Error('this driver cannot click at coordinates');
        await open();
        await startDeposit();
        await h.page.waitForWarning();
        // Where Continue is on screen (the warning's frame covers the viewport at its origin, so its coordinates are the page's).
        const spot = await h.page.inWarning((dialog) => {
          const b = [...dialog!.querySelectorAll('button')].find((x) => x.textContent === 'Continue to wallet')!;
          const r = b.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, disabled: b.disabled };
        });
        expect(spot.disabled).toBe(true);
        await h.page.mouseClick(spot.x, spot.y);
        await h.page.mouseClick(spot.x, spot.y);
        await stillHeld();
        await personCancels();
      },
    );

    attack('programmatic input', 'a script clicks the warning’s “full report” button 20 times', 'the report opens only on the person’s own click', async () => {
      if (!h.browser.tabCount) throw new Error('this driver cannot count tabs');
      await open();
      const before = await h.browser.tabCount();
      await startDeposit();
      await expectHeldAndShown();
      const clicked = await h.page.evaluate(() => {
        const root = document.querySelector('lrt-advisor-warning')?.shadowRoot;
        const buttons = root ? [...root.querySelectorAll('button')].filter((b) => b.textContent !== 'Cancel' && b.textContent !== 'Continue to wallet') : [];
        for (let i = 0; i < 20; i++) for (const b of buttons) b.click();
        return buttons.length;
      });
      // The report button is in the extension's own frame, behind a closed root: the page reaches none of it.
      expect(clicked).toBe(0);
      expect(await h.page.inWarning((dialog) => [...dialog!.querySelectorAll('button')].length)).toBeGreaterThan(2);
      await sleep(700);
      expect(await h.browser.tabCount()).toBe(before);
      await stillHeld();
      await personCancels();
    });
  });

  describe('forged bridge messages', () => {
    const forgeEverywhere = () =>
      h.page.evaluate(() => {
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
        expect(await h.page.evaluate(() => (window as unknown as { __headRan?: boolean }).__headRan)).toBe(true);
        await startDeposit();
        await expectHeldAndShown();
        await forgeEverywhere();
        await sleep(300);
        await stillHeld();
        // The extension side never took the page's port: nothing ever arrived on it.
        expect(await h.page.evaluate(() => (window as unknown as { __fromExtension?: number }).__fromExtension ?? 0)).toBe(0);
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
      await h.page.evaluate(() => {
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
      await h.page.waitForWarning();
      await h.page.evaluate(hide);
      // A page element in the top layer is inert under our modal dialog, so hit tests go through it: wait for the
      // warning to say it was put back on top (its tamper notice) before looking. The notice comes through the worker
      // or the frame's fragment; once in a CI run it took over 3 s, so this waits up to 8 s.
      if (notice) await waitFor(async () => (await h.page.warningText())?.includes('This page tried to change or hide this warning') ?? false, 8000, 'the tamper notice');
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
      await h.page.waitForWarning();
      await h.page.evaluate(async () => {
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
        expect(await h.page.evaluate(() => (window as unknown as { __headRan?: boolean }).__headRan)).toBe(true);
        await overriddenBuiltInHolds(lateWallet);
      });
      attack('overridden built-ins', `${what}, right after load`, 'the hook calls only the built-ins it captured at document_start', async () => {
        await open();
        await h.page.evaluate((source) => (0, eval)(source), script);
        await overriddenBuiltInHolds(lateWallet);
      });
    }

    /** A deposit is still held and shown with its real text (and a wallet injected after the override is still wrapped). */
    async function overriddenBuiltInHolds(lateWallet: boolean) {
      await startDeposit();
      await expectHeldAndShown();
      await h.page.evaluate(() => {
        for (let n = 0; n < 50; n++) window.postMessage({ k: 'continue', id: `h${n}` }, '*');
      });
      await sleep(100);
      await stillHeld();
      await personCancels();
      if (lateWallet) {
        await h.page.evaluate(() => {
          const w = window as unknown as { ethereum: unknown; __wallets: Win['__wallets'] };
          w.ethereum = w.__wallets.spawn('late').provider;
        });
        await startDeposit();
        await expectHeldAndShown();
        await personCancels();
      }
      // The replacements were in place the whole time.
      expect(await h.page.evaluate(() => (window as unknown as { __overridden?: string[] }).__overridden ?? [])).not.toEqual([]);
    }
  });

  describe('calldata built to confuse the decoder', () => {
    /** A restaking request in disguise: a warning must come first, or the wallet refuses it outright. */
    async function disguised(build: string, { lenient = false, text = 'ether.fi' }: { lenient?: boolean; text?: string | null } = {}) {
      await open(lenient ? 'lenient=1' : '');
      await watchHosts();
      await startBuiltRequest(build);
      await waitFor(async () => (await h.page.warningVisible()) || (await result()).state !== 'pending', 10_000, 'a warning or an answer');
      if (await h.page.warningVisible()) {
        if (text) expect(await h.page.warningText()).toContain(text);
        expect(await accepted()).toEqual([]);
        await personCancels();
        return 'warning';
      }
      // No warning: then nothing that touches a restaking contract may have reached the wallet. Either the wallet
      // refused the request, or it got the harmless request the extension judged (one snapshot for both).
      expect(await h.page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
      expect(await restakingAccepted()).toEqual([]);
      return (await result()).state === 'error' ? 'refused' : 'harmless';
    }
    /** Signing calls the wallet accepted that touch the pool, Kelp's deposit pool or carry the restaking calldata. */
    const restakingAccepted = () =>
      h.page.evaluate(() => {
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
      ['permit as an object, not a JSON string', `({ method: 'eth_signTypedData_v4', params: [${F}.account, ${F}.permit] })`, { text: 'weETH', expect: 'warning' }],
      ['permit with the params in the wrong order', `({ method: 'eth_signTypedData_v4', params: [JSON.stringify(${F}.permit), ${F}.account] })`, { text: 'weETH', expect: 'warning' }],
      ['permit through eth_signTypedData_v3', `({ method: 'eth_signTypedData_v3', params: [${F}.account, JSON.stringify(${F}.permit)] })`, { text: 'weETH', expect: 'warning' }],
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
      await h.page.evaluate(() => {
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
      h.page.evaluate((k) => {
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
    const floodState = () => h.page.evaluate(() => (window as unknown as { __flood: Flood }).__flood);

    attack('flood', '10,000 reads (eth_call, eth_chainId) at once', 'not held: all pass, unchanged, in well under a second or two', async () => {
      await open();
      await flood('reads');
      await waitFor(async () => (await floodState()).done === 10_000, 15_000, 'every read to be answered');
      const state = await floodState();
      expect(state).toMatchObject({ ok: 10_000, busy: 0, other: [] });
      // What the wallet got is what the page sent, one call each.
      const log = await h.page.evaluate(() => {
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
      expect(await h.page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
      // The ones that passed reached the wallet as sent.
      expect(await h.page.evaluate(() => (window as unknown as Win).__wallets.signing().filter((e) => !e.error).length)).toBe(state.ok);
      return {
        verdict: 'held',
        how: `${state.ok} passed unchanged, ${state.busy} rejected as busy (4001, clear message) in ${Math.round(state.ms)} ms; page main thread never stalled more than ${Math.round(state.maxGapAfterBurst)} ms after the page's own ${Math.round(state.burstMs)} ms burst`,
      };
    });

    attack('flood', '10,000 restaking deposits at once', 'at most 5 warnings wait for the person; the rest are rejected with a clear error; page, worker and browser keep working', async () => {
      await open();
      await flood('deposits');
      await h.page.waitForWarning();
      await waitFor(async () => (await floodState()).done >= 10_000 - 5, 30_000, 'all but the waiting warnings to be rejected');
      const state = await floodState();
      expect(state.other).toEqual([]);
      expect(state.ok).toBe(0);
      expect(state.done).toBe(10_000 - 5);
      expect(state.maxGapAfterBurst).toBeLessThan(500);
      expect(await accepted()).toEqual([]);
      // The person goes through the five that wait, one warning at a time.
      for (let i = 0; i < 5; i++) {
        await h.page.waitForWarning();
        await h.page.clickWarningButton('Cancel');
        await waitFor(async () => (await floodState()).done === 10_000 - 4 + i, 10_000, 'the cancelled one to be answered');
      }
      expect(await accepted()).toEqual([]);
      // Nothing crashed: the next deposit is held and shown, and Continue hands it to the wallet.
      await startDeposit();
      await expectHeldAndShown();
      await h.page.clickWarningButton('Continue to wallet');
      await waitFor(async () => (await result()).state !== 'pending', 10_000, 'the wallet’s answer');
      expect(await result()).toMatchObject({ state: 'ok' });
      expect(await accepted()).toEqual(['eth_sendTransaction']);
      return {
        verdict: 'held',
        how: `5 warnings waited, ${state.busy} rejected as busy (4001, clear message); page main thread never stalled more than ${Math.round(state.maxGapAfterBurst)} ms after the burst; the next deposit still held and shown`,
      };
    });
  });


  /** A page with no `window.ethereum` from the stand-in, then a wallet of this shape (`SHAPED_WALLETS`) injected as MetaMask does. */
  async function openWallet(kind: 'metamask' | 'frame' | 'custom' | 'standin', query = '') {
    if (kind === 'standin') return open(query);
    await open(['expose=eip6963', query].filter(Boolean).join('&'));
    await h.page.evaluate(
      ({ src, k }) => {
        (0, eval)(src);
        (window as unknown as { __useWallet(k: string): unknown }).__useWallet(k);
      },
      { src: SHAPED_WALLETS, k: kind },
    );
  }
  type Outcome = { state: 'pending' } | { state: 'ok'; value: unknown } | { state: 'error'; code: unknown; message: string; isError: boolean; plain: boolean; data: unknown };
  /** Runs `source` (an expression giving a promise, built in the page) and records how it settles, error shape included, in `__outcome`. */
  async function startCall(source: string) {
    await h.page.evaluate((src) => {
      const w = window as unknown as { __outcome: Outcome };
      w.__outcome = { state: 'pending' };
      void (async () => {
        try {
          w.__outcome = { state: 'ok', value: await (0, eval)(src) };
        } catch (e) {
          const error = e as { code?: unknown; message?: unknown; data?: unknown };
          w.__outcome = {
            state: 'error',
            code: error?.code,
            message: String(error?.message),
            isError: e instanceof Error,
            plain: typeof e === 'object' && e !== null && Object.getPrototypeOf(e) === Object.prototype,
            data: JSON.parse(JSON.stringify(error?.data ?? null)),
          };
        }
      })();
    }, source);
  }
  const outcome = () => h.page.evaluate(() => (window as unknown as { __outcome: Outcome }).__outcome);
  const settled = async (timeout = 10_000) => {
    await waitFor(async () => (await outcome()).state !== 'pending', timeout, 'an answer');
    return outcome();
  };
  /** Deposits (to ether.fi's pool) the wallet accepted. */
  const depositsAccepted = () =>
    h.page.evaluate(() => {
      const w = window as unknown as Win;
      const pool = (w.__fixtures.deposit as { to: string }).to.toLowerCase().slice(2);
      return w.__wallets.signing().filter((e) => !e.error && JSON.stringify((e as { params?: unknown }).params ?? null).toLowerCase().includes(pool)).length;
    });
  /** Counts warnings that appeared on the page (`__warnings`). */
  const countWarnings = () =>
    h.page.evaluate(() => {
      const w = window as unknown as { __warnings: number };
      w.__warnings = 0;
      let shown = false;
      new MutationObserver(() => {
        const now = !!document.querySelector('lrt-advisor-warning');
        if (now && !shown) w.__warnings++;
        shown = now;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
  const warningsSeen = () => h.page.evaluate(() => (window as unknown as { __warnings: number }).__warnings);
  /** The warning is up, the wallet has no deposit, the call waits; then the person cancels and the page gets a 4001. */
  async function heldThenCancelled(): Promise<Outcome> {
    await h.page.waitForWarning();
    expect(await depositsAccepted()).toBe(0);
    expect((await outcome()).state).toBe('pending');
    await h.page.clickWarningButton('Cancel');
    const answer = await settled();
    expect(answer).toMatchObject({ state: 'error', code: 4001 });
    expect(await depositsAccepted()).toBe(0);
    await waitFor(async () => (await warningHosts()) === 0, 5000, 'the warning to close');
    return answer;
  }
  const DEPOSIT = `({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`;

  describe('what the page sees of the wrappers', () => {
    it.each([
      ['standin', 'request', { ctor: 'AsyncFunction', name: 'request', length: 1 }],
      ['standin', 'send', { ctor: 'Function', name: 'send', length: 2 }],
      ['standin', 'sendAsync', { ctor: 'Function', name: 'sendAsync', length: 2 }],
      ['metamask', 'request', { ctor: 'AsyncFunction', name: 'bound request', length: 1 }],
      ['metamask', 'send', { ctor: 'Function', name: 'send', length: 2 }],
      ['metamask', '_rpcRequest', { ctor: 'Function', name: 'bound _rpcRequest', length: 2 }],
      ['frame', 'request', { ctor: 'AsyncFunction', name: 'request', length: 1 }],
      ['frame', 'send', { ctor: 'AsyncFunction', name: 'send', length: 2 }],
      ['frame', 'sendAsync', { ctor: 'AsyncFunction', name: 'sendAsync', length: 2 }],
    ] as const)('%s %s keeps the wallet’s shape (web3.js v4 reads constructor.name), name, length and source text', async (kind, method, shape) => {
      await openWallet(kind);
      const seen = await h.page.evaluate(
        ({ kind, method }) => {
          const w = window as unknown as { ethereum: Record<string, Function>; __wallets: Win['__wallets']; __makeWallet(k: string): Record<string, Function> };
          const fn = w.ethereum[method]!;
          // The same wallet code, never handed to the page's window (the stand-in's and MetaMask's bound functions), or the class's own source.
          const twin = kind === 'standin' ? (w.__wallets.spawn('twin').provider as Record<string, Function>) : w.__makeWallet(kind);
          const source = fn.toString();
          return {
            ctor: fn.constructor.name,
            name: fn.name,
            length: fn.length,
            sameSource: kind === 'frame' ? source.startsWith(`async ${method}(`) : source === Function.prototype.toString.call(twin[method]),
          };
        },
        { kind, method },
      );
      expect(seen).toEqual({ ...shape, sameSource: true });
    });

    it('passes results and errors through untouched (same value, same error object shape)', async () => {
      await openWallet('metamask');
      await startCall(`window.ethereum.request({ method: 'eth_call', params: [{ to: '0x0000000000000000000000000000000000000bad', data: '0x' }, 'latest'] })`);
      expect(await settled()).toMatchObject({ state: 'error', code: 3, plain: true, isError: false });
      await startCall(`window.ethereum.request({ method: 'eth_chainId' })`);
      expect(await settled()).toEqual({ state: 'ok', value: '0x1' });
    });
  });

  describe('Cancel reads as the wallet’s own rejection', () => {
    const cases: [string, 'metamask' | 'frame' | 'custom' | 'standin', string, { plain: boolean; message: string }][] = [
      ['MetaMask, request, a transaction', 'metamask', `window.ethereum.request(${DEPOSIT})`, { plain: true, message: 'MetaMask Tx Signature: User denied transaction signature.' }],
      ['MetaMask, send(method, params)', 'metamask', `window.ethereum.send('eth_sendTransaction', [window.__fixtures.deposit])`, { plain: true, message: 'MetaMask Tx Signature: User denied transaction signature.' }],
      [
        'MetaMask, sendAsync (first argument of the callback)',
        'metamask',
        `new Promise((resolve, reject) => window.ethereum.sendAsync({ id: 7, jsonrpc: '2.0', method: 'eth_sendTransaction', params: [window.__fixtures.deposit] }, (e, r) => (e ? reject(e) : resolve(r))))`,
        { plain: true, message: 'MetaMask Tx Signature: User denied transaction signature.' },
      ],
      ['MetaMask, a permit (eth_signTypedData_v4)', 'metamask', `window.ethereum.request({ method: 'eth_signTypedData_v4', params: [window.__fixtures.account, JSON.stringify(window.__fixtures.permit)] })`, { plain: true, message: 'User rejected the request.' }],
      ['Frame, request', 'frame', `window.ethereum.request(${DEPOSIT})`, { plain: true, message: 'User rejected the request.' }],
      ['a wallet with no flags (EIP-1193 shape)', 'standin', `window.ethereum.request(${DEPOSIT})`, { plain: false, message: 'User rejected the request.' }],
    ];
    for (const [name, kind, call, expected] of cases)
      it(name, async () => {
        await openWallet(kind);
        await startCall(call);
        const answer = await heldThenCancelled();
        expect(answer).toMatchObject({ ...expected, isError: !expected.plain, data: { source: 'LRT Advisor', reason: 'cancelled in LRT Advisor' } });
        // ethers v5 maps a rejection to ACTION_REJECTED only on /user denied/i, as it does for the wallet's own.
        if (name.includes('transaction')) expect((answer as { message: string }).message).toMatch(/user denied/i);
      });

    it('learns the shape of a 4001 the same wallet returned earlier, and answers a later Cancel in it', async () => {
      await openWallet('custom');
      // A transfer the wallet itself rejects: it passes through the hold (no restaking), and the wallet answers 4001.
      await startCall(`window.ethereum.request({ method: 'eth_sendTransaction', params: [{ ...window.__fixtures.transfer, to: '0x4001400140014001400140014001400140014001' }] })`);
      expect(await settled()).toMatchObject({ state: 'error', code: 4001, plain: true, message: 'Request declined by the user (Custom Wallet)' });
      await startCall(`window.ethereum.request(${DEPOSIT})`);
      expect(await heldThenCancelled()).toMatchObject({ plain: true, message: 'Request declined by the user (Custom Wallet)', data: { source: 'LRT Advisor' } });
    });
  });

  describe('an approval is one-shot and bound to what the person saw', () => {
    /** Replaces Array.isArray, which the wallet calls on the request it is given, to act from inside the wallet's own call. */
    const HOOK_IS_ARRAY = (act: string) => `(() => {
      const isArray = Array.isArray;
      let fired = false;
      Array.isArray = function (v) {
        if (!fired && v && typeof v === 'object' && v.method === 'eth_sendTransaction' && v.params && v.params[0] && v.params[0].to === window.__fixtures.transfer.to) {
          fired = true;
          window.__captured = v;
          ${act}
        }
        return isArray(v);
      };
    })()`;
    const TRANSFER = `({ method: 'eth_sendTransaction', params: [window.__fixtures.transfer] })`;

    attack('approval', 'a built-in the wallet calls while it takes a released transfer sends a deposit from inside that call', 'no grant for the deposit’s content: held', async () => {
      await openWallet('standin');
      await h.page.evaluate((src) => (0, eval)(src), HOOK_IS_ARRAY(`window.__inner = window.ethereum.request(${DEPOSIT}); window.__inner.catch((e) => { window.__innerError = e; });`));
      await startCall(`window.ethereum.request(${TRANSFER}).then(() => window.__inner)`);
      await heldThenCancelled();
    });

    attack('approval', 'the same from inside MetaMask’s request → _rpcRequest, through _rpcRequest', 'each layer consumes its own grant; other content is held', async () => {
      await openWallet('metamask');
      await h.page.evaluate((src) => (0, eval)(src), HOOK_IS_ARRAY(`window.__inner = new Promise((resolve, reject) => window.ethereum._rpcRequest(${DEPOSIT}, (e, r) => (e ? reject(e) : resolve(r)))); window.__inner.catch(() => undefined);`));
      await startCall(`window.ethereum.request(${TRANSFER}).then(() => window.__inner)`);
      await heldThenCancelled();
    });

    attack('approval', 'the page rewrites the released request object the wallet received into a deposit and sends it again', 'approval is by content, not by object', async () => {
      await openWallet('standin');
      await h.page.evaluate((src) => (0, eval)(src), HOOK_IS_ARRAY(''));
      await startCall(`window.ethereum.request(${TRANSFER})`);
      expect(await settled()).toMatchObject({ state: 'ok' });
      await startCall(`(() => { const r = window.__captured; r.params[0] = window.__fixtures.deposit; return window.ethereum.request(r); })()`);
      await heldThenCancelled();
    });

    attack('approval', 'a deposit the person let through, replayed identical a moment later', 'a grant is used once and ends with its task: the replay is held again', async () => {
      await openWallet('standin');
      await countWarnings();
      await startCall(`window.ethereum.request(${DEPOSIT})`);
      await h.page.waitForWarning();
      await h.page.clickWarningButton('Continue to wallet');
      expect(await settled()).toMatchObject({ state: 'ok' });
      expect(await depositsAccepted()).toBe(1);
      await waitFor(async () => (await warningHosts()) === 0, 5000, 'the warning to close');
      await startCall(`window.ethereum.request(${DEPOSIT})`);
      await h.page.waitForWarning();
      expect(await depositsAccepted()).toBe(1);
      await h.page.clickWarningButton('Cancel');
      expect(await settled()).toMatchObject({ state: 'error', code: 4001 });
      expect(await depositsAccepted()).toBe(1);
      expect(await warningsSeen()).toBe(2);
    });

    for (const [wallet, call] of [
      ['frame', `new Promise((resolve, reject) => window.ethereum.send({ id: 1, jsonrpc: '2.0', method: 'eth_sendTransaction', params: [window.__fixtures.deposit] }, (e, r) => (e ? reject(e) : resolve(r))))`],
      ['metamask', `window.ethereum.send('eth_sendTransaction', [window.__fixtures.deposit])`],
      ['metamask', `window.ethereum._metamask.requestBatch([${DEPOSIT}])`],
    ] as const)
      attack('approval', `a wallet whose entry points call each other (${wallet}: ${call.slice(0, 48)}…): one Continue, one deposit`, 'the inner call consumes the grant of the same content; nothing is asked twice', async () => {
        await openWallet(wallet);
        await countWarnings();
        await startCall(call);
        await h.page.waitForWarning();
        await h.page.clickWarningButton('Continue to wallet');
        expect(await settled()).toMatchObject({ state: 'ok' });
        expect(await depositsAccepted()).toBe(1);
        expect(await warningsSeen()).toBe(1);
      });
  });

  describe('fail-closed: a held method the hook cannot judge never reaches the wallet silently', () => {
    const UNCOPYABLE = `(() => { const r = { method: 'eth_sendTransaction', params: [{ ...window.__fixtures.deposit, hook() {} }] }; r.params[0].self = r; return r; })()`;
    for (const [via, call] of [
      ['request', `window.ethereum.request(${UNCOPYABLE})`],
      ['sendAsync', `new Promise((resolve, reject) => window.ethereum.sendAsync(${UNCOPYABLE}, (e, r) => (e ? reject(e) : resolve(r))))`],
      ['send(method, params)', `(() => { const r = ${UNCOPYABLE}; return window.ethereum.send('eth_sendTransaction', r.params); })()`],
    ] as const)
      attack('fail-closed', `a deposit that cannot be copied (a function and a cycle), through ${via}`, 'rejected at once with a clear error (-32603, “could not check”), nothing sent', async () => {
        await openWallet('standin');
        await startCall(call);
        expect(await settled()).toMatchObject({ state: 'error', code: -32603, message: expect.stringContaining('could not check this request') });
        expect(await depositsAccepted()).toBe(0);
      });

    for (const [name, block] of [
      ['the page blocks its main thread for 2.5 s right after the request', `const t = performance.now(); while (performance.now() - t < 2500);`],
      [
        'the page keeps its main thread busy in 1.6 s slices for 6 s',
        `const end = performance.now() + 6000; const slice = () => { const t = performance.now(); while (performance.now() - t < 1600); if (performance.now() < end) setTimeout(slice, 0); }; slice();`,
      ],
    ] as const)
      attack('fail-closed', name, 'a timer never releases: the request is held and shown, or rejected with a clear error', async () => {
        await openWallet('standin');
        await startCall(`(() => { const p = window.ethereum.request(${DEPOSIT}); ${block} return p; })()`);
        await waitFor(async () => (await h.page.warningVisible()) || (await outcome()).state !== 'pending', 20_000, 'a warning or an answer');
        if ((await outcome()).state === 'pending') await heldThenCancelled();
        else expect(await outcome()).toMatchObject({ state: 'error', code: -32603 });
        expect(await depositsAccepted()).toBe(0);
      });
  });

  describe('detection reads what the wallet reads', () => {
    const cases: [string, string, string][] = [
      ['`to` written 0X…', `({ method: 'eth_sendTransaction', params: [{ ...window.__fixtures.deposit, to: window.__fixtures.deposit.to.replace('0x', '0X') }] })`, 'ether.fi'],
      ['`to` without 0x', `({ method: 'eth_sendTransaction', params: [{ ...window.__fixtures.deposit, to: window.__fixtures.deposit.to.slice(2) }] })`, 'ether.fi'],
      ['a decimal-string value the wallet reads as hex (1 ETH written, 4,722 ETH sent)', `({ method: 'eth_sendTransaction', params: [{ ...window.__fixtures.deposit, value: '1000000000000000000' }] })`, '4,722 ETH'],
      ['the deposit signed with eth_signTransaction', `({ method: 'eth_signTransaction', params: [window.__fixtures.deposit] })`, 'ether.fi'],
      ['eth_signTypedData (v1) naming the pool', `({ method: 'eth_signTypedData', params: [[{ type: 'address', name: 'to', value: window.__fixtures.deposit.to }, { type: 'uint256', name: 'amount', value: '1' }], window.__fixtures.account] })`, "Couldn't check"],
    ];
    for (const [name, request, text] of cases)
      attack('detection', name, 'read as the wallet reads it: held and shown', async () => {
        await openWallet('standin');
        await startCall(`window.ethereum.request(${request})`);
        await h.page.waitForWarning();
        expect(await h.page.warningText()).toContain(text);
        await heldThenCancelled();
      });
  });

  describe('leaks', () => {
    attack('leaks', '`"ethereum" in window` on a page with no wallet', 'the hook defines nothing on window until a wallet does', async () => {
      await open('expose=eip6963');
      expect(await h.page.evaluate(() => ['ethereum' in window, Object.getOwnPropertyDescriptor(window, 'ethereum') === undefined])).toEqual([false, true]);
    });
    attack('leaks', 'the page reads its resource timing around its first hold', 'no entry names an extension URL: the hold machinery the bridge imports and the framed warning page stay unseen', async () => {
      await open();
      await h.page.evaluate(() => {
        const w = window as unknown as { __seenResources: string[] };
        w.__seenResources = [];
        new PerformanceObserver((list) => void w.__seenResources.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });
      });
      await startDeposit();
      await expectHeldAndShown();
      const names = await h.page.evaluate(() => [...performance.getEntriesByType('resource').map((e) => e.name), ...(window as unknown as { __seenResources: string[] }).__seenResources]);
      expect(names.filter((n) => /extension:/i.test(n))).toEqual([]);
      await personCancels();
    });
    attack('leaks', 'a wallet assigned to window.ethereum 1 s after load, with no event', 'still caught: the hook checks again until the page has settled', async () => {
      await open('expose=eip6963');
      await h.page.evaluate((src) => {
        (0, eval)(src);
        setTimeout(() => ((window as unknown as { ethereum: unknown }).ethereum = (window as unknown as { __makeWallet(k: string): unknown }).__makeWallet('metamask')), 1000);
      }, SHAPED_WALLETS);
      await sleep(1800);
      await startCall(`window.ethereum.request(${DEPOSIT})`);
      await heldThenCancelled();
    });
  });

  describe('ways into the wallet around the wrappers', () => {
    const cases: [string, 'metamask' | 'frame' | 'standin', string, string][] = [
      ['MetaMask’s _metamask.requestBatch', 'metamask', `window.ethereum._metamask.requestBatch([${DEPOSIT}])`, ''],
      ['request with an array (a batch a lenient wallet might take)', 'standin', `window.ethereum.request([${DEPOSIT}])`, ''],
      ['MetaMask’s _rpcRequest', 'metamask', `new Promise((resolve, reject) => window.ethereum._rpcRequest(${DEPOSIT}, (e, r) => (e ? reject(e) : resolve(r))))`, ''],
      ['MetaMask’s original request on its prototype', 'metamask', `Object.getPrototypeOf(Object.getPrototypeOf(window.ethereum)).request.call(window.ethereum, ${DEPOSIT})`, ''],
      ['Frame’s original request on its class prototype, with .call', 'frame', `Object.getPrototypeOf(window.ethereum).request.call(window.ethereum, ${DEPOSIT})`, ''],
      ['Frame’s original send on its class prototype, on a fresh object', 'frame', `Object.getPrototypeOf(window.ethereum).send.call(Object.assign(Object.create(Object.getPrototypeOf(window.ethereum)), window.ethereum), 'eth_sendTransaction', [window.__fixtures.deposit])`, ''],
      ['the frozen wallet’s stand-in: its prototype’s request', 'standin', `(() => { const fn = Object.getPrototypeOf(window.ethereum).request; if (typeof fn !== 'function') throw { code: 'unreachable' }; return fn.call(window.ethereum, ${DEPOSIT}); })()`, 'walletFreeze=assign'],
    ];
    for (const [name, wallet, call, query] of cases)
      attack('ways in', name, 'wrapped where the wallet defined it (own, prototype, _rpcRequest): held', async () => {
        await openWallet(wallet, query);
        await startCall(call);
        await waitFor(async () => (await h.page.warningVisible()) || (await outcome()).state !== 'pending', 10_000, 'a warning or an answer');
        if ((await outcome()).state === 'error' && (await outcome() as { code: unknown }).code === 'unreachable') return { verdict: 'held', how: 'not reachable: the stand-in’s prototype is not the raw provider' };
        await heldThenCancelled();
      });
  });


  describe('other realms: a frame or popup its opener prepared before document_start', () => {
    /**
     * The parent reaches the new frame's window while it is still the initial about:blank and changes it; the
     * same-origin document that replaces it keeps that window. `prepare` runs with `cw` the child window.
     */
    const PREPARE: Record<string, string> = {
      'swallows the bridge handshake (dispatchEvent answers “taken” without delivering it)': `const d = cw.EventTarget.prototype.dispatchEvent; cw.EventTarget.prototype.dispatchEvent = function (e) { if (String(e.type).startsWith('lrt-advisor')) return false; return d.call(this, e); };`,
      'swallows the bridge handshake (the event never reaches the extension)': `const d = cw.EventTarget.prototype.dispatchEvent; cw.EventTarget.prototype.dispatchEvent = function (e) { if (String(e.type).startsWith('lrt-advisor')) return true; return d.call(this, e); };`,
      'replaces MessagePort.prototype.postMessage to turn each hold into an eth_call': `const p = cw.MessagePort.prototype.postMessage; cw.MessagePort.prototype.postMessage = function (m, ...r) { if (m && m.k === 'hold') m = { ...m, requests: m.requests.map(() => ({ method: 'eth_call', params: [] })) }; return p.call(this, m, ...r); };`,
      'replaces structuredClone and JSON.parse to show a different request than the wallet gets': `const c = cw.structuredClone; cw.structuredClone = function (v) { const out = c(v); if (out && out.method === 'eth_sendTransaction') out.params = [{ to: '0x1111111111111111111111111111111111111111' }]; return out; };`,
    };
    const never = async () => {
      // The child's request either waits for the person (held) or was refused with a clear error; never the wallet.
      await sleep(2500);
      const answer = await outcome();
      if (answer.state !== 'pending') expect(answer).toMatchObject({ state: 'error', code: -32603, message: expect.stringContaining('could not check') });
      expect(await depositsAccepted()).toBe(0);
      // The child's own wallet (its realm has its own stand-in) got nothing either.
      const inChild = await h.page.evaluate(() => {
        const w = window as unknown as Win & { __popup?: Window };
        const pool = (w.__fixtures.deposit as { to: string }).to.toLowerCase().slice(2);
        const child = (w.__popup ?? document.querySelector('iframe')?.contentWindow) as unknown as Win | undefined;
        if (!child?.__wallets) return -1;
        return child.__wallets.signing().filter((e) => !e.error && JSON.stringify((e as { params?: unknown }).params ?? null).toLowerCase().includes(pool)).length;
      });
      expect(inChild).toBe(0);
      return answer.state === 'pending' ? 'held in the child' : 'refused with -32603';
    };
    for (const [name, prepare] of Object.entries(PREPARE))
      attack('other realms', `a same-origin iframe whose parent ${name}`, 'the child’s hook sees built-ins that are not the browser’s, or no bridge: it refuses held methods', async () => {
        await open();
        await h.page.evaluate(
          ({ prepare, url }) =>
            new Promise<void>((resolve) => {
              const frame = document.createElement('iframe');
              frame.src = url;
              document.body.append(frame);
              const cw = frame.contentWindow as Window & typeof globalThis;
              (0, eval)(`(cw) => { ${prepare} }`)(cw);
              frame.addEventListener('load', () => resolve(), { once: true });
            }),
          { prepare, url: blank() },
        );
        await startCall(`document.querySelector('iframe').contentWindow.ethereum.request({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`);
        return { verdict: 'held', how: await never() };
      });

    attack('other realms', 'a window.open popup its opener prepared (MessagePort.prototype.postMessage replaced)', 'the popup’s hook refuses held methods', async () => {
      await open();
      const opened = await h.page.evaluate(
        ({ prepare, url }) =>
          new Promise<boolean>((resolve) => {
            const popup = window.open(url, '_blank', 'popup');
            if (!popup) return resolve(false);
            (window as unknown as { __popup: Window }).__popup = popup;
            (0, eval)(`(cw) => { ${prepare} }`)(popup);
            const wait = () => ((popup as unknown as { ethereum?: unknown }).ethereum ? resolve(true) : setTimeout(wait, 50));
            wait();
          }),
        { prepare: PREPARE['replaces MessagePort.prototype.postMessage to turn each hold into an eth_call']!, url: blank() },
      );
      expect(opened).toBe(true);
      await startCall(`window.__popup.ethereum.request({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`);
      const how = await never();
      await h.page.evaluate(() => (window as unknown as { __popup: Window }).__popup.close());
      return { verdict: 'held', how };
    });

    attack('other realms', 'a srcdoc iframe with the wallet in it (no URL of its own)', 'about:blank and srcdoc frames get the hook and the bridge (matchAboutBlank, matchOriginAsFallback)', async () => {
      await open();
      await h.page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const frame = document.createElement('iframe');
            frame.srcdoc = '<!doctype html><script src="/fixtures.js"></script><script src="/wallet.js"></script><p>child</p>';
            frame.addEventListener('load', () => resolve(), { once: true });
            document.body.append(frame);
          }),
      );
      await startCall(`document.querySelector('iframe').contentWindow.ethereum.request({ method: 'eth_sendTransaction', params: [window.__fixtures.deposit] })`);
      const how = await never();
      // Held, not refused: the frame's hook has its bridge.
      expect(how).toBe('held in the child');
      // Shown in the top frame's dialog, although the top page never held a request itself (its dialog host is then
      // injected for the child), not in the child's own document; Cancel reaches the child.
      await h.page.waitForWarning();
      const where = await h.page.evaluate(() => ({
        top: !!document.querySelector('lrt-advisor-warning'),
        child: !!document.querySelector('iframe')?.contentDocument?.querySelector('lrt-advisor-warning'),
      }));
      expect(where).toEqual({ top: true, child: false });
      await h.page.clickWarningButton('Cancel');
      expect(await settled(5000)).toMatchObject({ state: 'error', code: 4001 });
      return { verdict: 'held', how: `${how}, shown in the top frame, cancelled` };
    });
  });

  describe('a wallet the hook cannot wrap', () => {
    attack(
      'locked wallet',
      'a wallet that freezes its provider and locks window.ethereum (non-configurable, non-writable) before the page runs',
      'not held through window.ethereum: the provider can be neither patched nor replaced. Observable: Object.isFrozen(window.ethereum) and a locked descriptor; the same wallet’s EIP-6963 provider is held',
      async () => {
        await open('walletFreeze=1');
        const locked = await h.page.evaluate(() => {
          const d = Object.getOwnPropertyDescriptor(window, 'ethereum')!;
          return { frozen: Object.isFrozen((window as unknown as { ethereum: object }).ethereum), configurable: d.configurable, writable: d.writable };
        });
        expect(locked).toEqual({ frozen: true, configurable: false, writable: false });
        await watchHosts();
        await startDeposit();
        await waitFor(async () => (await result()).state !== 'pending', 5000, 'the wallet’s answer');
        // The known limitation: straight to the wallet, no warning.
        expect(await h.page.evaluate(() => (window as unknown as { __sawWarning: boolean }).__sawWarning)).toBe(false);
        expect(await accepted()).toEqual(['eth_sendTransaction']);
        // Through EIP-6963 the page gets the hook's stand-in, and the same deposit is held.
        await h.page.evaluate(() => {
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
        await h.page.waitForWarning();
        await h.page.clickWarningButton('Cancel');
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
        const seen = await h.page.evaluate(async () => {
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
        if (h.browser.evaluateInBackground) {
          const recorded = await h.browser.evaluateInBackground(async () => {
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
