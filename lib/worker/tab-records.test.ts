import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../tests/support/memory-storage';
import { createTabRecords } from './tab-records';
import { createTestWorker } from '../../tests/support/test-worker';

const now = () => new Date('2026-11-25T12:00:00Z');

describe('tab records', () => {
  it('reads stored values through their schema: malformed bypass entries are dropped, the rest kept', async () => {
    const session = createMemoryStorage();
    await session.item('bypass:7', 1).set([{ method: 'eth_sendTransaction', origin: 'https://a.example', at: 'x' }, { method: 3 }, 'junk']);
    const tabs = createTabRecords(session, now);
    expect(await tabs.tabBypasses(7)).toEqual([{ method: 'eth_sendTransaction', origin: 'https://a.example', at: 'x' }]);
    await tabs.recordBypass({ tabId: 7, origin: 'https://b.example' }, 'eth_sign');
    expect((await tabs.tabBypasses(7)).map((b) => b.method)).toEqual(['eth_sendTransaction', 'eth_sign']);
  });

  it('a tab state of an older shape reads as none, and a decision on it writes nothing', async () => {
    const session = createMemoryStorage();
    await session.item('tab:3', 1).set({ decision: 'pending' });
    const tabs = createTabRecords(session, now);
    expect(await tabs.tabState(3)).toBeNull();
    await tabs.recordDecision({ tabId: 3 }, 'continue');
    expect(await session.item('tab:3', 1).get()).toEqual({ decision: 'pending' });
  });

  it('a closed tab’s records go', async () => {
    const session = createMemoryStorage();
    const tabs = createTabRecords(session, now);
    await tabs.recordBypass({ tabId: 7, origin: 'https://b.example' }, 'eth_sign');
    await session.item('tab:7', 1).set({ decision: 'pending' });
    await session.item('tab:8', 1).set({ decision: 'pending' });
    await tabs.forgetTab(7);
    expect(session.dump()).toEqual({ 'tab:8': { decision: 'pending' } });
  });

  it('the worker forgets everything kept for a closed tab, the accounts a wallet reported included', async () => {
    const { worker, session } = createTestWorker();
    await worker.recordAccounts!({ tabId: 5, origin: 'https://app.example' }, ['0x' + 'ab'.repeat(20)]);
    await worker.recordBypass({ tabId: 5, origin: 'https://app.example' }, 'eth_sign');
    expect(Object.keys(session.dump()).sort()).toEqual(['accounts:5', 'bypass:5']);
    await worker.forgetTab(5);
    expect(session.dump()).toEqual({});
    expect(await worker.tabAccounts!(5)).toBeNull();
  });
});
