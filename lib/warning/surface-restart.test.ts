/**
 * The worker stops while a warning opens (browsers stop idle workers; a busy machine makes "idle" come early). The
 * holding frame sends its surface-open again to the next worker, and the top frame answers that it shows the warning
 * already. That is done only if the warning's page has its report; a blank dialog is not a warning, and the holding
 * frame waiting on it would wait forever.
 */
import { describe, expect, it } from 'vitest';
import { createSurfaceRouter, type SurfaceSender } from './surface-router';
import type { WarningReport } from '../messaging/hold-messages';
import { createMemoryStorage } from '../../tests/support/memory-storage';

const report: WarningReport = { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'caution', freshness: null };
const token = 'ef'.repeat(16);
const standby = 's' + '12'.repeat(16);
const owner: SurfaceSender = { tabId: 7, frameId: 0, surfacePage: false };
const page: SurfaceSender = { tabId: 7, frameId: 9, surfacePage: true };

/** A worker over `session` whose top frame shows the warning in the standby page (`already` once shown). */
function worker(session: ReturnType<typeof createMemoryStorage>, pageTakes: boolean) {
  const sent: string[] = [];
  const pushed: { token: string; shown: boolean }[] = [];
  let shown = false;
  const route = createSurfaceRouter({
    readyTimeoutMs: 150,
    session,
    // The standby page takes a pushed warning only once loaded.
    toExtensionPages: async (m) => (pushed.push(m as { token: string; shown: boolean }), pageTakes ? { ok: true } : undefined),
    sendToFrame: async (_tab, frameId, message) => {
      const type = (message as { type: string }).type;
      sent.push(`${type}@${frameId}`);
      if (type !== 'surface-show') return { ok: true };
      const reply = { ok: true, standby, ...(shown ? { already: true } : {}) };
      shown = true;
      return reply;
    },
  });
  return { route, sent, pushed, show: () => void (shown = true) };
}

describe('a warning opened again by a restarted worker', () => {
  it('its page never got the report: the standby page the top frame names is given it again, and only then is it open', async () => {
    const session = createMemoryStorage();
    // The first worker shows the dialog; its page is still loading and the worker stops before it asks.
    const first = worker(session, false);
    void first.route({ type: 'surface-open', token, report }, owner);
    await new Promise((r) => setTimeout(r, 20));
    expect(first.pushed).toEqual([expect.objectContaining({ token, shown: true })]);
    const next = worker(session, true);
    next.show();
    expect(await next.route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(next.pushed).toEqual([expect.objectContaining({ token, shown: true })]);
    expect(next.sent).not.toContain('surface-close@0');
  });

  it('its page still cannot get it: the dialog is taken down and the holding frame shows the warning itself', async () => {
    const session = createMemoryStorage();
    void worker(session, false).route({ type: 'surface-open', token, report }, owner);
    await new Promise((r) => setTimeout(r, 20));
    const next = worker(session, false);
    next.show();
    expect(await next.route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: false, error: 'the warning page did not load' });
    expect(next.sent).toEqual(['surface-show@0', 'surface-close@0']);
  });

  it('its page had the report: open at once, nothing pushed again', async () => {
    const session = createMemoryStorage();
    const first = worker(session, false);
    const opened = first.route({ type: 'surface-open', token, report }, owner);
    // The standby page loaded after the push and asked for its warning.
    await new Promise((r) => setTimeout(r, 20));
    expect(await first.route({ type: 'surface-standby', standby }, page)).toEqual({ ok: true, token, report });
    expect(await opened).toEqual({ ok: true });
    const next = worker(session, true);
    next.show();
    expect(await next.route({ type: 'surface-open', token, report }, owner)).toEqual({ ok: true });
    expect(next.pushed).toEqual([]);
  });
});
