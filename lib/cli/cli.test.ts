import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], stdin: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: stdin, cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const deposit = JSON.stringify({
  method: 'eth_sendTransaction',
  params: [{ to: '0x308861a430be4cce5502d0a12724771fc6daf216', data: '0xd0e30db0', value: '0x14d1120d7b160000' }],
});

describe('lrt-advisor inspect (spawned binary)', () => {
  it('prints the intent in plain words', () => {
    const { code, stdout, stderr } = run(['inspect'], deposit);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('You deposit 1.5 ETH into ether.fi (LiquidityPool, primary) and receive eETH');
    expect(lines[1]).toMatch(/^  Verdict: (OK|CAUTION|HIGH|CRITICAL|UNKNOWN)$/);
    expect(lines.at(-2)).toMatch(/^Data: bundled snapshot \d{4}-\d{2}-\d{2} \(no live sources read\)\.$/);
  });

  it('prints {chainId, method, intents} with --json', () => {
    const { code, stdout } = run(['inspect', '--json'], deposit);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.chainId).toBe(1);
    expect(out.method).toBe('eth_sendTransaction');
    expect(out.intents).toHaveLength(1);
    expect(out.intents[0]).toMatchObject({ action: 'deposit', protocol: 'etherfi', asset: { symbol: 'ETH', amount: '1500000000000000000' }, token: { symbol: 'eETH' } });
  });

  it('takes the chain from the request over --chain, and --chain over the default', () => {
    const l2 = (chainId?: string) =>
      JSON.stringify({
        method: 'eth_sendTransaction',
        params: [{ to: '0x291088312150482826b3A37d5A69a4c54DAa9118', data: '0xa26e1186' + '0'.repeat(62) + '20' + '0'.repeat(64), value: '5', ...(chainId ? { chainId } : {}) }],
      });
    expect(JSON.parse(run(['inspect', '--json', '--chain', '1'], l2('0x2105')).stdout)).toMatchObject({ chainId: 8453, intents: [{ token: { symbol: 'wrsETH' } }] });
    expect(JSON.parse(run(['inspect', '--json', '--chain', '8453'], l2()).stdout)).toMatchObject({ chainId: 8453, intents: [{ protocol: 'kelp' }] });
    // Default chain 1: the Base pool is not registered there, so the intent says so.
    expect(JSON.parse(run(['inspect', '--json'], l2()).stdout)).toMatchObject({ chainId: 1, intents: [{ chainId: 1, flags: ['wrong-chain'] }] });
  });

  it('exits 0 with no intents for a request that is not restaking', () => {
    const { code, stdout } = run(['inspect', '--json'], JSON.stringify({ method: 'eth_sendTransaction', params: [{ to: '0x0000000000000000000000000000000000000001', data: '0x' }] }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).intents).toEqual([]);
  });

  it.each([
    ['not JSON', 'nope', 'lrt-advisor: input is not JSON\n'],
    ['wrong shape', '[1,2]', 'lrt-advisor: request must be an object\n'],
    ['bad hex', JSON.stringify({ method: 'eth_sendTransaction', params: [{ to: '0x308861a430be4cce5502d0a12724771fc6daf216', data: '0xzz' }] }), 'lrt-advisor: invalid hex: params[0].data\n'],
    ['unknown method', JSON.stringify({ method: 'eth_foo', params: [] }), 'lrt-advisor: unsupported method: "eth_foo"\n'],
  ])('exits 2 with one line on stderr for %s', (_name, input, message) => {
    const { code, stdout, stderr } = run(['inspect'], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('exits 2 on an invalid --chain or an unknown command', () => {
    expect(run(['inspect', '--chain', 'mainnet'], deposit)).toMatchObject({ code: 2, stderr: 'lrt-advisor: invalid --chain: "mainnet"\n' });
    expect(run(['frobnicate'], '')).toMatchObject({ code: 2 });
  });
});
