/**
 * A holding frame that stopped waiting for the top frame's dialog shows the warning itself (holds.ts): the dialog,
 * shown late or shown already, must come down, or the person sees two warnings and one of them answers nothing.
 */
import { describe, expect, it } from 'vitest';
import { createSurfaceRouter, type SurfaceSender } from './surface-router';
import type { WarningReport } from '../messaging/hold-messages';
import { createMemoryStorage } from '../../tests/support/memory-storage';

const report: WarningReport = { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'caution', freshness: null };
const token = 'cd'.repeat(16);
const owner: SurfaceSender = { tabId: 7, frameId: 3, surfacePage: false };
const page: SurfaceSender = { tabId: 7, frameId: 9, surfacePage: true };

/**
 * A top frame that keeps the dialogs it was told to show, answering `surface-show` after `showDelayMs`; with
 * `checkFails`, its answer to `surface-check` never arrives (the message fails).
 */
function setup(showDelayMs = 0, checkFails = false) {
  const open = new Set<string>();
  const sent: string[] = [];
  let route!: ReturnType<typeof createSurfaceRouter>;
  route = createSurfaceRouter({
    readyTimeoutMs: 300,
    session: createMemoryStorage(),
    sendToFrame: async (_tab, frameId, message) => {
      const m = message as { type: string; token: string };
      sent.push(`${m.type}@${frameId}`);
      if (m.type === 'surface-show') {
        await new Promise((r) => setTimeout(r, showDelayMs));
        open.add(m.token);
        setTimeout(() => void route({ type: 'surface-report', token: m.token }, page), 5);
      }
      if (m.type === 'surface-check' && checkFails) throw new Error('The message port closed before a response was received.');
      if (m.type === 'surface-close') open.delete(m.token);
      return { ok: true };
    },
  });
  return { route, open, sent };
}

describe('the dialog comes down', () => {
  it('after a Cancel counted without the top frame’s answer to the check (which closes it otherwise)', async () => {
    const { route, open, sent } = setup(0, true);
    await route({ type: 'surface-open', token, report }, owner);
    expect(await route({ type: 'surface-choice', token, decision: 'cancel', seen: null }, page)).toEqual({ counted: true });
    expect(sent).toContain('surface-decided@3');
    expect([...open]).toEqual([]);
  });
});

describe('surface-withdraw', () => {
  it('takes down a dialog already shown, and its page no longer gets the report nor a choice counted', async () => {
    const { route, open, sent } = setup();
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect([...open]).toEqual([token]);
    expect(await route({ type: 'surface-withdraw', token }, owner)).toEqual({ ok: true });
    expect([...open]).toEqual([]);
    expect(await route({ type: 'surface-report', token }, page)).toEqual({ ok: false, error: 'no such warning' });
    expect(await route({ type: 'surface-choice', token, decision: 'cancel', seen: null }, page)).toMatchObject({ counted: false });
    expect(sent.filter((s) => s.startsWith('surface-decided'))).toEqual([]);
  });

  it('a dialog still on its way when the holding frame gives up is taken down as soon as it is up', async () => {
    const { route, open, sent } = setup(100);
    const opening = route({ type: 'surface-open', token, report }, owner);
    await new Promise((r) => setTimeout(r, 20));
    expect(await route({ type: 'surface-withdraw', token }, owner)).toEqual({ ok: true });
    expect(await opening).toMatchObject({ ok: false });
    expect([...open]).toEqual([]);
    expect(sent.at(-1)).toBe('surface-close@0');
  });

  it('the same when the worker opened it on its own assessment', async () => {
    const { route, open } = setup(100);
    route.openAssessed(token, owner)(report);
    await new Promise((r) => setTimeout(r, 20));
    expect(await route({ type: 'surface-withdraw', token }, owner)).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 150));
    expect([...open]).toEqual([]);
    // The holding frame's own surface-open for it, late, is told it is not shown.
    expect(await route({ type: 'surface-open', token, report }, owner)).toMatchObject({ ok: false });
  });

  it('only the holding frame can withdraw a dialog that is up', async () => {
    const { route, open } = setup();
    await route({ type: 'surface-open', token, report }, owner);
    expect(await route({ type: 'surface-withdraw', token }, page)).toEqual({ ok: false });
    expect(await route({ type: 'surface-withdraw', token }, { ...owner, frameId: 4 })).toEqual({ ok: false });
    expect(await route({ type: 'surface-withdraw', token }, { ...owner, tabId: 8 })).toEqual({ ok: false });
    expect([...open]).toEqual([token]);
  });
});
