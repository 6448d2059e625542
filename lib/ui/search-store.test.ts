import { describe, expect, it } from 'vitest';
import { createSearchStore } from './search-store';
import { createTestWorker } from '../../tests/support/test-worker';

describe('createSearchStore (real worker)', () => {
  it('loads the index, searches as the query changes, and moves the active result with wrap-around', async () => {
    const { ask, sent } = createTestWorker();
    const store = createSearchStore(ask);
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(sent).toEqual([{ type: 'list-tokens' }]);
    expect(s.hits.length).toBeGreaterThan(10);

    s.setQuery('rsEHT');
    expect(store.getState().hits[0]!.entry).toMatchObject({ reportId: 'rseth', symbol: 'rsETH' });
    expect(store.getState().active).toBe(0);
    store.getState().move(1);
    expect(store.getState().active).toBe(1);
    store.getState().move(-2);
    expect(store.getState().active).toBe(store.getState().hits.length - 1);
    store.getState().setQuery('zzzzzz');
    expect(store.getState().hits).toEqual([]);
    store.getState().move(1);
    expect(store.getState().active).toBe(0);
  });

  it('a query typed before the index arrives is searched when it does', async () => {
    const { ask } = createTestWorker();
    const store = createSearchStore(ask);
    store.getState().setQuery('pufer');
    expect(store.getState().hits).toEqual([]);
    await store.getState().load();
    expect(store.getState().hits[0]!.entry.reportId).toBe('pufeth');
  });

  it('says why when the worker cannot answer', async () => {
    const store = createSearchStore(async () => ({ ok: true, tokens: [{ symbol: 'weETH' }] }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'error', error: expect.stringContaining('could not be read (tokens.0.reportId') });
  });
});
