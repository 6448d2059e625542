import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, stall, startLocalServer, type LocalServer, type Route } from '../../../tests/fixtures/defillama/local-server.ts';
import { createCachedSource } from './cached-source.ts';
import { createDefillamaSources, DEFILLAMA_TTL_MS } from './defillama-sources.ts';
import { createMemoryStorage } from '../../../tests/support/memory-storage.ts';
import type { VersionedStorage } from './versioned-storage.ts';
import { lrtPoolsSchema } from '../defillama/fetch-lrt-pools.ts';

const pools = readFileSync(new URL('../../../tests/fixtures/defillama/pools.json', import.meta.url), 'utf8');
const good = json(pools);

let server: LocalServer;
let clock: Date;
const now = () => clock;
const setPools = (route: Route) => server.routes.set('/pools', route);

beforeAll(async () => {
  server = await startLocalServer({ '/pools': good });
});
afterAll(() => server.close());
beforeEach(() => {
  clock = new Date('2026-11-25T10:00:00Z');
  setPools(good);
});

function sources(storage: VersionedStorage, extra: { snapshotAsOf?: string } = {}) {
  return createDefillamaSources({
    fetch: globalThis.fetch,
    timeoutMs: 500,
    storage,
    now,
    baseUrls: { yields: server.url, api: server.url, coins: server.url },
    coins: [],
    ...extra,
  });
}

describe('cached DefiLlama /pools', () => {
  it('starts pending, then serves live data with its source and age', async () => {
    const { pools: source } = sources(createMemoryStorage());
    expect((await source.read()).status).toEqual({ state: 'pending' });
    expect(await source.refresh()).toEqual({ state: 'live', at: '2026-11-25T10:00:00.000Z' });
    clock = new Date('2026-11-25T10:03:00Z');
    const read = await source.read();
    expect(read.data?.pools).toHaveLength(8);
    expect(read.source).toBe(`${server.url}/pools`);
    expect(read.asOf).toBe('2026-11-25T10:00:00.000Z');
    expect(read.ageMs).toBe(180_000);
    expect(read.stale).toBe(false);
  });

  it.each([
    ['HTTP 503', json('{"error":"down"}', 503), 'http 503'],
    ['an HTML page', ((_req, res) => void res.writeHead(200).end('<html><script>alert(1)</script></html>')) as Route, 'invalid payload'],
    ['truncated JSON', json(pools.slice(0, 3000)), 'invalid payload'],
    ['wrong types everywhere', json({ status: 'success', data: [{ project: 'renzo', symbol: 'EZETH', chain: 'Ethereum', tvlUsd: 'lots', pool: 1 }] }), 'invalid payload'],
    ['a stalled response', stall(), 'timeout'],
  ])('keeps the good data when a refresh gets %s, and says what failed', async (_what, route, reason) => {
    const storage = createMemoryStorage();
    const { pools: source } = sources(storage);
    await source.refresh();
    const before = await source.read();

    clock = new Date('2026-11-25T11:30:00Z');
    setPools(route);
    const status = await source.refresh();
    expect(status).toEqual({
      state: 'failed',
      reason,
      at: '2026-11-25T11:30:00.000Z',
      using: { state: 'live', at: '2026-11-25T10:00:00.000Z' },
    });
    const after = await source.read();
    expect(after.data).toEqual(before.data);
    expect(after.source).toBe(before.source);
    expect(after.status).toEqual(status);
    expect(after.stale).toBe(true);

    // Recovery clears the failure.
    setPools(good);
    clock = new Date('2026-11-25T12:00:00Z');
    expect(await source.refresh()).toEqual({ state: 'live', at: '2026-11-25T12:00:00.000Z' });
  });

  it('reports the snapshot while nothing live is cached, and a failure on top of it', async () => {
    const { pools: source } = sources(createMemoryStorage(), { snapshotAsOf: '2026-11-20' });
    expect((await source.read()).status).toEqual({ state: 'snapshot', asOf: '2026-11-20' });
    setPools(json('nope', 500));
    expect(await source.refresh()).toEqual({
      state: 'failed',
      reason: 'http 500',
      at: '2026-11-25T10:00:00.000Z',
      using: { state: 'snapshot', asOf: '2026-11-20' },
    });
    expect((await source.read()).data).toBeNull();
  });

  it('serves stale data at once and revalidates once in the background', async () => {
    const { pools: source } = sources(createMemoryStorage());
    await source.refresh();
    const hitsBefore = server.hits.length;

    clock = new Date(clock.getTime() + 10_000);
    const fresh = await source.readAndRevalidate();
    expect(fresh.value.stale).toBe(false);
    expect(fresh.revalidation).toBeNull();

    clock = new Date(clock.getTime() + DEFILLAMA_TTL_MS.pools);
    const stale = await source.readAndRevalidate();
    expect(stale.value.stale).toBe(true);
    expect(stale.value.data?.pools).toHaveLength(8);
    // A second caller during the same revalidation shares the fetch.
    const again = await source.readAndRevalidate();
    await Promise.all([stale.revalidation, again.revalidation]);
    expect(server.hits.length - hitsBefore).toBe(1);
    expect((await source.read()).stale).toBe(false);
  });

  it('reads a value stored under another version, or corrupted, as nothing cached', async () => {
    const storage = createMemoryStorage();
    await sources(storage).pools.refresh();
    const v2 = createCachedSource(storage, {
      id: 'defillama.pools',
      version: 2,
      ttlMs: 1,
      schema: lrtPoolsSchema,
      fetch: async () => ({ ok: false, error: new Error('unused') as never }),
    });
    expect((await v2.read()).status).toEqual({ state: 'pending' });

    await storage.item('source:defillama.pools', 1).set({ v: 1, good: { data: { pools: 'garbage' } }, failure: null });
    const read = await sources(storage).pools.read();
    expect(read.data).toBeNull();
    expect(read.status).toEqual({ state: 'pending' });
  });

  it('reads an entry written when its version was also a field inside it (the version is now the item’s alone)', async () => {
    const storage = createMemoryStorage();
    await sources(storage).pools.refresh();
    const slot = storage.item('source:defillama.pools', 1);
    const written = (await slot.get()) as Record<string, unknown>;
    expect(written).not.toHaveProperty('v');
    await slot.set({ v: 1, ...written });
    const read = await sources(storage).pools.read();
    expect(read.data?.pools).toHaveLength(8);
    expect(read.status).toEqual({ state: 'live', at: '2026-11-25T10:00:00.000Z' });
  });

  it('survives a storage that throws', async () => {
    const broken: VersionedStorage = {
      item: () => ({
        get: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
        set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
        remove: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      }),
    };
    const { pools: source } = sources(broken);
    expect(await source.refresh()).toEqual({ state: 'live', at: '2026-11-25T10:00:00.000Z' });
    expect((await source.read()).status).toEqual({ state: 'pending' });
  });
});
