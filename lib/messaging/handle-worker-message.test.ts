import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { loadSnapshot } from '../snapshot/load-snapshot';
import type { LstReport } from '../worker/lst-report';
import { buildTokenIndex } from '../worker/token-index';
import { createWorkerHandler, type WorkerHandlerDeps } from './handle-worker-message';

const assessMessage = {
  type: 'assess',
  hold: { requests: [{ method: 'eth_sendTransaction', params: [] }], chainId: '0x1', via: 'request', wallet: 'window.ethereum' },
  page: { origin: 'https://app.example', topLevel: true },
};
const tokens = buildTokenIndex(loadSnapshot()).slice(0, 1);
const lst: LstReport = { kind: 'lst', id: 'wsteth', symbol: 'wstETH', name: 'Lido wstETH', deployments: [], restakedVia: [] };
const status = { snapshotAsOf: '2026-11-25', sources: [] };
const report = { origin: 'https://app.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'unknown' as const, freshness: null };

describe('createWorkerHandler', () => {
  const injected: unknown[] = [];
  const decisions: unknown[] = [];
  const settingsWrites: unknown[] = [];
  const deps: WorkerHandlerDeps = {
    assess: async (hold) => {
      if (hold.wallet === 'throws') throw new Error('rpc down');
      return { kind: 'warn', report };
    },
    injectWarningUi: async (sender) => {
      if (sender.frameId === 9) throw new Error('no such frame');
      injected.push(sender);
    },
    recordDecision: async (sender, decision) => void decisions.push([sender.tabId, decision]),
    openReport: async (id) => void decisions.push(['open', id]),
    recordBypass: async (sender, method) => void decisions.push(['bypass', sender.tabId, method]),
    tabBypasses: async () => [],
    listTokens: async () => tokens,
    tokenReport: async (id) => (id === 'wsteth' ? lst : null),
    compare: async () => [],
    tabState: async () => null,
    status: async () => status,
    refresh: async () => status,
    getSettings: async () => DEFAULT_SETTINGS,
    setSettings: async (raw) => (settingsWrites.push(raw), { ok: true, settings: DEFAULT_SETTINGS }),
  };
  const handle = createWorkerHandler(deps);
  const page = { extensionPage: true };

  it('answers an assessment', async () => {
    expect(await handle(assessMessage, { tabId: 1, frameId: 0 })).toEqual({ ok: true, assessment: { kind: 'warn', report } });
  });

  it('turns a failing assessment into an error reply, not an exception', async () => {
    const message = { ...assessMessage, hold: { ...assessMessage.hold, wallet: 'throws' } };
    expect(await handle(message, {})).toEqual({ ok: false, error: 'the analysis failed (rpc down)' });
  });

  it.each([
    ['null', null, 'message'],
    ['unknown type', { type: 'steal' }, 'type'],
    ['too many requests', { ...assessMessage, hold: { ...assessMessage.hold, requests: Array(51).fill({ method: 'x' }) } }, 'hold.requests'],
    ['a huge method name', { ...assessMessage, hold: { ...assessMessage.hold, requests: [{ method: 'x'.repeat(101) }] } }, 'hold.requests.0.method'],
    ['a wrong field type', { ...assessMessage, page: { origin: 1, topLevel: true } }, 'page.origin'],
    ['an assessment without its page', { type: 'assess', hold: assessMessage.hold }, 'page'],
    ['a decision that is neither', { type: 'decision', decision: 'maybe' }, 'decision'],
    ['a part of the warning that does not exist', { type: 'load-ui', part: 'script' }, 'part'],
    ['a report id with a slash', { type: 'open-report', id: '../x' }, 'id'],
    ['a bypass without its method', { type: 'bypass' }, 'method'],
    ['accounts that are not addresses', { type: 'accounts', accounts: ['me'] }, 'accounts.0'],
    ['a token id that is too long', { type: 'token-report', id: 'x'.repeat(65) }, 'id'],
    ['a negative tab id', { type: 'tab-state', tabId: -1 }, 'tabId'],
    ['a tab id as text', { type: 'tab-bypasses', tabId: '1' }, 'tabId'],
    ['a profile that does not exist', { type: 'rank', profile: 'yolo', chainId: null }, 'profile'],
    ['a leverage out of range', { type: 'loop', id: 'rseth', market: 'spark', chainId: 1, leverage: 1e9 }, 'leverage'],
    ['a tab id that is not whole', { type: 'tab-accounts', tabId: 1.5 }, 'tabId'],
  ])('rejects %s, naming the field', async (_, message, field) => {
    const reply = await handle(message, page);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(new RegExp(`^the request could not be read \\(${field.replaceAll('.', '\\.')}: `));
  });

  it('an error in any service is an error reply, never a rejection', async () => {
    const failing = createWorkerHandler({
      ...deps,
      openReport: async () => {
        throw new Error('no tab');
      },
      status: async () => {
        throw new Error('storage gone');
      },
    });
    expect(await failing({ type: 'open-report', id: 'weeth' }, { tabId: 1 })).toEqual({ ok: false, error: 'the report could not be opened (no tab)' });
    expect(await failing({ type: 'status' }, page)).toEqual({ ok: false, error: 'the worker could not answer (storage gone)' });
  });

  it('checks its own values before sending: one that does not match the protocol is an error reply saying where', async () => {
    const broken = createWorkerHandler({
      ...deps,
      assess: async () => ({ kind: 'warn', report: { ...report, items: 'none' } }) as never,
      status: async () => ({ snapshotAsOf: 20261125, sources: [] }) as never,
      tabBypasses: async () => [{ method: 'eth_sign', origin: null }] as never,
      getSettings: async () => ({ ...DEFAULT_SETTINGS, tradeHold: 'never' }) as never,
      tokenReport: async (id) => (id === 'wsteth' ? ({ kind: 'lst' } as never) : null),
      recordDecision: async () => undefined,
    });
    const error = (e: string) => ({ ok: false, error: `the worker’s reply failed its own check (${e})` });
    // The warning shows this one to the person: plain words.
    expect(await broken(assessMessage, { tabId: 1 })).toEqual({ ok: false, error: 'the analysis failed (its result was incomplete)' });
    expect(await broken({ type: 'status' }, page)).toEqual(error('status.snapshotAsOf: Invalid input: expected string, received number'));
    expect(await broken({ type: 'tab-bypasses', tabId: 1 }, page)).toEqual(error('bypassed.0.at: Invalid input: expected string, received undefined'));
    expect(await broken({ type: 'get-settings' }, page)).toMatchObject(error('settings.tradeHold: Invalid option: expected one of "unless-fair"|"always"'));
    expect(await broken({ type: 'token-report', id: 'wsteth' }, page)).toMatchObject({ ok: false, error: expect.stringMatching(/^the worker’s reply failed its own check \(report/) });
    // Messages without a value, and error replies, pass as they are.
    expect(await broken({ type: 'decision', decision: 'cancel' }, { tabId: 4 })).toEqual({ ok: true });
    expect(await broken({ type: 'token-report', id: 'nope' }, page)).toEqual({ ok: false, error: 'no such token' });
  });

  it('injects the warning UI into the sender’s frame, only for tabs', async () => {
    expect(await handle({ type: 'load-ui' }, { tabId: 3, frameId: 2 })).toEqual({ ok: true });
    expect(injected).toEqual([{ tabId: 3, frameId: 2 }]);
    expect(await handle({ type: 'load-ui' }, {})).toEqual({ ok: false, error: 'the warning can only be shown in a tab' });
    expect(await handle({ type: 'load-ui' }, { tabId: 3, frameId: 9 })).toEqual({ ok: false, error: 'the warning could not be loaded (no such frame)' });
  });

  it('records the person’s decision and any bypass for the tab', async () => {
    expect(await handle({ type: 'decision', decision: 'cancel' }, { tabId: 4 })).toEqual({ ok: true });
    expect(await handle({ type: 'bypass', method: 'eth_sendTransaction' }, { tabId: 4 })).toEqual({ ok: true });
    expect(decisions).toEqual([
      [4, 'cancel'],
      ['bypass', 4, 'eth_sendTransaction'],
    ]);
  });

  it('answers the extension’s pages, and refuses the same questions from content scripts', async () => {
    expect(await handle({ type: 'list-tokens' }, page)).toEqual({ ok: true, tokens });
    expect(await handle({ type: 'token-report', id: 'wsteth' }, page)).toEqual({ ok: true, report: lst });
    expect(await handle({ type: 'refresh' }, page)).toEqual({ ok: true, status });
    expect(await handle({ type: 'token-report', id: 'nope' }, page)).toEqual({ ok: false, error: 'no such token' });
    expect(await handle({ type: 'set-settings', settings: { mutedSites: ['evil.example'] } }, { tabId: 1, frameId: 0 })).toEqual({
      ok: false,
      error: 'not allowed from a web page',
    });
    expect(settingsWrites).toEqual([]);
    expect(await handle({ type: 'set-settings', settings: {} }, page)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
