import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../tests/support/memory-storage.ts';
import { createWxtStorage } from './wxt-storage.ts';
import type { VersionedStorage } from './versioned-storage.ts';

beforeEach(() => fakeBrowser.reset());

/**
 * The same cases against WXT's storage (on WXT's fake browser, both areas) and the in-memory one the Node tests use,
 * so the two cannot drift apart. `reopen()` is what a restarted worker sees: the same stored data, items defined anew.
 */
const implementations: [string, () => () => VersionedStorage][] = [
  ['WXT local', () => () => createWxtStorage('local')],
  ['WXT session', () => () => createWxtStorage('session')],
  [
    'in memory',
    () => {
      const memory = createMemoryStorage();
      return () => memory;
    },
  ],
];

describe.each(implementations)('versioned storage: %s', (_name, open) => {
  it('reads back what was written, at the same version', async () => {
    const reopen = open();
    await reopen().item('k', 3).set({ hello: 'world' });
    expect(await reopen().item('k', 3).get()).toEqual({ hello: 'world' });
    expect(await reopen().item('absent', 3).get()).toBeNull();
  });

  it('runs each step’s migration in turn, from the stored version up', async () => {
    const reopen = open();
    await reopen().item('k', 1).set({ n: 1 });
    const migrations = { 2: (v: unknown) => ({ n: (v as { n: number }).n * 10 }), 3: (v: unknown) => ({ ...(v as object), three: true }) };
    expect(await reopen().item('k', 3, migrations).get()).toEqual({ n: 10, three: true });
    // Migrated once: the stored value is now version 3's.
    expect(await reopen().item('k', 3, migrations).get()).toEqual({ n: 10, three: true });
  });

  it('a step with no migration, one that throws or one that returns nothing discards the value: it reads as absent', async () => {
    const reopen = open();
    const steps = { none: undefined, throws: () => { throw new Error('bad'); }, nothing: () => undefined };
    for (const [key, step] of Object.entries(steps)) {
      await reopen().item(key, 1).set({ n: 1 });
      expect(await reopen().item(key, 3, step ? { 2: step, 3: (v) => v } : {}).get()).toBeNull();
    }
  });

  it('a value removed and written again keeps the writer’s version, so it is not migrated a second time', async () => {
    const reopen = open();
    await reopen().item('k', 1).set({ n: 1 });
    const storage = reopen();
    const slot = storage.item('k', 2, { 2: () => ({ n: 2 }) });
    expect(await slot.get()).toEqual({ n: 2 });
    await slot.remove();
    expect(await slot.get()).toBeNull();
    await slot.set({ n: 2 });
    expect(await reopen().item('k', 2, { 2: () => ({ n: 'migrated again' }) }).get()).toEqual({ n: 2 });
  });
});

describe('createWxtStorage', () => {
  it('keeps the version in WXT’s metadata, neither in the key nor in the value', async () => {
    await createWxtStorage('local').item('source:x', 3).set({ hello: 'world' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'lrt-advisor:source:x': { hello: 'world' }, 'lrt-advisor:source:x$': { v: 3 } });
    // At version 1, nothing beside the value (no metadata is version 1 to WXT): no extra read or write.
    await createWxtStorage('session').item('tab:7', 1).set({ decision: 'pending' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'lrt-advisor:tab:7': { decision: 'pending' } });
  });

  it('removes a value with its version', async () => {
    const slot = createWxtStorage('session').item('tab:7', 1);
    await slot.set({ decision: 'pending' });
    await slot.remove();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
