/**
 * Attacks on the warning's decision surface (issue 13): a page that knows the extension tries to make the warning
 * unreadable, reach into it, cover it, or feed it input, while a restaking deposit waits. Run in every browser
 * (chromium-surface-attacks.test.ts, firefox-surface-attacks.test.ts). After each attack either the person still
 * sees the real warning, readable (checked on the screenshot's pixels, not only in the DOM), with nothing of the page
 * over its buttons, and their click where Cancel is drawn cancels (4001, the wallet saw nothing); or the extension
 * gave up on the page and rejected the request (4001). In no case does the request reach the wallet.
 */
import { describe, expect } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserDriver } from './driver';
import { waitFor } from './demo-page';
import { attackHarness, sleep, type AttackHarness } from './attack-harness';
import { contrastIn, readPng } from './png';
import { SURFACE_ATTACKS, type SurfaceAttack } from './surface-attacks';

type Rect = { x: number; y: number; width: number; height: number };
interface Inside {
  why: string | null;
  title: Rect;
  cancel: Rect;
  go: Rect;
  width: number;
  height: number;
}

export interface SurfaceAttackOptions {
  /** The attacks to try, by category (all of SURFACE_ATTACKS by default). */
  attacks?: Record<string, SurfaceAttack[]>;
  /** How long the warning may take to appear (the plain fallback waits for the worker first). */
  appearMs?: number;
  /**
   * Run the surface attacks side by side, each on a page of its own (they spend most of their time waiting: for the
   * warning, for an attack to take effect).
   */
  concurrent?: boolean;
  /** Each attack run side by side in a browser of its own (attackHarness). */
  ownBrowsers?: boolean;
  /** More tests on the same browser and harness. */
  more?: (h: AttackHarness) => void;
}

export function surfaceAttackScenarios(launch: () => Promise<BrowserDriver>, options: SurfaceAttackOptions = {}): void {
  const h = attackHarness(launch, { ownBrowsers: options.ownBrowsers });
  let shot = 0;

  /** What the warning's own frame says: the alertdialog open, its title's colour and size readable, Cancel hit-testable. */
  const inside = () =>
    h.page.inWarning((dialog): Inside | string => {
      const d = dialog as HTMLDialogElement | null;
      if (!d || !d.open) return 'no open dialog';
      if (!d.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return 'the dialog is hidden';
      const title = d.querySelector('h2');
      const buttons = [...d.querySelectorAll('button')];
      const cancel = buttons.find((b) => b.textContent === 'Cancel');
      const go = buttons.find((b) => b.textContent === 'Continue to wallet');
      if (!title || !cancel || !go) return 'the title or a button is missing';
      const style = getComputedStyle(title);
      const alpha = (c: string) => (/rgba\(.*,\s*([\d.]+)\)/.exec(c)?.[1] ?? '1') === '0' || c === 'transparent';
      let why: string | null = null;
      if (alpha(style.color) || alpha(style.getPropertyValue('-webkit-text-fill-color') || style.color)) why = `the title's colour is ${style.color}`;
      else if (parseFloat(style.fontSize) < 14) why = `the title is ${style.fontSize}`;
      cancel.scrollIntoView({ block: 'nearest' });
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      };
      const c = box(cancel);
      // The warning's own document (the framed page), or the open shadow root it is in (the in-page fallbacks).
      const hit = (d.getRootNode() as Document | ShadowRoot).elementFromPoint(c.x + c.width / 2, c.y + c.height / 2);
      if (!why && hit !== cancel) why = 'Cancel is not what a click on it hits';
      return { why, title: box(title), cancel: c, go: box(go), width: innerWidth, height: innerHeight };
    });

  /** What the top document says: at the title's and the buttons' centres a click lands on our host, no page top-layer element is above it. */
  const onTop = (points: [number, number][]) =>
    h.page.evaluate((pts) => {
      const hosts = [...document.querySelectorAll('lrt-advisor-warning')];
      const hitsHost = () => pts.every(([x, y]) => hosts.includes(document.elementFromPoint(x, y)!));
      if (!hitsHost()) return `at a button's place a click hits ${pts.map(([x, y]) => document.elementFromPoint(x, y)?.tagName).join(', ')}`;
      // A page element in the top layer that lets the pointer through could still draw other text over the buttons.
      let layer: HTMLElement[] = [];
      try {
        layer = [...document.querySelectorAll<HTMLElement>(':modal, :popover-open, :fullscreen')].filter((el) => !hosts.includes(el));
      } catch {
        layer = [...document.querySelectorAll<HTMLElement>('dialog[open]')];
      }
      const saved = layer.map((el) => el.style.getPropertyValue('pointer-events'));
      for (const el of layer) el.style.setProperty('pointer-events', 'auto', 'important');
      const still = hitsHost();
      layer.forEach((el, k) => el.style.setProperty('pointer-events', saved[k]!));
      return still ? null : 'a page element in the top layer is above the warning';
    }, points);

  async function screenshot() {
    const path = join(tmpdir(), `lrt-surface-${process.pid}-${shot++}.png`);
    await h.page.screenshot(path);
    try {
      return readPng(await readFile(path));
    } finally {
      await rm(path, { force: true });
    }
  }

  /** The person's view right now: null when readable and reachable, else why not; with where the buttons are drawn. */
  async function readable(baseline?: number[]): Promise<{ why: string | null; at?: Inside; contrast?: number[] }> {
    const at = await inside().catch((e: unknown) => `no frame to look in (${String(e).slice(0, 80)})`);
    if (typeof at === 'string') return { why: at };
    if (at.why) return { why: at.why, at };
    const top = await h.page.evaluate(() => [innerWidth, innerHeight]);
    // Scrollbars the page's own overflow adds take a little off the frame's box, nothing more.
    if (at.width < top[0]! * 0.95 || at.height < top[1]! * 0.95) return { why: `the warning is ${at.width}×${at.height} in a ${top.join('×')} viewport`, at };
    const centre = (r: Rect): [number, number] => [r.x + r.width / 2, r.y + r.height / 2];
    const covered = await onTop([centre(at.title), centre(at.cancel), centre(at.go)]);
    if (covered) return { why: covered, at };
    const pixels = await screenshot();
    const contrast = [at.title, at.cancel].map((r) => contrastIn(pixels, r));
    if (baseline && contrast.some((c, k) => c < baseline[k]! * 0.6)) return { why: `on screen the title and Cancel have contrast ${contrast.map(Math.round)}, not ${baseline.map(Math.round)}`, at, contrast };
    return { why: null, at, contrast };
  }

  /** The extension gave up on the page: rejected as the wallet would, nothing sent. */
  async function gaveUp(a: SurfaceAttack) {
    expect(await h.result()).toMatchObject({ state: 'error', code: 4001 });
    expect(await h.accepted()).toEqual([]);
    return { verdict: 'held' as const, how: `${a.how}; the page would not let go: the request was rejected (4001), the wallet saw nothing` };
  }

  async function surfaceAttempt(a: SurfaceAttack) {
    await h.freshPage();
    await h.open(a.query ?? '');
    if (a.before) await h.page.evaluate(a.before);
    await h.startDeposit();
    // A page that removes the warning as it appears may never let it be seen: then it must have been given up on.
    await waitFor(async () => (await h.page.warningVisible()) || (await h.result()).state !== 'pending', options.appearMs ?? 10_000, 'the warning or an answer');
    await sleep(700);
    if ((await h.result()).state !== 'pending') return gaveUp(a);
    const base = await readable();
    if (base.why || !base.contrast) throw new Error(`before the attack the warning is not readable: ${base.why}`);
    await h.page.evaluate(a.run);
    await sleep(a.settle ?? 500);
    // Without the person's click on Continue the request does not reach the wallet.
    expect(await h.accepted()).toEqual([]);
    let last: Awaited<ReturnType<typeof readable>> = { why: 'not looked' };
    const ok = await waitFor(
      async () => {
        if ((await h.result()).state !== 'pending') return true;
        last = await readable(base.contrast);
        return last.why === null;
      },
      8000,
      'the warning to be readable again',
    ).then(
      () => true,
      () => false,
    );
    if ((await h.result()).state !== 'pending') return gaveUp(a);
    if (!ok) throw new Error(`after the attack the person cannot read the warning: ${last.why}`);
    // The person clicks where they see Cancel: it cancels; it cannot have acted as Continue.
    const cancel = last.at!.cancel;
    await h.page.mouseClick!(cancel.x + cancel.width / 2, cancel.y + cancel.height / 2);
    await waitFor(async () => (await h.result()).state !== 'pending', 10_000, 'the dApp to get an answer');
    expect(await h.result()).toMatchObject({ state: 'error', code: 4001 });
    expect(await h.accepted()).toEqual([]);
    await waitFor(async () => !(await h.page.warningVisible()), 5000, 'the warning to close');
    return { verdict: 'held' as const, how: a.how };
  }

  options.more?.(h);
  const categories = Object.entries(options.attacks ?? SURFACE_ATTACKS);
  const alone = (a: SurfaceAttack) => !!options.concurrent && !!a.alone;
  for (const [category, attacks] of categories)
    (options.concurrent ? describe.concurrent : describe)(category, () => {
      for (const a of attacks) if (!alone(a)) h.attack(category, a.name, a.how, () => surfaceAttempt(a), { concurrent: options.concurrent });
    });
  // After the side-by-side ones, one at a time.
  const last = categories.flatMap(([category, attacks]) => attacks.filter(alone).map((a) => [category, a] as const));
  if (last.length)
    describe('one at a time', () => {
      for (const [category, a] of last) h.attack(category, a.name, a.how, () => surfaceAttempt(a));
    });
}
