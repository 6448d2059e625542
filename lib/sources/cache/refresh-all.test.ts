import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startLocalServer, type LocalServer } from '../../../tests/fixtures/defillama/local-server.ts';
import { createDefillamaSources } from './defillama-sources.ts';
import { formatSourceStatus } from './format-source-status.ts';
import { createMemoryStorage } from '../../../tests/support/memory-storage.ts';
import { refreshAll, snapshotCoinKeys } from './refresh-all.ts';
import type { RefreshTask } from './refresh-task.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/defillama/${name}`, import.meta.url), 'utf8');

let server: LocalServer;
let coinsPath = '';
beforeAll(async () => {
  server = await startLocalServer({
    '/pools': json(fixture('pools.json')),
    '/protocols': json(fixture('protocols.json')),
    '/prices/current/*': (req, res) => {
      coinsPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      return json(fixture('coins.json'))(req, res);
    },
  });
});
afterAll(() => server.close());

const clock = () => new Date('2026-11-25T10:00:00Z');
const baseUrls = () => ({ yields: server.url, api: server.url, coins: server.url });

describe('refreshAll', () => {
  it('refreshes the three DefiLlama sources with no RPC and reports each status', async () => {
    const storage = createMemoryStorage();
    const report = await refreshAll({ fetch: globalThis.fetch, storage, now: clock, baseUrls: baseUrls() });
    expect(report.statuses).toEqual({
      'defillama.pools': { state: 'live', at: '2026-11-25T10:00:00.000Z' },
      'defillama.protocols': { state: 'live', at: '2026-11-25T10:00:00.000Z' },
      'defillama.prices': { state: 'live', at: '2026-11-25T10:00:00.000Z' },
    });
    expect(Object.keys(report.timings).sort()).toEqual(['defillama.pools', 'defillama.prices', 'defillama.protocols']);
    // Prices asked for every mainnet LRT token of the snapshot, plus ETH.
    for (const key of snapshotCoinKeys()) expect(coinsPath).toContain(key);
    expect(coinsPath).toContain('coingecko:ethereum');
    // What the background then reads, from the cache only.
    const sources = createDefillamaSources({ fetch: globalThis.fetch, storage, now: clock, baseUrls: baseUrls(), coins: [] });
    expect((await sources.pools.read()).data?.pools).toHaveLength(8);
    expect((await sources.protocols.read()).data?.protocols.map((p) => p.slug)).toContain('eigenlayer');
  });

  it('runs the tasks passed in (the on-chain seam) alongside, and turns a throwing task into a failed status', async () => {
    const calls: string[] = [];
    const onchain: RefreshTask[] = [
      { id: 'onchain.1', refresh: async () => (calls.push('onchain.1'), { state: 'live', at: clock().toISOString() }) },
      {
        id: 'onchain.8453',
        refresh: async () => {
          throw new Error('rpc timeout');
        },
      },
    ];
    const report = await refreshAll({
      fetch: globalThis.fetch,
      storage: createMemoryStorage(),
      now: clock,
      baseUrls: { ...baseUrls(), coins: 'http://127.0.0.1:9' },
      timeoutMs: 2000,
      tasks: onchain,
    });
    expect(calls).toEqual(['onchain.1']);
    expect(report.statuses['onchain.1']).toEqual({ state: 'live', at: '2026-11-25T10:00:00.000Z' });
    expect(report.statuses['onchain.8453']).toEqual({ state: 'failed', reason: 'rpc timeout', at: '2026-11-25T10:00:00.000Z' });
    // Prices unreachable; the snapshot covers no price, so nothing is shown instead.
    expect(formatSourceStatus(report.statuses['defillama.prices']!, clock())).toBe('failed: network error');
    // Pools and protocols are unaffected by the others' failures.
    expect(report.statuses['defillama.pools']).toEqual({ state: 'live', at: '2026-11-25T10:00:00.000Z' });
  });
});
