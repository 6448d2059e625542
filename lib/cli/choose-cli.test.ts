import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { main } from './main';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** In process: the same main() the binary runs, with captured streams. */
async function cli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b) => (out += b));
  stderr.on('data', (b) => (err += b));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out, stderr: err };
}

const seeds = loadSnapshot().lrts.filter((l) => l.kind === 'lrt' && l.token).map((l) => l.token!.symbol);

describe('lrt-advisor rank', () => {
  it('prints the ordered list with id, symbol, kind, score and reasons (spawned binary)', () => {
    const r = spawnSync(process.execPath, [BIN, 'rank', '--profile', 'preserve', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; symbol: string; kind: string; score: number; reasons: string[] }[];
    expect(list[0]).toMatchObject({ kind: 'lst' });
    for (const e of list) {
      expect(typeof e.id).toBe('string');
      expect(['lst', 'lrt']).toContain(e.kind);
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.reasons.every((s) => /^[A-Z].*\.$/.test(s))).toBe(true);
    }
    for (const symbol of seeds) expect(list.map((e) => e.symbol)).toContain(symbol);
  });

  it('answers for each profile and a chain, in words', async () => {
    for (const profile of ['preserve', 'balance', 'maximize']) {
      const r = await cli(['rank', '--profile', profile, '--chain', '1']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^ 1\. \S+ \((LST|LRT)\) [\d.]+ \/ 100$/m);
    }
  });

  it('exits 2 with one line on a bad profile or chain', async () => {
    expect(await cli(['rank', '--profile', 'yolo'])).toMatchObject({ code: 2, stderr: 'lrt-advisor: unknown --profile "yolo"; one of preserve, balance, maximize\n' });
    expect(await cli(['rank'])).toMatchObject({ code: 2 });
    expect(await cli(['rank', '--profile', 'balance', '--chain', 'x'])).toMatchObject({ code: 2, stderr: 'lrt-advisor: invalid --chain: "x"\n' });
  });
});

describe('lrt-advisor loop', () => {
  it('answers for every seed LRT on both markets offline, naming what it does not know', async () => {
    for (const symbol of seeds)
      for (const market of ['aave-v3', 'morpho-blue']) {
        const r = await cli(['loop', symbol, '--market', market, '--leverage', '2', '--json']);
        expect(r.code, `${symbol} ${market}: ${r.stderr}`).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(out.leverage).toBe(2);
        for (const key of ['netApy', 'liquidationThreshold', 'liquidationDrop'])
          expect(out[key].value === null ? typeof out[key].reason : `${typeof out[key].source} ${typeof out[key].asOf}`).toMatch(/^(string|string string)$/);
      }
  });

  it('shows the liquidation drop shrinking as leverage grows', async () => {
    const drops: number[] = [];
    for (const leverage of ['1.5', '3', '6', '12']) {
      const r = await cli(['loop', 'weETH', '--market', 'aave-v3', '--leverage', leverage, '--json']);
      drops.push(JSON.parse(r.stdout).liquidationDrop.value);
    }
    expect(drops).toEqual([...drops].sort((a, b) => b - a));
    expect(new Set(drops).size).toBe(4);
  });

  it('exits 2 with one line for a leverage below 1 or above the market’s maximum', async () => {
    expect(await cli(['loop', 'weETH', '--market', 'aave-v3', '--leverage', '0.5'])).toMatchObject({ code: 2, stdout: '', stderr: 'lrt-advisor: leverage must be at least 1 (got 0.5)\n' });
    expect(await cli(['loop', 'weETH', '--market', 'morpho-blue', '--leverage', '19'])).toMatchObject({
      code: 2,
      stderr: 'lrt-advisor: leverage 19 is above this market’s maximum of 18.18x (max LTV 94.5 %)\n',
    });
    expect(await cli(['loop', 'weETH', '--market', 'compound', '--leverage', '2'])).toMatchObject({ code: 2 });
    expect(await cli(['loop', 'weETH', '--market', 'aave-v3', '--leverage', 'lots'])).toMatchObject({ code: 2, stderr: 'lrt-advisor: invalid --leverage: "lots"\n' });
    expect(await cli(['loop', 'nothing-like-it', '--market', 'aave-v3', '--leverage', '2'])).toMatchObject({ code: 1 });
  });
});
