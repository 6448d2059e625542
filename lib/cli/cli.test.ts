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
    ['no method', JSON.stringify({ params: [] }), 'lrt-advisor: request has no method\n'],
    ['a method that is not a name', JSON.stringify({ method: 'eth call; rm', params: [] }), 'lrt-advisor: unsupported method: "eth call; rm"\n'],
    ['params neither array nor object', JSON.stringify({ method: 'eth_call', params: 'x' }), 'lrt-advisor: unsupported method: "eth_call"\n'],
  ])('exits 2 with one line on stderr for %s', (_name, input, message) => {
    const { code, stdout, stderr } = run(['inspect'], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it.each([
    ['eth_chainId', { method: 'eth_chainId' }],
    ['eth_call', { method: 'eth_call', params: [{ to: '0x308861a430be4cce5502d0a12724771fc6daf216', data: '0x70a08231' }, 'latest'] }],
    ['personal_sign', { method: 'personal_sign', params: ['0x68656c6c6f', '0x00000000000000000000000000000000000A11cE'] }],
    ['eth_getBalance', { method: 'eth_getBalance', params: { address: '0x00000000000000000000000000000000000A11cE' } }],
    ['eth_foo', { method: 'eth_foo', params: [] }],
  ])('exits 0 with no intents for %s, which carries no transaction', (method, request) => {
    const json = run(['inspect', '--json', '--chain', '10'], JSON.stringify(request));
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toMatchObject({ chainId: 10, method, intents: [] });
    expect(run(['inspect'], JSON.stringify(request))).toMatchObject({ code: 0, stdout: `No restaking intent (${method} on chain 1).\n`, stderr: '' });
  });

  it('reads a SafeTx pasted on its own, as a Safe owner copies it', () => {
    const depositEth = '0x72c51c0b' + '0'.repeat(64) + '0'.repeat(62) + '40' + '0'.repeat(64);
    const typed = {
      types: {
        EIP712Domain: [
          { name: 'chainId', type: 'uint256' },
          { name: 'verifyingContract', type: 'address' },
        ],
        SafeTx: ['to:address', 'value:uint256', 'data:bytes', 'operation:uint8', 'safeTxGas:uint256', 'baseGas:uint256', 'gasPrice:uint256', 'gasToken:address', 'refundReceiver:address', 'nonce:uint256'].map((f) => ({ name: f.split(':')[0], type: f.split(':')[1] })),
      },
      domain: { chainId: '1', verifyingContract: '0x1111111111111111111111111111111111111111' },
      primaryType: 'SafeTx',
      message: { to: '0x036676389e48133B63a802f8635AD39E752D375D', value: '2000000000000000000', data: depositEth, operation: 0, safeTxGas: 0, baseGas: 0, gasPrice: 0, gasToken: '0x0000000000000000000000000000000000000000', refundReceiver: '0x0000000000000000000000000000000000000000', nonce: 3 },
    };
    const { code, stdout } = run(['inspect', '--json'], JSON.stringify(typed));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.method).toBe('eth_signTypedData_v4');
    expect(out.intents).toMatchObject([{ action: 'deposit', protocol: 'kelp', asset: { symbol: 'ETH', amount: '2000000000000000000' }, token: { symbol: 'rsETH' } }]);
    expect(out.intents[0].notes[0]).toBe('SafeTx for Safe 0x1111111111111111111111111111111111111111 (nonce 3): runs once enough owners sign');
  });

  it('exits 2 on an invalid --chain or an unknown command', () => {
    expect(run(['inspect', '--chain', 'mainnet'], deposit)).toMatchObject({ code: 2, stderr: 'lrt-advisor: invalid --chain: "mainnet"\n' });
    expect(run(['frobnicate'], '')).toMatchObject({ code: 2 });
  });
});
