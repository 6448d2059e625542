import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startLocalServer, type LocalServer } from '../../tests/fixtures/defillama/local-server.ts';
import { createMemoryStorage } from '../../tests/support/memory-storage';
import { createWorkerHandler } from '../messaging/handle-worker-message';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { BORROW_RATES_TTL_MS, createBorrowRateSource } from './borrow-rate-source';
import { createWorker } from './create-worker';

// Recorded payloads of tests/fixtures/defillama (provenance in their README), replayed from 127.0.0.1.
const pools = readFileSync(new URL('../../tests/fixtures/defillama/pools.json', import.meta.url), 'utf8');
const lendBorrow = readFileSync(new URL('../../tests/fixtures/defillama/lend-borrow.json', import.meta.url), 'utf8');

let server: LocalServer;
let broken = false;
let lendCalls = 0;
beforeAll(async () => {
  server = await startLocalServer({
    '/pools': json(pools),
    '/lendBorrow': (req, res) => {
      lendCalls++;
      return (broken ? json('<html>502</html>') : json(lendBorrow))(req, res);
    },
  });
});
afterAll(() => server.close());

describe('borrow-rate cache', () => {
  it('serves the cached rates within the TTL, refreshes when stale, and keeps good data when a refresh fails', async () => {
    let at = new Date('2026-11-25T12:00:00Z');
    const rates = createBorrowRateSource({ fetch: globalThis.fetch, storage: createMemoryStorage(), now: () => at, baseUrl: server.url });
    expect((await rates.read(false))?.data).toBeNull();
    await rates.task.refresh();
    const first = await rates.read(true);
    expect(first).toMatchObject({ source: `${server.url}/lendBorrow`, stale: false, status: { state: 'live' } });
    expect(first!.data!.rates[0]).toMatchObject({ project: 'aave-v3', chainId: 1, apyBaseBorrow: 2.41 });
    const calls = lendCalls;
    await rates.read(true);
    expect(lendCalls).toBe(calls);

    // Past the TTL, with DefiLlama failing: the stale rates stay, with the failure recorded.
    at = new Date(at.getTime() + BORROW_RATES_TTL_MS + 1);
    broken = true;
    await rates.task.refresh();
    const after = await rates.read(false);
    expect(after).toMatchObject({ stale: true, data: first!.data });
    expect(after!.status.state).toBe('failed');
    broken = false;
  });

  it('the worker refreshes them with the other sources and the loop calculator nets against them', async () => {
    const worker = createWorker({
      storage: createMemoryStorage(),
      session: createMemoryStorage(),
      snapshot: loadSnapshot(),
      fetch: globalThis.fetch,
      clientFor: () => {
        throw new Error('offline');
      },
      injectWarningUi: async () => {},
      openTab: async () => {},
      now: () => new Date('2026-11-25T12:00:00Z'),
      baseUrls: { yields: server.url, api: server.url, coins: server.url },
    });
    const handle = createWorkerHandler(worker);
    await worker.refreshNow();
    const reply = (await handle({ type: 'loop', id: 'weeth', market: 'aave-v3', chainId: 1, leverage: 3 }, { extensionPage: true })) as { ok: boolean; plan: { result: { netApy: { known: boolean; source?: string } } } };
    expect(reply.ok).toBe(true);
    expect(reply.plan.result.netApy).toMatchObject({ known: true });
    expect(reply.plan.result.netApy.source).toContain(`${server.url}/lendBorrow`);
  });
});
