import { describe, expect, it } from 'vitest';
import { createTabStore } from './tab-store';
import { createTestWorker } from '../../tests/support/test-worker';

/** A deposit of 1 ETH into Kelp's LRTDepositPool.depositETH(0, ""). */
const kelpDeposit = {
  method: 'eth_sendTransaction',
  params: [
    {
      from: '0x1111111111111111111111111111111111111111',
      to: '0x036676389e48133B63a802f8635AD39E752D375D',
      value: '0xde0b6b3a7640000',
      data: '0x72c51c0b000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000400000000000000000000000000000000000000000000000000000000000000000',
    },
  ],
};

describe('createTabStore (real worker)', () => {
  it('shows nothing for a tab with no held request', async () => {
    const { ask } = createTestWorker();
    const store = createTabStore(ask, async () => 7);
    expect(await store.getState().load()).toBeNull();
    expect(store.getState()).toMatchObject({ status: 'ready', tabId: 7, state: null });
  });

  it('shows the request assessed on the active tab, then the person’s decision', async () => {
    const { ask, handle } = createTestWorker();
    const assessed = await handle(
      { type: 'assess', hold: { requests: [kelpDeposit], chainId: '0x1', via: 'request', wallet: 'window.ethereum' }, page: { origin: 'https://app.example', topLevel: true } },
      { tabId: 7, frameId: 0 },
    );
    expect(assessed).toMatchObject({ ok: true, assessment: { kind: 'warn' } });
    const store = createTabStore(ask, async () => 7);
    const state = await store.getState().load();
    expect(state).toMatchObject({ decision: 'pending', report: { origin: 'https://app.example', items: [{ intent: { protocol: 'kelp', action: 'deposit' } }] } });
    expect(state!.report.items[0]!.summary).toContain('You deposit 1 ETH into Kelp DAO');

    await handle({ type: 'decision', decision: 'cancel' }, { tabId: 7, frameId: 0 });
    expect((await store.getState().load())!.decision).toBe('cancel');
    // Another tab knows nothing of it.
    expect(await createTabStore(ask, async () => 8).getState().load()).toBeNull();
  });

  it('with no active tab asks nothing', async () => {
    const { ask, sent } = createTestWorker();
    const store = createTabStore(ask, async () => {
      throw new Error('no tabs API');
    });
    expect(await store.getState().load()).toBeNull();
    expect(sent).toEqual([]);
  });
});
