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

  // Built by tests/fixtures/judgement/build-trades.ts: a CoW GPv2Order selling 1 weETH for WETH, paid to a constructed
  // stranger; Pendle router v4 swapExactTokenForPt of 1 weETH into the weETH market from lib/venues/pendle.ts.
  const cow = JSON.stringify({"method":"eth_signTypedData_v4","params":["0x8ba1f109551bD432803012645Ac136ddd64DBA72","{\"domain\":{\"name\":\"Gnosis Protocol\",\"version\":\"v2\",\"chainId\":1,\"verifyingContract\":\"0x9008D19f58AAbD9eD0D60971565AA8510560ab41\"},\"primaryType\":\"Order\",\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\"}],\"Order\":[{\"name\":\"sellToken\",\"type\":\"address\"},{\"name\":\"buyToken\",\"type\":\"address\"},{\"name\":\"receiver\",\"type\":\"address\"},{\"name\":\"sellAmount\",\"type\":\"uint256\"},{\"name\":\"buyAmount\",\"type\":\"uint256\"},{\"name\":\"validTo\",\"type\":\"uint32\"},{\"name\":\"appData\",\"type\":\"bytes32\"},{\"name\":\"feeAmount\",\"type\":\"uint256\"},{\"name\":\"kind\",\"type\":\"string\"},{\"name\":\"partiallyFillable\",\"type\":\"bool\"},{\"name\":\"sellTokenBalance\",\"type\":\"string\"},{\"name\":\"buyTokenBalance\",\"type\":\"string\"}]},\"message\":{\"sellToken\":\"0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee\",\"buyToken\":\"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\",\"receiver\":\"0x7a3f19c1e6b5d2a4c8e0f1b2d3c4a5e6f7081929\",\"sellAmount\":\"1000000000000000000\",\"buyAmount\":\"1\",\"validTo\":1800000000,\"appData\":\"0x0000000000000000000000000000000000000000000000000000000000000000\",\"feeAmount\":\"0\",\"kind\":\"sell\",\"partiallyFillable\":false,\"sellTokenBalance\":\"erc20\",\"buyTokenBalance\":\"erc20\"}}"]});
  const pendle = JSON.stringify({"method":"eth_sendTransaction","params":[{"from":"0x8ba1f109551bD432803012645Ac136ddd64DBA72","to":"0x888888888889758F76e7103c6CbF23ABbF58F946","data":"0xc81f847a0000000000000000000000008ba1f109551bd432803012645ac136ddd64dba72000000000000000000000000f32e58f92e60f4b0a37a69b95d642a471365eae800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000005af3107a400000000000000000000000000000000000000000000000000000000000000001400000000000000000000000000000000000000000000000000000000000000280000000000000000000000000cd5fe23c85820f7b72d0926fc9b05b43e359b7ee0000000000000000000000000000000000000000000000000de0b6b3a7640000000000000000000000000000cd5fe23c85820f7b72d0926fc9b05b43e359b7ee000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a000000000000000000000000000000000000000000000000000000000000000c000000000000000000000000000000000000000000000000000000000000000e0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000","value":"0x0"}]});
  it('gives a signed order that pays someone else as a swap, critical, and a Pendle PT buy naming its LRT', () => {
    const order = JSON.parse(run(['inspect', '--json'], cow).stdout);
    expect(order.intents[0]).toMatchObject({ action: 'swap', asset: { symbol: 'weETH' }, venue: { id: 'cow' }, flags: ['foreign-receiver'] });
    expect(order.verdicts[0].level).toBe('critical');
    const pt = JSON.parse(run(['inspect', '--json'], pendle).stdout);
    expect(pt.intents[0]).toMatchObject({ action: 'swap', token: { symbol: 'weETH' }, derivative: { kind: 'PT' }, venue: { id: 'pendle' } });
    expect(pt.verdicts).toHaveLength(1);
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
