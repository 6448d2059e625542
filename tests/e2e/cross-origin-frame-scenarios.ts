/**
 * A dApp in a cross-origin iframe (chromium-cross-origin-frame.test.ts, firefox-cross-origin-frame.test.ts): the top
 * page is served as http://localhost:<port A>, the dApp with MetaMask's real in-page provider as
 * http://127.0.0.1:<port B> (another site). A deposit sent from the iframe's provider is held there, its warning is
 * shown by the top frame (where the iframe cannot hide it), Cancel rejects in the iframe with MetaMask's own 4001,
 * and Continue releases it once. Also the two covering tricks that need a frame or the person's activation: the page
 * framed at opacity 0 by another origin (clickjacking), and a fullscreen element opened over the warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { waitFor } from './demo-page';
import { attackHarness, type Win } from './attack-harness';
import { startConformanceServer, type ConformanceServer } from '../conformance/server';

const METAMASK_TX_REJECTION = 'MetaMask Tx Signature: User denied transaction signature.';

export function crossOriginFrameScenarios(launch: () => Promise<BrowserDriver>): void {
  const h = attackHarness(launch);
  let other: ConformanceServer;
  beforeAll(async () => void (other = await startConformanceServer({ entries: [] })));
  afterAll(async () => void (await other?.close()));
  const frame = () => other.url;
  const hosts = (where: 'top' | 'frame') =>
    where === 'top'
      ? h.page.evaluate(() => document.querySelectorAll('lrt-advisor-warning').length)
      : h.page.evaluateInFrame(frame(), () => document.querySelectorAll('lrt-advisor-warning').length);

  /** The top page on another site framing the dApp (MetaMask's provider in it), with the frame's style. */
  async function openFramed(style: string) {
    await h.freshPage();
    await h.page.goto(`${h.server.url.replace('127.0.0.1', 'localhost')}blank.html`);
    await h.page.evaluate(
      ({ src, css }) =>
        new Promise((resolve) => {
          const f = document.createElement('iframe');
          f.src = src;
          f.style.cssText = css;
          f.onload = resolve;
          document.body.append(f);
        }),
      { src: `${frame()}blank.html?wallet=metamask`, css: style },
    );
    await waitFor(async () => (await h.page.evaluateInFrame(frame(), () => !!(window as unknown as Win).__wallets).catch(() => false)) === true, 10_000, 'the framed dApp');
  }

  /** Held in the frame, shown in the top frame only, visible there; nothing reached the wallet. */
  async function shownOnTop(before: string[] = []) {
    await h.page.waitForWarning();
    expect(await hosts('top')).toBe(1);
    expect(await hosts('frame')).toBe(0);
    expect(await h.page.warningText()).toContain('Deposit 1.5 ETH into ether.fi');
    await waitFor(async () => (await h.personSees()) === 'visible', 3000, 'the warning to be visible in the top frame');
    expect((await h.result(frame())).state).toBe('pending');
    expect(await h.accepted(frame())).toEqual(before);
  }

  async function cancelRejectsInFrame(before: string[] = []) {
    await h.page.clickWarningButton('Cancel');
    await waitFor(async () => (await h.result(frame())).state !== 'pending', 10_000, 'the framed dApp to get an answer');
    expect(await h.result(frame())).toEqual({ state: 'error', code: 4001, message: METAMASK_TX_REJECTION });
    expect(await h.accepted(frame())).toEqual(before);
  }

  describe('a dApp in a cross-origin iframe', () => {
    it('a deposit from the iframe is held, shown in the top frame, and Cancel rejects it in the iframe with MetaMask’s own 4001', async () => {
      await openFramed('width:100%;height:400px;border:0');
      await h.startDeposit(frame());
      await shownOnTop();
      await cancelRejectsInFrame();
    });

    it('Continue releases it once; the same deposit sent again is held again', async () => {
      await openFramed('width:100%;height:400px;border:0');
      await h.startDeposit(frame());
      await shownOnTop();
      await h.page.clickWarningButton('Continue to wallet');
      await waitFor(async () => (await h.result(frame())).state !== 'pending', 10_000, 'the framed dApp to get an answer');
      expect((await h.result(frame())).state).toBe('ok');
      expect(await h.accepted(frame())).toEqual(['eth_sendTransaction']);
      await waitFor(async () => !(await h.page.warningVisible()), 5000, 'the warning to close');
      await h.startDeposit(frame());
      await shownOnTop(['eth_sendTransaction']);
      await cancelRejectsInFrame(['eth_sendTransaction']);
    });

    it('the top page freezes while the frame’s warning opens (longer than the frame waits for the top frame’s dialog): one warning, and Cancel ends it', async () => {
      await openFramed('width:100%;height:400px;border:0');
      await h.startDeposit(frame());
      // Where the frame has a process of its own (Chromium), it stops waiting after 4.5 s and shows the warning itself;
      // the top frame's dialog, late, must not be a second one.
      await h.page.evaluate(() => void setTimeout(() => {
        const end = Date.now() + 6000;
        while (Date.now() < end);
      }, 0));
      await h.page.waitForWarning(15_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect((await hosts('top')) + (await hosts('frame'))).toBe(1);
      expect(await h.page.warningText()).toContain('Deposit 1.5 ETH into ether.fi');
      expect((await h.result(frame())).state).toBe('pending');
      await cancelRejectsInFrame();
      await waitFor(async () => (await hosts('frame')) + (await hosts('top')) === 0, 5000, 'no warning left');
    });

    it('clickjacking: another site frames the dApp at opacity 0 over its own text; the warning is the top frame’s, readable', async () => {
      await openFramed('position:fixed;inset:0;width:100vw;height:100vh;border:0;opacity:0;z-index:10');
      await h.page.evaluate(() => {
        const bait = document.createElement('p');
        bait.textContent = 'Claim your free ETH: click anywhere';
        bait.style.cssText = 'position:fixed;inset:0;font-size:40px';
        document.body.append(bait);
      });
      // The person clicks what they see; the click lands in the invisible dApp, which sends the deposit.
      await h.page.mouseClick!(30, 30);
      await h.startDeposit(frame());
      await shownOnTop();
      await cancelRejectsInFrame();
    });
  });

  describe('fullscreen', () => {
    it('a page element made fullscreen over the warning (with the activation of the person’s click)', async () => {
      await h.freshPage();
      await h.open();
      // The person's click on the page gives it the activation requestFullscreen needs.
      await h.page.clickTestId('page-button');
      await h.startDeposit();
      await h.page.waitForWarning();
      const entered = await h.page.evaluate(async () => {
        const fake = document.createElement('div');
        fake.textContent = 'Verified safe. Cancel';
        fake.style.cssText = 'background:white;font-size:40px';
        document.body.append(fake);
        try {
          await fake.requestFullscreen();
          return document.fullscreenElement === fake;
        } catch (error) {
          return String(error);
        }
      });
      expect(entered).toBe(true);
      await waitFor(async () => (await h.personSees()) === 'visible', 3000, 'the warning to be above the fullscreen element').catch(async () => {
        throw new Error(`the person cannot see the warning: ${await h.personSees()}`);
      });
      expect((await h.result()).state).toBe('pending');
      await h.personCancels();
    });
  });
}
