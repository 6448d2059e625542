import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCachedSource } from './cached-source.ts';
import { createWxtVersionedStorage } from './wxt-versioned-storage.ts';
import { z } from 'zod';

beforeEach(() => fakeBrowser.reset());

describe('createWxtVersionedStorage (WXT storage.defineItem with version)', () => {
  it('stores under local: with the item version WXT tracks', async () => {
    const storage = createWxtVersionedStorage();
    await storage.item('source:x', 3).set({ hello: 'world' });
    expect(await storage.item('source:x', 3).get()).toEqual({ hello: 'world' });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['lrt-advisor:source:x']).toEqual({ hello: 'world' });
    expect(raw['lrt-advisor:source:x$']).toEqual({ v: 3 });
  });

  it('a version bump makes the old value unreadable as cache data, so a refresh refills it', async () => {
    const schema = z.object({ n: z.number() });
    const mk = (version: number) =>
      createCachedSource(createWxtVersionedStorage(), {
        id: 'demo',
        version,
        ttlMs: 60_000,
        schema,
        fetch: async () => ({ ok: true, data: { n: version }, source: 'https://example.test/', asOf: '2026-11-25T00:00:00.000Z' }),
      });
    await mk(1).refresh();
    expect((await mk(1).read()).data).toEqual({ n: 1 });
    const v2 = mk(2);
    const read = await v2.read();
    expect(read.data).toBeNull();
    expect(read.status).toEqual({ state: 'pending' });
    await v2.refresh();
    expect((await v2.read()).data).toEqual({ n: 2 });
  });
});
