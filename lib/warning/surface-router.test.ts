import { describe, expect, it } from 'vitest';
import { createSurfaceRouter, type SurfaceSender } from './surface-router';
import type { WarningReport } from '../messaging/hold-messages';
import { createMemoryStorage } from '../../tests/support/memory-storage';

const report: WarningReport = { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'caution', freshness: null };
const token = 'ab'.repeat(16);
const owner: SurfaceSender = { tabId: 7, frameId: 3, surfacePage: false };
const frame: SurfaceSender = { tabId: 7, frameId: 9, surfacePage: true };

function setup(checkReply: unknown = { counted: true }) {
  const sent: { tabId: number; frameId: number; message: { type: string } }[] = [];
  const store = createMemoryStorage();
  let route!: ReturnType<typeof createSurfaceRouter>;
  route = createSurfaceRouter({
    readyTimeoutMs: 200,
    session: store,
    sendToFrame: async (tabId, frameId, message) => {
      sent.push({ tabId, frameId, message: message as { type: string } });
      const type = (message as { type: string }).type;
      if (type === 'surface-show') {
        // The top frame frames the page, which asks for its report.
        setTimeout(() => void route({ type: 'surface-report', token }, frame), 10);
        return { ok: true };
      }
      if (type === 'surface-check') return checkReply;
      return { ok: true };
    },
  });
  return { route, sent, store };
}

describe('createSurfaceRouter', () => {
  it('refuses a report that is not a warning report, and shows nothing', async () => {
    const { route, sent, store } = setup();
    const malformed = { ...report, level: 'fine', items: [{ summary: 'x' }] } as unknown as WarningReport;
    expect(await route({ type: 'surface-open', token, report: malformed }, owner)).toEqual({ ok: false, error: 'the warning could not be read' });
    expect(sent).toEqual([]);
    expect(store.dump()).toEqual({});
  });

  it('a stored entry that does not parse is no warning (a restarted worker answers nothing from it)', async () => {
    const store = createMemoryStorage();
    await store.item(`surface:${token}`, 1).set({ tabId: 7, ownerFrameId: 3, report: { items: 'x' } });
    const route = createSurfaceRouter({ session: store, sendToFrame: async () => ({ counted: true }) });
    expect(await route({ type: 'surface-report', token }, frame)).toEqual({ ok: false, error: 'no such warning' });
  });

  it('shows a subframe’s warning in the top frame and answers the report only to the extension’s page in that tab', async () => {
    const { route, sent } = setup();
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(sent[0]).toMatchObject({ tabId: 7, frameId: 0, message: { type: 'surface-show' } });
    expect(await route({ type: 'surface-report', token }, { ...frame, surfacePage: false })).toEqual({ ok: false, error: 'no such warning' });
    expect(await route({ type: 'surface-report', token }, { ...frame, tabId: 8 })).toEqual({ ok: false, error: 'no such warning' });
    expect(await route({ type: 'surface-report', token }, frame)).toEqual({ ok: true, report });
  });

  it('a choice from anything but the extension’s page does not count', async () => {
    const { route, sent } = setup();
    await route({ type: 'surface-open', token, report }, owner);
    expect(await route({ type: 'surface-choice', token, decision: 'continue', seen: true }, { ...frame, surfacePage: false })).toMatchObject({ counted: false });
    expect(sent.some((s) => s.message.type === 'surface-decided')).toBe(false);
  });

  it('a Continue the top frame cannot confirm visible is not counted, and the holding frame hears nothing', async () => {
    const { route, sent } = setup({ counted: false, reason: 'the page put something over the warning' });
    await route({ type: 'surface-open', token, report }, owner);
    expect(await route({ type: 'surface-choice', token, decision: 'continue', seen: null }, frame)).toEqual({ counted: false, reason: 'the page put something over the warning' });
    expect(sent.some((s) => s.message.type === 'surface-decided')).toBe(false);
  });

  it('a counted choice goes to the frame that holds the request, once, and survives a worker restart', async () => {
    const first = setup();
    await first.route({ type: 'surface-open', token, report }, owner);
    // A fresh worker with the same session storage.
    const { route, sent } = setup();
    const restarted = createSurfaceRouter({
      session: first.store,
      sendToFrame: async (tabId, frameId, message) => (sent.push({ tabId, frameId, message: message as { type: string } }), { counted: true }),
    });
    expect(await restarted({ type: 'surface-choice', token, decision: 'cancel', seen: null }, frame)).toEqual({ counted: true });
    expect(sent.filter((s) => s.message.type === 'surface-decided')).toEqual([{ tabId: 7, frameId: 3, message: { type: 'surface-decided', token, decision: 'cancel' } }]);
    expect(await restarted({ type: 'surface-choice', token, decision: 'continue', seen: true }, frame)).toMatchObject({ counted: false });
    void route;
  });

  it('a top frame without the surface host gets it injected, once, and then shows the warning', async () => {
    const sent: string[] = [];
    let injected = 0;
    let route!: ReturnType<typeof createSurfaceRouter>;
    route = createSurfaceRouter({
      readyTimeoutMs: 200,
      session: createMemoryStorage(),
      prepareDisplay: async (tabId) => {
        expect(tabId).toBe(7);
        injected++;
      },
      sendToFrame: async (_t, frameId, message) => {
        const type = (message as { type: string }).type;
        sent.push(`${type}@${frameId}`);
        if (type !== 'surface-show') return { ok: true };
        // No receiver in the top frame until the worker injected one (what tabs.sendMessage then rejects with).
        if (injected === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        setTimeout(() => void route({ type: 'surface-report', token }, frame), 10);
        return { ok: true };
      },
    });
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(injected).toBe(1);
    expect(sent).toEqual(['surface-show@0', 'surface-show@0']);
  });

  it('when the top frame cannot show it even with the surface host injected, the holding frame is told so', async () => {
    let injected = 0;
    const route = createSurfaceRouter({
      readyTimeoutMs: 50,
      session: createMemoryStorage(),
      prepareDisplay: async () => void injected++,
      sendToFrame: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
    expect(injected).toBe(1);
  });

  it('when the extension’s page never asks for its report, the top frame closes it and the holding frame is told to show it itself', async () => {
    const sent: string[] = [];
    const route = createSurfaceRouter({
      readyTimeoutMs: 50,
      session: createMemoryStorage(),
      sendToFrame: async (_t, _f, message) => (sent.push((message as { type: string }).type), { ok: true }),
    });
    expect(await route({ type: 'surface-open', token, report }, owner)).toMatchObject({ ok: false });
    expect(sent).toEqual(['surface-show', 'surface-close']);
  });

  it('a standby page gets the token and report once, pushed or when it asks, and only in its own tab', async () => {
    const standby = 's' + 'cd'.repeat(16);
    const pushed: unknown[] = [];
    const store = createMemoryStorage();
    let route!: ReturnType<typeof createSurfaceRouter>;
    const deps = (pushReply: unknown) => ({
      readyTimeoutMs: 200,
      session: store,
      sendToFrame: async (_tabId: number, _frameId: number, message: unknown) => ((message as { type: string }).type === 'surface-show' ? { ok: true, standby } : { ok: true }),
      toExtensionPages: async (message: unknown) => (pushed.push(message), pushReply),
    });
    // Pushed and taken: the warning counts as loaded, and asking again gets nothing.
    route = createSurfaceRouter(deps({ ok: true }));
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(pushed).toEqual([{ type: 'surface-assign', standby, token, report, shown: true }]);
    expect(await route({ type: 'surface-standby', standby }, frame)).toEqual({ ok: false });
    // Not yet listening (still loading): it gets it when it asks, from its own tab only, once.
    route = createSurfaceRouter(deps(undefined));
    const other = 'ef'.repeat(16);
    const opened = route({ type: 'surface-open', token: other, report }, owner);
    await new Promise((r) => setTimeout(r, 10));
    expect(await route({ type: 'surface-standby', standby }, { ...frame, tabId: 8 })).toEqual({ ok: false });
    expect(await route({ type: 'surface-standby', standby }, { ...frame, surfacePage: false })).toEqual({ ok: false });
    expect(await route({ type: 'surface-standby', standby }, frame)).toEqual({ ok: true, token: other, report });
    expect(await route({ type: 'surface-standby', standby }, frame)).toEqual({ ok: false });
    expect(await opened).toEqual({ ok: true });
  });

  it('a standby page the top frame said is loaded gets the next warning before it is shown, then again once shown', async () => {
    const standby = 's' + 'cd'.repeat(16);
    const order: string[] = [];
    const pushed: { standby: string; token: string; shown: boolean }[] = [];
    const route = createSurfaceRouter({
      readyTimeoutMs: 200,
      session: createMemoryStorage(),
      sendToFrame: async (_t, _f, message) => {
        order.push((message as { type: string }).type);
        return (message as { type: string }).type === 'surface-show' ? { ok: true, standby } : { ok: true };
      },
      toExtensionPages: async (message) => {
        const m = message as { standby: string; token: string; shown: boolean };
        order.push(`assign${m.shown ? ' shown' : ''}`);
        pushed.push({ standby: m.standby, token: m.token, shown: m.shown });
        return { ok: true };
      },
    });
    // Only the top frame's content script names its standby page: not a framed page, not a subframe, not another tab's.
    expect(await route({ type: 'surface-standby-ready', standby }, frame)).toEqual({ ok: false });
    expect(await route({ type: 'surface-standby-ready', standby }, owner)).toEqual({ ok: false });
    expect(await route({ type: 'surface-standby-ready', standby: 's' + 'ef'.repeat(16) }, { tabId: 8, frameId: 0, surfacePage: false })).toEqual({ ok: true });
    expect(await route({ type: 'surface-standby-ready', standby }, { tabId: 7, frameId: 0, surfacePage: false })).toEqual({ ok: true });
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(order).toEqual(['assign', 'surface-show', 'assign shown']);
    expect(pushed).toEqual([
      { standby, token, shown: false },
      { standby, token, shown: true },
    ]);
    // Used once: the next warning in this tab waits for the top frame to name its next standby page.
    const other = 'ef'.repeat(16);
    order.length = 0;
    expect(await route({ type: 'surface-open', token: other, report }, owner)).toEqual({ ok: true });
    expect(order).toEqual(['surface-show', 'assign shown']);
  });

  it('shows a warning on the worker’s own assessment; the holding frame’s surface-open for that token waits for it, from that frame only', async () => {
    const { route, sent } = setup();
    const open = route.openAssessed(token, owner);
    expect(sent).toEqual([]);
    open(report);
    // Another frame, or another tab, cannot take over the token; the holding frame hears how it went, shown once.
    expect(await route({ type: 'surface-open', token, report }, { ...owner, frameId: 4 })).toEqual({ ok: false, error: 'no such warning' });
    expect(await route({ type: 'surface-open', token, report }, { ...owner, tabId: 8 })).toEqual({ ok: false, error: 'no such warning' });
    expect(await route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(sent.filter((s) => s.message.type === 'surface-show')).toHaveLength(1);
    expect(await route({ type: 'surface-report', token }, frame)).toEqual({ ok: true, report });
    // No warning (the assessment released it), or from no tab: nothing is shown.
    const other = 'ef'.repeat(16);
    route.openAssessed(other, owner)(null);
    route.openAssessed(other, { ...owner, tabId: undefined })(report);
    route.openAssessed(other, frame)(report);
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.filter((s) => s.message.type === 'surface-show')).toHaveLength(1);
  });

  it('an assessment sent again to a restarted worker does not show its warning twice', async () => {
    const first = setup();
    first.route.openAssessed(token, owner)(report);
    expect(await first.route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    const pushed: unknown[] = [];
    const shows: unknown[] = [];
    const restarted = createSurfaceRouter({
      session: first.store,
      toExtensionPages: async (m) => void pushed.push(m),
      sendToFrame: async (_t, _f, message) => ((message as { type: string }).type === 'surface-show' ? (shows.push(message), { ok: true, already: true }) : { ok: true }),
    });
    await restarted({ type: 'surface-standby-ready', standby: 's' + 'cd'.repeat(16) }, { tabId: 7, frameId: 0, surfacePage: false });
    restarted.openAssessed(token, owner)(report);
    expect(await restarted({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    // Its standby page is not spent on a warning already up.
    expect(pushed).toEqual([]);
    expect(shows).toHaveLength(1);
  });
});
