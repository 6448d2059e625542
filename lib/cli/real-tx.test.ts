import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realTxCorpus } from '../../tests/fixtures/real-tx/index';
import { realTxRequest } from '../../tests/fixtures/real-tx/request';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('lrt-advisor inspect --lines over the real-transaction corpus', () => {
  it('reads every transaction as what it does, in one run', () => {
    const entries = realTxCorpus.flatMap((group) => group.txs);
    const input = `${entries.map((e) => JSON.stringify(realTxRequest(e).request)).join('\n')}\n`;
    const result = spawnSync(process.execPath, [BIN, 'inspect', '--lines'], { input, cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { chainId: number; intents: { action: string; protocol: string; asset: { symbol: string; amount: string | null }; token: { symbol: string } | null; receives?: { symbol: string } | null }[] });
    expect(lines).toHaveLength(entries.length);
    lines.forEach((out, i) => {
      const entry = entries[i]!;
      expect(out.chainId, entry.name).toBe(realTxRequest(entry).chainId);
      expect(
        out.intents.map((it) => ({
          action: it.action,
          protocol: it.protocol,
          asset: [it.asset.symbol, it.asset.amount],
          token: it.token?.symbol ?? null,
          ...(it.receives !== undefined ? { receives: it.receives?.symbol ?? null } : {}),
        })),
        entry.name,
      ).toEqual(entry.expected.map((e) => ({ ...e, asset: [...e.asset] })));
    });
  });

  it('answers a malformed line with an error line and exit 2, and still reads the others', () => {
    const good = JSON.stringify(realTxRequest(realTxCorpus[0]!.txs[1]!).request);
    const result = spawnSync(process.execPath, [BIN, 'inspect', '--lines'], { input: `${good}\nnope\n{"method":"eth_chainId"}\n`, cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error ?? l.intents.length)).toEqual([1, 'input is not JSON', 0]);
  });
});
