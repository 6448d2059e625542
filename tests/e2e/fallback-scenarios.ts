/**
 * The plain fallback warning (lib/warning/fallback-dialog.ts), shown exactly when the worker is gone, under the same
 * tamper guard as the in-page React warning (lib/warning/tamper-guard.ts): run against the built extension with its
 * worker taken out (without-worker.ts), in every browser (chromium-fallback.test.ts, firefox-fallback.test.ts). The
 * request is held and shown ("Not checked", with the reason); Continue counts only after its delay and only from the
 * person; Cancel is the wallet's own 4001; and the surface attacks that apply to a warning in the page's own DOM (page
 * CSS, covering, synthetic input) are held as they are against the framed warning.
 */
import { expect } from 'vitest';
import type { BrowserDriver } from './driver';
import type { AttackHarness } from './attack-harness';
import { sleep } from './attack-harness';
import { waitFor } from './demo-page';
import { SURFACE_ATTACKS, type SurfaceAttack } from './surface-attacks';
import { surfaceAttackScenarios } from './surface-attack-scenarios';

/**
 * The worker's messages find nobody: the analysis gives up after its retry window (~4 s), then the fallback is shown at
 * once. Three browsers side by side on two busy cores took over 10 s once (Firefox, page CSS case): the limit says
 * "shown", not how fast (that is `npm run bench`'s).
 */
const APPEAR_MS = 15_000;

const PINNED = 'the host is pinned inline (!important), the dialog starts from all: initial in its shadow root, and the watchdog undoes what <html> does';
const COVER = 'the watchdog sees the page’s top-layer element (in its document or a closed shadow root) and shows the warning again above it; a page that keeps at it is given up on';

/** The surface attacks that apply to a warning in the page's own DOM, with how the fallback holds each. */
const picks: [string, string, string][] = [
  ['surface: page CSS', 'inherited -webkit-text-fill-color: transparent and color: transparent on html, body and the host', PINNED],
  ['surface: page CSS', 'html { font-size: 2px } and body { font-size: 1px; line-height: 0 }', 'the fallback’s sizes are in px, and all: initial on its dialog stops what the host inherits'],
  ['surface: page CSS', 'html { filter: opacity(0.05) blur(20px) }', PINNED],
  ['surface: page CSS', 'html { display: none }', PINNED],
  ['surface: page CSS', '* { all: unset }', PINNED],
  ['surface: page CSS', 'html { visibility: hidden; pointer-events: none } and the host with pointer-events: none', PINNED],
  ['surface: page CSS', 'a fake “Cancel” drawn by the host’s own ::before / ::after over the page', 'pseudo-elements of the host are not in the top layer: the dialog is above them'],
  ['surface: covering', 'a page popover shown again every frame after the warning is raised', COVER],
  ['surface: covering', 'a popover inside the page’s own closed shadow root', COVER],
  ['surface: covering', 'the page’s own dialog.showModal() after the warning’s, then again on every close', COVER],
  ['surface: covering', 'a full-page fixed overlay with pointer-events: none and a fake “Cancel” where Continue is', 'the warning is in the top layer, above any page element'],
  ['surface: synthetic input', 'clicks, pointer events and keys dispatched at the host and posted to every frame', 'only trusted input decides; no message is listened to'],
];

const FALLBACK_ATTACKS: Record<string, SurfaceAttack[]> = {};
for (const [category, name, how] of picks) {
  const attack = SURFACE_ATTACKS[category]?.find((a) => a.name === name);
  if (!attack) throw new Error(`no surface attack "${name}" in ${category}`);
  (FALLBACK_ATTACKS[`fallback, ${category.replace('surface: ', '')}`] ??= []).push({ ...attack, how });
}

/** In the page: when the fallback's Continue was first seen, whether it was disabled then, and when it was armed. */
type Watch = { shown: number | null; disabledAtFirst: boolean | null; armed: number | null };

function fallbackTests(h: AttackHarness, concurrent: boolean): void {
  /** Side by side, each on a page of its own: most of each is the wait for the worker's retry window. */
  const side = { concurrent };
  /** A fresh page, a watch on the fallback's Continue (the page can see into its open root), the deposit sent. */
  async function shown() {
    await h.freshPage();
    await h.open();
    await h.page.evaluate(() => {
      const w = window as unknown as { __fb: Watch };
      w.__fb = { shown: null, disabledAtFirst: null, armed: null };
      const timer = setInterval(() => {
        const root = document.querySelector('lrt-advisor-warning')?.shadowRoot;
        const go = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Continue to wallet');
        if (!go) return;
        if (w.__fb.shown === null) w.__fb = { ...w.__fb, shown: performance.now(), disabledAtFirst: go.disabled };
        if (!go.disabled) {
          w.__fb.armed = performance.now();
          clearInterval(timer);
        }
      }, 5);
    });
    await h.startDeposit();
    await h.page.waitForWarning(APPEAR_MS);
    const text = (await h.page.warningText()) ?? '';
    expect(text).toContain('Not checked');
    expect(text).toContain('the background worker did not answer');
    expect(await h.accepted()).toEqual([]);
    expect((await h.result()).state).toBe('pending');
  }
  const watch = () => h.page.evaluate(() => (window as unknown as { __fb: Watch }).__fb);
  const armed = () => waitFor(async () => (await watch()).armed !== null, 5000, 'Continue to be armed');

  // These two never side by side: the key goes to the focused page, and the arming delay is measured by the page's own
  // 5 ms poll, which a busy machine would make late.
  h.attack('fallback', 'focus moved to Continue by the page, then the person presses Enter', 'focus the person did not put on Continue goes back to Cancel: the Enter cancels', async () => {
    await shown();
    await armed();
    await h.page.evaluate(() => {
      const root = document.querySelector('lrt-advisor-warning')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Continue to wallet')!.focus();
    });
    expect(await h.page.focusedInWarning()).toBe('Cancel');
    await h.page.press('Enter');
    await waitFor(async () => (await h.result()).state !== 'pending', 10_000, 'the dApp to get an answer');
    expect(await h.result()).toMatchObject({ state: 'error', code: 4001 });
    expect(await h.accepted()).toEqual([]);
  });

  h.attack('fallback', 'without the worker: shown, Continue disabled at first and armed after its delay, then the request goes once', 'Continue is armed 600 ms after the warning is shown (tamper-guard.ts)', async () => {
    await shown();
    await armed();
    const w = await watch();
    expect(w.disabledAtFirst).toBe(true);
    // 600 ms from the guard's start; the page's 5 ms poll may see the warning a little late.
    expect(w.armed! - w.shown!).toBeGreaterThan(400);
    await h.page.clickWarningButton('Continue to wallet');
    await waitFor(async () => (await h.result()).state !== 'pending', 10_000, 'the dApp to get an answer');
    expect((await h.result()).state).toBe('ok');
    expect(await h.accepted()).toEqual(['eth_sendTransaction']);
  });

  h.attack('fallback', 'without the worker: Cancel', 'the wallet’s own rejection (4001); the wallet saw nothing', async () => {
    await shown();
    await h.personCancels();
  }, side);

  h.attack('fallback', 'clicks and keys made by the page on the buttons inside its open shadow root', 'only trusted input decides', async () => {
    await shown();
    await armed();
    await h.page.evaluate(() => {
      const root = document.querySelector('lrt-advisor-warning')!.shadowRoot!;
      for (let k = 0; k < 10; k++)
        for (const b of root.querySelectorAll('button')) {
          b.click();
          b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
      root.querySelector('dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await sleep(500);
    expect((await h.result()).state).toBe('pending');
    expect(await h.accepted()).toEqual([]);
    await h.personCancels();
  }, side);
}

/**
 * `concurrent`: the cases run side by side, each on a page of its own (each waits out the worker's retry window,
 * ~3.5 s, before its warning is shown); `ownBrowsers`: each in a browser of its own (Firefox).
 */
export function fallbackScenarios(launch: () => Promise<BrowserDriver>, { concurrent = false, ownBrowsers = false } = {}): void {
  surfaceAttackScenarios(launch, { attacks: FALLBACK_ATTACKS, appearMs: APPEAR_MS, concurrent, ownBrowsers, more: (h) => fallbackTests(h, concurrent) });
}
