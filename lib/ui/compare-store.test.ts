import { describe, expect, it } from 'vitest';
import { createCompareStore } from './compare-store';
import { createTestWorker } from '../../tests/support/test-worker';

describe('createCompareStore (real worker)', () => {
  it('loads every report as a row and sorts by a column, flipping on the second click', async () => {
    const { ask, worker } = createTestWorker();
    const store = createCompareStore(ask);
    await store.getState().load();
    const reports = (await worker.compare()) as { id: string }[];
    expect(store.getState().rows.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    expect(store.getState().sorted.map((r) => r.id)).toEqual(reports.map((r) => r.id));

    store.getState().sortBy('exitDelay');
    expect(store.getState().sort).toEqual({ column: 'exitDelay', direction: 'ascending' });
    const asc = store.getState().sorted.map((r) => r.exitDelay.value);
    expect(asc[0]).toBe(Math.min(...asc.filter((v): v is number => v !== null)));
    expect(asc.at(-1)).toBeNull();

    store.getState().sortBy('exitDelay');
    expect(store.getState().sort).toEqual({ column: 'exitDelay', direction: 'descending' });
    const desc = store.getState().sorted.map((r) => r.exitDelay.value);
    expect(desc[0]).toBe(Math.max(...desc.filter((v): v is number => v !== null)));
    expect(desc.at(-1)).toBeNull();

    store.getState().sortBy('verdict');
    expect(store.getState().sort).toEqual({ column: 'verdict', direction: 'descending' });
  });
});
