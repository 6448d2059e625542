/**
 * Bench section "sources": the background worker's memory after loading DefiLlama `/pools`, and the wall time of a
 * DefiLlama refresh — both against a local HTTP server (no network here, and a fixed body makes runs comparable).
 * The body is a realistic synthetic `/pools` (tests/fixtures/defillama/large-pools.ts): the live one is ~15k+ rows.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { createMemoryStorage } from '../support/memory-storage.ts';
import { refreshAll } from '../../lib/sources/cache/refresh-all.ts';
import { fetchLrtPools } from '../../lib/sources/defillama/fetch-lrt-pools.ts';
import { largePoolsBody } from '../fixtures/defillama/large-pools.ts';
import { json, startLocalServer, stream } from '../fixtures/defillama/local-server.ts';
import type { BenchRow } from './table.ts';

export interface SourceMeasurement {
  name: string;
  value: number;
  unit: string;
}

function gcFunction(): () => void {
  // `npm run bench` runs without --expose-gc; V8 can still hand us gc() for an exact live-heap reading.
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * Loads a `/pools` body of `bodyBytes` through fetchLrtPools and reports parse time, the peak live heap while
 * parsing (sampled after a full GC every 4 MB) and the heap still held afterwards with the result kept.
 */
export async function measurePoolsLoad(bodyBytes = 24 * 1024 * 1024): Promise<SourceMeasurement[]> {
  const gc = gcFunction();
  const server = await startLocalServer({ '/pools': stream(() => largePoolsBody(bodyBytes)) });
  try {
    // Warm-up on a small body so JIT and module loading are not counted.
    server.routes.set('/pools', stream(() => largePoolsBody(512 * 1024)));
    await fetchLrtPools({ fetch: globalThis.fetch, baseUrl: server.url });
    server.routes.set('/pools', stream(() => largePoolsBody(bodyBytes)));

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let next = 0;
    const t0 = performance.now();
    const result = await fetchLrtPools({
      fetch: globalThis.fetch,
      baseUrl: server.url,
      onProgress: (bytes) => {
        if (bytes < next) return;
        next = bytes + 4 * 1024 * 1024;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      },
    });
    const ms = performance.now() - t0;
    gc();
    const retained = process.memoryUsage().heapUsed - baseline;
    if (!result.ok) throw result.error;
    // Unsampled timing, with the body generated beforehand so only fetching and parsing are counted.
    const chunks = [...largePoolsBody(bodyBytes)];
    server.routes.set('/pools', stream(() => chunks));
    const t1 = performance.now();
    const again = await fetchLrtPools({ fetch: globalThis.fetch, baseUrl: server.url });
    const plainMs = performance.now() - t1;
    if (!again.ok) throw again.error;
    return [
      { name: '/pools body', value: result.data.bytes / 2 ** 20, unit: 'MB' },
      { name: '/pools rows scanned', value: result.data.rows, unit: 'rows' },
      { name: '/pools LRT rows kept', value: result.data.pools.length, unit: 'rows' },
      { name: '/pools load + parse (local server)', value: plainMs, unit: 'ms' },
      { name: '/pools load + parse, body generated in-process, heap sampled', value: ms, unit: 'ms' },
      { name: 'heap peak live while parsing /pools', value: peak / 2 ** 20, unit: 'MB' },
      { name: 'heap retained after loading /pools', value: retained / 2 ** 20, unit: 'MB' },
    ];
  } finally {
    await server.close();
  }
}

/** One refreshAll of the DefiLlama sources (pools of `bodyBytes`, protocols, prices) against a local server. */
export async function measureDefillamaRefresh(bodyBytes = 16 * 1024 * 1024): Promise<SourceMeasurement[]> {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/defillama/${name}`, import.meta.url), 'utf8');
  const server = await startLocalServer({
    '/pools': stream(() => largePoolsBody(bodyBytes)),
    '/protocols': json(fixture('protocols.json')),
    '/prices/current/*': json(fixture('coins.json')),
  });
  try {
    const baseUrls = { yields: server.url, api: server.url, coins: server.url };
    const report = await refreshAll({ fetch: globalThis.fetch, storage: createMemoryStorage(), baseUrls });
    const failed = Object.entries(report.statuses).filter(([, s]) => s.state !== 'live');
    if (failed.length > 0) throw new Error(`refresh failed: ${JSON.stringify(failed)}`);
    return [
      { name: `DefiLlama refresh, /pools ${(bodyBytes / 2 ** 20).toFixed(0)} MB (local server)`, value: report.durationMs, unit: 'ms' },
      ...Object.entries(report.timings).map(([id, ms]) => ({ name: `  ${id}`, value: ms, unit: 'ms' })),
    ];
  } finally {
    await server.close();
  }
}

const GOALS: Record<string, { goal: string; pass: (v: number) => boolean }> = {
  'heap peak live while parsing /pools': { goal: '< 8 MB', pass: (v) => v < 8 },
  'heap retained after loading /pools': { goal: '< 2 MB', pass: (v) => v < 2 },
};

/** The `sources` section of `npm run bench`. */
export async function benchSources(): Promise<BenchRow[]> {
  const rows = [...(await measurePoolsLoad()), ...(await measureDefillamaRefresh())];
  return rows.map((r) => {
    const goal = GOALS[r.name];
    const value = r.unit === 'rows' ? String(Math.round(r.value)) : `${r.value.toFixed(r.unit === 'MB' ? 2 : 0)} ${r.unit}`;
    return { section: 'sources', metric: r.name, value, ...(goal ? { goal: goal.goal, pass: goal.pass(r.value) } : {}) };
  });
}
