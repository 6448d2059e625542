import { describe, expect, it } from 'vitest';
import { parseReportedAccounts } from '../messaging/reported-accounts';
import { createRestakingStore } from './restaking-store';
import { createTestWorker } from '../../tests/support/test-worker';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const B = '0x1111111111111111111111111111111111111111';

describe('parseReportedAccounts (the hook’s message, in the isolated world)', () => {
  it('takes well-formed addresses only, at most five, without repeats', () => {
    expect(parseReportedAccounts({ k: 'accounts', accounts: [A, A.toLowerCase(), B] })).toEqual([A, B]);
    expect(parseReportedAccounts({ k: 'accounts', accounts: [A, 'not an address'] })).toBeNull();
    expect(parseReportedAccounts({ k: 'accounts', accounts: [] })).toBeNull();
    expect(parseReportedAccounts({ k: 'hold', accounts: [A] })).toBeNull();
    expect(parseReportedAccounts({ k: 'accounts', accounts: Array(8).fill(B) })).toEqual([B]);
  });
});

describe('createRestakingStore (real worker)', () => {
  it('shows what the wallet reported on the tab, reads nothing until the person adds it, and lets them remove it', async () => {
    const { ask, handle } = createTestWorker();
    // The content script passes on what the wallet answered on tab 7.
    expect(await handle({ type: 'accounts', accounts: [A] }, { tabId: 7, origin: 'https://app.example.org' })).toEqual({ ok: true });
    // Malformed or from an extension page: not kept.
    expect(await handle({ type: 'accounts', accounts: ['0x12'] }, { tabId: 7 })).toMatchObject({ ok: false });
    const store = createRestakingStore(ask, async () => 7);
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      status: 'ready',
      reported: { accounts: [A], origin: 'https://app.example.org' },
      exposure: { enabled: false, asked: false, accounts: [], summaries: [] },
    });

    // "Not now" answers the first-run choice and reads nothing.
    await store.getState().choose(false);
    expect(store.getState().exposure).toMatchObject({ enabled: false, asked: true, accounts: [], summaries: [] });

    // "Read this account": on, with that account; offline, the read failing is named, not shown as an empty wallet.
    await store.getState().choose(true, A);
    const on = store.getState().exposure!;
    expect(on).toMatchObject({ enabled: true, asked: true, accounts: [A] });
    expect(on.summaries).toHaveLength(1);
    expect(on.summaries[0]).toMatchObject({ account: A, chainId: 1, holdings: [], failed: [{ label: 'RPC', message: 'offline' }] });

    // Another tab's report does not change this tab's; an account added by hand is kept once; removed, it is gone.
    await handle({ type: 'accounts', accounts: [B] }, { tabId: 8, origin: 'https://other.example' });
    await store.getState().load();
    expect(store.getState().reported!.accounts).toEqual([A]);
    await store.getState().add(A.toLowerCase());
    expect(store.getState().exposure!.accounts).toEqual([A]);
    await store.getState().remove(A);
    expect(store.getState().exposure).toMatchObject({ enabled: true, accounts: [], summaries: [] });
  });

  it('a web page cannot read the reported accounts', async () => {
    const { handle } = createTestWorker();
    await handle({ type: 'accounts', accounts: [A] }, { tabId: 3, origin: 'https://app.example.org' });
    expect(await handle({ type: 'tab-accounts', tabId: 3 }, { tabId: 3 })).toEqual({ ok: false, error: 'not allowed from a web page' });
    expect(await handle({ type: 'tab-accounts', tabId: 3 }, { extensionPage: true })).toMatchObject({ ok: true, reported: { accounts: [A] } });
  });
});
