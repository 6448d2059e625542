import { describe, expect, it } from 'vitest';
import type { Settings } from '../settings/settings';
import { createOptionsStore, fieldErrors } from './options-store';
import { createTestWorker } from '../../tests/support/test-worker';

async function loaded() {
  const t = createTestWorker();
  const store = createOptionsStore(t.ask);
  await store.getState().load();
  return { ...t, store };
}

describe('createOptionsStore (real worker)', () => {
  it('loads the defaults and the source status', async () => {
    const { store } = await loaded();
    expect(store.getState()).toMatchObject({
      status: 'ready',
      draft: { rpcUrls: {}, eigenExplorerKey: '', thresholds: {}, mutedSites: [], sources: { defillama: true, onchain: true } },
      sources: { snapshotAsOf: '2026-11-25' },
    });
  });

  it('saves valid settings through the worker, which then uses them', async () => {
    const { store, worker } = await loaded();
    const s = store.getState();
    s.setRpcUrl('1', 'https://rpc.example.org/eth');
    s.setRpcUrl('42161', '   ');
    s.setEigenExplorerKey('abc_123');
    s.setThreshold('peg', 'caution', '25');
    s.setThreshold('peg', 'high', '');
    s.setNewSite('app.example.org');
    expect(store.getState().addSite()).toBe(true);
    s.setSource('onchain', false);
    expect(await store.getState().saveSettings()).toBe(true);
    expect(store.getState().save).toEqual({ state: 'saved', message: 'Saved.' });
    expect((await worker.getSettings()) as Settings).toEqual({
      rpcUrls: { '1': 'https://rpc.example.org/eth' },
      eigenExplorerKey: 'abc_123',
      thresholds: { peg: { caution: 25 } },
      mutedSites: ['https://app.example.org'],
      sources: { defillama: true, onchain: false },
      profiles: {},
      exposure: { enabled: false, asked: false, accounts: [] },
      tradeHold: 'unless-fair',
    });
    // The draft now shows what was stored (the site as an origin).
    expect(store.getState().draft.mutedSites).toEqual(['https://app.example.org']);
    expect(store.getState().draft.thresholds).toEqual({ peg: { caution: '25' } });
  });

  it('refuses invalid fields before sending, with an error per field', async () => {
    const { store, sent, worker } = await loaded();
    const s = store.getState();
    s.setRpcUrl('1', 'http://rpc.example.org');
    s.setRpcUrl('10', 'https://user:pw@rpc.example.org');
    s.setThreshold('peg', 'high', 'lots');
    s.setEigenExplorerKey('has space');
    const before = sent.length;
    expect(await store.getState().saveSettings()).toBe(false);
    expect(sent.length).toBe(before);
    expect(store.getState().errors).toEqual({
      'rpcUrls.1': 'an https URL (or http to localhost), without credentials',
      'rpcUrls.10': 'an https URL (or http to localhost), without credentials',
      'thresholds.peg.high': 'a number',
      eigenExplorerKey: 'letters, digits, - and _',
    });
    expect(store.getState().save).toEqual({ state: 'invalid', message: 'Not saved: 4 fields need a change.' });
    expect(((await worker.getSettings()) as Settings).rpcUrls).toEqual({});
    // Editing a field clears its error.
    store.getState().setRpcUrl('1', 'http://127.0.0.1:8545');
    expect(store.getState().errors['rpcUrls.1']).toBeUndefined();
  });

  it('shows the worker’s own refusal on the field it names', async () => {
    const t = createTestWorker();
    const store = createOptionsStore((m) => (m.type === 'set-settings' ? Promise.resolve({ ok: false, error: 'rpcUrls.1: unreachable; mutedSites.0: too long' }) : t.ask(m)));
    await store.getState().load();
    store.getState().setRpcUrl('1', 'https://rpc.example.org');
    expect(await store.getState().saveSettings()).toBe(false);
    expect(store.getState().errors).toEqual({ 'rpcUrls.1': 'unreachable', 'mutedSites.0': 'too long' });
    expect(store.getState().save.state).toBe('failed');
  });

  it('muted sites: validated, normalised to an origin, no duplicates, removable', async () => {
    const { store } = await loaded();
    const s = store.getState();
    s.setNewSite('not a site');
    expect(store.getState().addSite()).toBe(false);
    expect(store.getState().errors.newSite).toBe('a site such as app.example.org');
    s.setNewSite('https://app.example.org/some/path?x=1');
    expect(store.getState().addSite()).toBe(true);
    expect(store.getState().newSite).toBe('');
    s.setNewSite('app.example.org');
    expect(store.getState().addSite()).toBe(false);
    expect(store.getState().errors.newSite).toBe('https://app.example.org is already muted');
    store.getState().removeSite('https://app.example.org');
    expect(store.getState().draft.mutedSites).toEqual([]);
  });

  it('reset puts a rule back on its documented defaults', async () => {
    const { store, worker } = await loaded();
    store.getState().setThreshold('audits', 'caution', '3');
    await store.getState().saveSettings();
    expect(((await worker.getSettings()) as Settings).thresholds).toEqual({ audits: { caution: 3 } });
    store.getState().resetThresholds('audits');
    await store.getState().saveSettings();
    expect(((await worker.getSettings()) as Settings).thresholds).toEqual({});
  });

  it('refresh now asks the worker and shows the new source status', async () => {
    const { store, sent } = await loaded();
    await store.getState().refresh();
    expect(sent.at(-1)).toEqual({ type: 'refresh' });
    expect(store.getState().refreshing).toBe(false);
    expect(store.getState().sources?.sources.map((l) => l.id)).toEqual(['defillama.pools', 'defillama.protocols', 'defillama.prices', 'onchain']);
  });
});

describe('fieldErrors', () => {
  it.each([
    ['rpcUrls.1: bad', { 'rpcUrls.1': 'bad' }],
    ['settings: Invalid input', { settings: 'Invalid input' }],
    ['thresholds.peg.high: too big; mutedSites: too many', { 'thresholds.peg.high': 'too big', mutedSites: 'too many' }],
    ['something odd', { settings: 'something odd' }],
  ])('%s', (error, expected) => {
    expect(fieldErrors(error)).toEqual(expected);
  });
});
