import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../risk/rules';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[], stdin = '') => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const kelp = JSON.stringify({
  method: 'eth_sendTransaction',
  params: [{ to: '0x036676389e48133B63a802f8635AD39E752D375D', data: '0x72c51c0b' + '0'.repeat(126) + '40', value: '0xde0b6b3a7640000' }],
});

describe('lrt-advisor inspect: the verdict', () => {
  it('adds {level, findings, context} to the JSON, for the request and per intent', () => {
    const { code, stdout } = run(['inspect', '--json'], kelp);
    expect(code).toBe(0);
    const { verdict, verdicts, intents } = JSON.parse(stdout);
    expect(['ok', 'caution', 'high', 'critical', 'unknown']).toContain(verdict.level);
    expect(verdicts).toHaveLength(intents.length);
    expect(verdicts[0].level).toBe(verdict.level);
    const all = [...verdict.findings, ...verdict.context];
    expect(all.map((f: { rule: string }) => f.rule).sort()).toEqual(rules.map((r) => r.id).sort());
    // A deposit is not an allowance: who may spend is context, not judgement.
    expect(verdict.context.map((f: { rule: string }) => f.rule)).toContain('spender');
    for (const f of all) expect(Object.keys(f).sort()).toEqual(['asOf', 'evidence', 'level', 'message', 'rule', 'source']);
    // Kelp's 2026-04-18 rsETH bridge exploit is within twelve months: the incidents rule says so.
    expect(verdict.findings.find((f: { rule: string }) => f.rule === 'incidents')).toMatchObject({ level: 'high' });
  });
});

describe('lrt-advisor inspect: trades and allowances', () => {
  // SwapRouter02 exactInputSingle WETH → weETH, encoded with viem (IV3SwapRouter ABI; addresses from the registries).
  const buy = JSON.stringify({
    method: 'eth_sendTransaction',
    params: [
      {
        to: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
        data: '0x04e45aaf000000000000000000000000c02aaa39b223fe8d0a0e5c4f27ead9083c756cc2000000000000000000000000cd5fe23c85820f7b72d0926fc9b05b43e359b7ee00000000000000000000000000000000000000000000000000000000000000640000000000000000000000008ba1f109551bd432803012645ac136ddd64dba720000000000000000000000000000000000000000000000000de0b6b3a764000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      },
    ],
  });
  it('gives a swap intent naming the LRT bought, with its own verdict', () => {
    const { code, stdout } = run(['inspect', '--json'], buy);
    expect(code).toBe(0);
    const { intents, verdicts } = JSON.parse(stdout);
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ action: 'swap', asset: { symbol: 'WETH' }, token: { symbol: 'weETH' }, venue: { id: 'uniswap' } });
    expect(verdicts[0].findings.map((f: { rule: string }) => f.rule)).toContain('buy-price');
  });
});

describe('lrt-advisor token', () => {
  it('prints the report for a symbol, with verdict, exit, audits, contracts and sources', () => {
    const { code, stdout, stderr } = run(['token', 'rsETH']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Kelp rsETH \(rsETH\) · Kelp DAO · data: bundled snapshot \d{4}-\d{2}-\d{2}\n  Verdict: /);
    for (const section of ['Yield:', 'Slashing exposure:', 'Audits (', 'Exit:', 'Incidents (', 'Contracts (', 'Tokens (']) expect(stdout).toContain(section);
    expect(stdout).toContain('Ethereum LRTDepositPool 0x036676389e48133B63a802f8635AD39E752D375D (primary)');
  });

  it('finds a token by bridged address on its chain, and answers in JSON', () => {
    const { code, stdout } = run(['token', '0x35751007a407ca6FEFfE80b3cB397736D2cf4dbe', '--chain', '42161', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ id: 'weeth', protocol: { id: 'etherfi' } });
    expect(report.verdict.findings[0]).toHaveProperty('rule');
  });

  it('exits 1 with one line when nothing matches', () => {
    const { code, stdout, stderr } = run(['token', 'notatoken']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('lrt-advisor: no LRT matches "notatoken"\n');
  });

  it('exits 2 on a bad chain', () => {
    const { code, stderr } = run(['token', 'rsETH', '--chain', 'moon']);
    expect(code).toBe(2);
    expect(stderr).toBe('lrt-advisor: invalid --chain: "moon"\n');
  });
});
