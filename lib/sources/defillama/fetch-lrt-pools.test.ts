import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largePoolsBody } from '../../../tests/fixtures/defillama/large-pools.ts';
import { json, stall, startLocalServer, stream, type LocalServer } from '../../../tests/fixtures/defillama/local-server.ts';
import { fetchLrtPools, POOLS_MAX_BYTES } from './fetch-lrt-pools.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/defillama/${name}`, import.meta.url), 'utf8');

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/good/pools': json(fixture('pools.json')),
    '/hostile/pools': json(fixture('pools-hostile.json')),
    '/html/pools': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><script>alert(1)</script>Cloudflare</body></html>');
    },
    '/down/pools': json('{"message":"Service Unavailable"}', 503),
    '/truncated/pools': json(fixture('pools.json').slice(0, 4000)),
    '/status-error/pools': json({ status: 'error', data: JSON.parse(fixture('pools.json')).data }),
    '/no-lrt/pools': json({ status: 'success', data: [{ chain: 'Ethereum', project: 'lido', symbol: 'STETH', tvlUsd: 1, pool: 'p' }] }),
    '/huge/pools': stream(() => largePoolsBody(50 * 1024 * 1024)),
    '/huge-declared/pools': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) });
      res.write('{"status":"success","data":[');
    },
    '/slow/pools': stall(),
    '/large/pools': stream(() => largePoolsBody(36 * 1024 * 1024)),
  });
});
afterAll(() => server.close());

const deps = (path: string, extra: Partial<Parameters<typeof fetchLrtPools>[0]> = {}) => ({
  fetch: globalThis.fetch,
  baseUrl: `${server.url}/${path}`,
  now: () => new Date('2026-11-25T12:00:00Z'),
  ...extra,
});

describe('fetchLrtPools against a local DefiLlama-format server', () => {
  it('keeps only the LRT rows and the columns we use', async () => {
    const result = await fetchLrtPools(deps('good'));
    if (!result.ok) throw result.error;
    expect(result.source).toBe(`${server.url}/good/pools`);
    expect(result.asOf).toBe('2026-11-25T12:00:00.000Z');
    const ids = result.data.pools.map((p) => `${p.lrtId}:${p.chain}`);
    // eBTC (same project as weETH), the Pendle ezETH PT and non-LRT rows are not ours.
    expect(ids).toEqual(['weeth:Ethereum', 'weeth:Base', 'ezeth:Ethereum', 'rseth:Ethereum', 'pufeth:Ethereum', 'rsweth:Ethereum', 'yneth:Ethereum', 'ynlsde:Ethereum']);
    expect(result.data.rows).toBe(13);
    expect(result.data.rejected).toBe(0);
    const weeth = result.data.pools[0]!;
    expect(weeth).toEqual({
      lrtId: 'weeth',
      protocol: 'etherfi',
      pool: expect.stringMatching(/^[0-9a-f-]{36}$/),
      chain: 'Ethereum',
      project: 'ether.fi-stake',
      symbol: 'WEETH',
      tvlUsd: 5200000000,
      apyBase: 2.95,
      apyReward: 0.42,
      apy: 3.37,
      rewardTokens: ['0x8F08B70456eb22f6109F57b8fafE862ED28E6040'],
      rewardMeans: 'restaking-rewards',
    });
    expect(result.data.pools.find((p) => p.lrtId === 'yneth')).toMatchObject({ apyBase: null, apy: 3.4 });
  });

  it('rejects wrong-typed rows one by one and keeps hostile strings as inert data', async () => {
    const result = await fetchLrtPools(deps('hostile'));
    if (!result.ok) throw result.error;
    expect(result.data.pools.map((p) => p.lrtId)).toEqual(['pufeth', 'rsweth', 'yneth', 'ynlsde']);
    // weETH ×2 (string apyBase, null tvlUsd), ezETH (no pool id), rsETH (string rewardTokens), rsETH (negative tvl).
    expect(result.data.rejected).toBe(5);
    const puf = result.data.pools[0]!;
    // Verbatim: not decoded, not escaped, not interpreted — rendering is the UI's job, as text.
    expect(puf.rewardTokens).toEqual(['<img src=x onerror=alert(1)>']);
    expect(Object.keys(puf)).not.toContain('poolMeta');
    const all = JSON.stringify(result.data);
    expect(all).not.toContain('document.location');
    expect(all).not.toContain('pwned');
  });

  it.each([
    ['html', 'invalid payload'],
    ['down', 'http 503'],
    ['truncated', 'invalid payload'],
    ['status-error', 'invalid payload'],
    ['no-lrt', 'invalid payload'],
    ['missing', 'http 404'],
  ])('%s → failed: %s', async (path, message) => {
    const result = await fetchLrtPools(deps(path));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.shortMessage).toBe(message);
  });

  it('stops a 50 MB body at the byte cap, with or without Content-Length', async () => {
    for (const path of ['huge', 'huge-declared']) {
      const t0 = performance.now();
      const result = await fetchLrtPools(deps(path));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.shortMessage).toBe('too large');
        expect(result.error.code).toBe('too-large');
      }
      expect(performance.now() - t0).toBeLessThan(15_000);
    }
    expect(POOLS_MAX_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('times out a response that stalls after its headers', async () => {
    const t0 = performance.now();
    const result = await fetchLrtPools(deps('slow', { timeoutMs: 300 }));
    const elapsed = performance.now() - t0;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.shortMessage).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
  });

  it('reports a caller abort as aborted and an unreachable host as a network error', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await fetchLrtPools(deps('slow', { signal: controller.signal, timeoutMs: 5000 }));
    expect(!aborted.ok && aborted.error.shortMessage).toBe('aborted');
    const unreachable = await fetchLrtPools({ fetch: globalThis.fetch, baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(!unreachable.ok && unreachable.error.shortMessage).toBe('network error');
  });

  it('parses a 36 MB realistic body with bounded memory and returns the LRT pools', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peakLive = 0;
    let nextSample = 0;
    let samples = 0;
    const t0 = performance.now();
    const result = await fetchLrtPools(
      deps('large', {
        // Sample *live* memory (after a full GC) every 4 MB: garbage from decoded chunks is not held memory.
        onProgress: (bytes) => {
          if (bytes < nextSample) return;
          nextSample = bytes + 4 * 1024 * 1024;
          gc();
          samples++;
          peakLive = Math.max(peakLive, process.memoryUsage().heapUsed - baseline);
        },
      }),
    );
    const ms = performance.now() - t0;
    gc();
    const retained = process.memoryUsage().heapUsed - baseline;
    if (!result.ok) throw result.error;
    expect(result.data.bytes).toBeGreaterThan(35 * 1024 * 1024);
    expect(result.data.rows).toBeGreaterThan(50_000);
    expect(result.data.pools.map((p) => p.lrtId).sort()).toEqual(['ezeth', 'pufeth', 'rseth', 'rsweth', 'weeth', 'weeth', 'yneth', 'ynlsde']);
    expect(samples).toBeGreaterThanOrEqual(8);
    // Holding the body as one string would alone be > 36 MB, parsing it whole several times that.
    expect(peakLive).toBeLessThan(8 * 1024 * 1024);
    expect(retained).toBeLessThan(2 * 1024 * 1024);
    console.info(
      `/pools ${(result.data.bytes / 2 ** 20).toFixed(1)} MB, ${result.data.rows} rows: ${ms.toFixed(0)} ms, ` +
        `peak live +${(peakLive / 2 ** 20).toFixed(2)} MB, retained +${(retained / 2 ** 20).toFixed(2)} MB`,
    );
  });
});
