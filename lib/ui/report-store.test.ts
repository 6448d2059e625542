import { describe, expect, it } from 'vitest';
import { createReportStore } from './report-store';
import { createTestWorker } from '../../tests/support/test-worker';

describe('createReportStore (real worker)', () => {
  it('loads an LRT report, an LST report and the source status; an unknown id is an error', async () => {
    const { ask, sent } = createTestWorker();
    const store = createReportStore(ask);
    await Promise.all([store.getState().load('rseth'), store.getState().load('lst:stETH'), store.getState().load('nope'), store.getState().loadStatus()]);
    const { reports, sources } = store.getState();
    expect(reports.rseth).toMatchObject({ status: 'ready', value: { id: 'rseth', symbol: 'rsETH', kind: 'lrt', protocol: { name: 'Kelp DAO' } } });
    expect(reports['lst:stETH']).toMatchObject({ status: 'ready', value: { kind: 'lst', symbol: 'stETH' } });
    expect(reports.nope).toEqual({ status: 'error', error: 'no such token' });
    expect(sources).toMatchObject({ status: 'ready', value: { snapshotAsOf: '2026-11-25' } });

    // Cached: a second view sends nothing; force asks again.
    const before = sent.length;
    await store.getState().load('rseth');
    expect(sent.length).toBe(before);
    await store.getState().load('rseth', { force: true });
    expect(sent.length).toBe(before + 1);
  });
});
