import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startLocalServer, type LocalServer } from '../../tests/fixtures/defillama/local-server.ts';
import { loadSnapshot } from './load-snapshot.ts';
import { refreshSnapshot } from './refresh-snapshot.ts';

const fixture = (name: string) => readFile(new URL(`../../tests/fixtures/defillama/${name}`, import.meta.url), 'utf8');
const root = fileURLToPath(new URL('../..', import.meta.url));

let server: LocalServer;
let dir: string;
beforeAll(async () => {
  server = await startLocalServer({
    '/ok/pools': json(await fixture('pools.json')),
    '/ok/protocols': json(await fixture('protocols.json')),
    '/down/pools': json('{}', 503),
  });
  dir = await mkdtemp(join(tmpdir(), 'lrt-snapshot-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const today = () => new Date('2026-11-26T09:00:00Z');

describe('refreshSnapshot', () => {
  it('folds live TVL and yields into the snapshot and lists them as fact changes', async () => {
    const current = loadSnapshot();
    const { next, changes, failures, reached } = await refreshSnapshot(current, {
      fetch: globalThis.fetch,
      yieldsBaseUrl: `${server.url}/ok`,
      apiBaseUrl: `${server.url}/ok`,
      now: today,
    });
    expect(failures).toEqual([]);
    expect(reached).toBe(2);
    expect(next.asOf).toBe('2026-11-26');
    const weeth = next.lrts.find((l) => l.id === 'weeth')!;
    expect(weeth.tvlUsd).toMatchObject({ value: 5_510_000_000, source: `${server.url}/ok/pools`, asOf: '2026-11-26', verification: 'secondary' });
    expect(weeth.yield.exchangeRateApy.value).toBe(2.95);
    expect(weeth.yield.restakingRewards.value).toBe(0.42);
    expect(next.lrts.find((l) => l.id === 'pufeth')!.yield.incentives.value).toBe(0.8);
    // YieldNest's rows carry only `apy` (apyBase null): the total less reward tokens is the exchange-rate yield.
    expect(next.lrts.find((l) => l.id === 'yneth')!.yield.exchangeRateApy).toMatchObject({ value: 3.4, note: expect.stringContaining('no apyBase') });
    expect(next.lrts.find((l) => l.id === 'ynlsde')!.yield.exchangeRateApy.value).toBe(0);
    expect(next.lrts.find((l) => l.id === 'eigenlayer-direct')!.tvlUsd.value).toBe(12_000_000_000);
    // inETH has no live row: its facts stay as they were, not zeroed.
    expect(next.lrts.find((l) => l.id === 'ineth')!.tvlUsd).toEqual(current.lrts.find((l) => l.id === 'ineth')!.tvlUsd);
    // Curated facts are untouched.
    expect(next.lrts.map((l) => l.audits)).toEqual(current.lrts.map((l) => l.audits));
    const paths = changes.filter((c) => c.kind === 'changed').map((c) => c.path);
    expect(paths).toContain('lrts[weeth].tvlUsd');
    expect(paths).toContain('lrts[rseth].yield.exchangeRateApy');
    expect(paths).toContain('asOf');
    expect(paths.every((p) => p === 'asOf' || /\.(tvlUsd|yield\.\w+)$/.test(p))).toBe(true);
  });

  it('rebuilds what answered and names what did not', async () => {
    const { next, failures, reached } = await refreshSnapshot(loadSnapshot(), {
      fetch: globalThis.fetch,
      yieldsBaseUrl: `${server.url}/down`,
      apiBaseUrl: `${server.url}/ok`,
      now: today,
    });
    expect(reached).toBe(1);
    expect(failures).toEqual([{ source: 'DefiLlama /pools', reason: 'http 503' }]);
    // The dated fallback it could not replace is kept, with its own source and date.
    expect(next.lrts.find((l) => l.id === 'weeth')!.tvlUsd).toEqual(loadSnapshot().lrts.find((l) => l.id === 'weeth')!.tvlUsd);
    expect(next.lrts.find((l) => l.id === 'eigenlayer-direct')!.tvlUsd.value).toBe(12_000_000_000);
  });
});

function runCli(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'lib/snapshot/rebuild.ts'],
      { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run snapshot (lib/snapshot/rebuild.ts)', () => {
  const bundled = fileURLToPath(new URL('./snapshot.json', import.meta.url));

  it('with no reachable source: says so, exits 2 and leaves the file byte for byte', async () => {
    const path = join(dir, 'offline.json');
    const original = await readFile(bundled, 'utf8');
    await writeFile(path, original);
    const run = await runCli({
      LRT_SNAPSHOT_PATH: path,
      LRT_DEFILLAMA_YIELDS_URL: 'http://127.0.0.1:9',
      LRT_DEFILLAMA_API_URL: 'http://127.0.0.1:9',
      LRT_SNAPSHOT_TIMEOUT_MS: '3000',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unreachable: DefiLlama /pools: network error');
    expect(run.stderr).toContain('No live source could be reached (no network?). The snapshot was not changed.');
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('with the sources up: writes a valid snapshot and prints the fact diff', async () => {
    const path = join(dir, 'online.json');
    await writeFile(path, await readFile(bundled, 'utf8'));
    const run = await runCli({ LRT_SNAPSHOT_PATH: path, LRT_DEFILLAMA_YIELDS_URL: `${server.url}/ok`, LRT_DEFILLAMA_API_URL: `${server.url}/ok` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/~ lrts\[weeth\]\.tvlUsd: 5130000000 → 5510000000 {2}\(http:\/\/127\.0\.0\.1:\d+\/ok\/pools, \d{4}-\d{2}-\d{2}\)/);
    expect(run.stdout).toContain('written: ');
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written.lrts.find((l: { id: string }) => l.id === 'weeth').tvlUsd.value).toBe(5_510_000_000);
  });

  it('with one source down: writes what it could and exits 1', async () => {
    const path = join(dir, 'partial.json');
    await writeFile(path, await readFile(bundled, 'utf8'));
    const run = await runCli({ LRT_SNAPSHOT_PATH: path, LRT_DEFILLAMA_YIELDS_URL: `${server.url}/down`, LRT_DEFILLAMA_API_URL: `${server.url}/ok` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unreachable: DefiLlama /pools: http 503');
    expect(run.stdout).toContain('~ lrts[eigenlayer-direct].tvlUsd: null → 12000000000');
  });
});
