import { describe, expect, it } from 'vitest';
import { createChooseStore } from './choose-store';
import { createTestWorker } from '../../tests/support/test-worker';

describe('createChooseStore (real worker)', () => {
  it('ranks for the profile picked, LSTs first for preserve', async () => {
    const { ask } = createTestWorker();
    const store = createChooseStore(ask);
    await store.getState().pick('preserve');
    const { status, ranking } = store.getState();
    expect(status).toBe('ready');
    expect(ranking!.profile.id).toBe('preserve');
    expect(ranking!.tokens[0]!.kind).toBe('lst');
    await store.getState().pick('maximize');
    expect(store.getState().ranking!.profile.id).toBe('maximize');
  });

  it('calculates a loop, and shows the worker’s one-line refusal of a leverage too high', async () => {
    const { ask } = createTestWorker();
    const store = createChooseStore(ask);
    await store.getState().calculate({ id: 'weeth', market: 'aave-v3', leverage: 4 });
    expect(store.getState().loop.plan!.result.liquidationDrop).toMatchObject({ known: true, value: 21.05 });
    await store.getState().calculate({ id: 'weeth', market: 'aave-v3', leverage: 30 });
    expect(store.getState().loop).toMatchObject({ status: 'error', error: 'leverage 30 is above this market’s maximum of 14.29x (max LTV 93 %)' });
  });

  it('keeps "your restaking" off until turned on, and stores profiles and accounts apart from the options form', async () => {
    const { ask, worker } = createTestWorker();
    expect(await ask({ type: 'exposure' })).toEqual({ ok: true, exposure: { enabled: false, asked: false, accounts: [], summaries: [] } });
    const account = '0x1111111111111111111111111111111111111111';
    expect(await ask({ type: 'set-choice', exposure: { enabled: false, accounts: [account] } })).toMatchObject({ ok: true });
    // Saving the options form (which does not carry them) keeps them.
    const settings = (await worker.getSettings()) as Record<string, unknown>;
    const { profiles: _p, exposure: _e, ...form } = settings;
    expect(await ask({ type: 'set-settings', settings: form })).toMatchObject({ ok: true, settings: { exposure: { enabled: false, accounts: [account] } } });
    // An account can be removed.
    expect(await ask({ type: 'set-choice', exposure: { enabled: false, accounts: [] } })).toMatchObject({ ok: true, settings: { exposure: { accounts: [] } } });
  });
});
