import { createClient, custom } from 'viem';
import { mainnet } from 'viem/chains';
import { describe, expect, it } from 'vitest';
import { intent } from '../../tests/support/risk-context';
import { readSpenderCode, spenderKey } from './read-spender-code';

const EOA = '0x1111111111111111111111111111111111111111';
const CONTRACT = '0x2222222222222222222222222222222222222222';
const SLOW = '0x3333333333333333333333333333333333333333';
const calls: string[] = [];
const client = createClient({
  chain: mainnet,
  transport: custom({
    async request({ method, params }: { method: string; params: [string] }) {
      calls.push(`${method} ${params[0]}`);
      if (method !== 'eth_getCode') throw new Error(`unexpected ${method}`);
      if (params[0] === SLOW) return new Promise(() => undefined);
      return params[0] === EOA ? '0x' : '0x6080604052';
    },
  }),
});
const grant = (spender: `0x${string}`) => intent({ action: 'approve', spender, flags: ['unregistered-spender'] });

describe('readSpenderCode', () => {
  it('reads code only for spenders no registry knows, and tells a plain account from a contract', async () => {
    calls.length = 0;
    const codes = await readSpenderCode(() => client, [grant(EOA), grant(CONTRACT), intent()], new Date('2026-12-01T00:00:00Z'));
    expect(calls.sort()).toEqual([`eth_getCode ${EOA}`, `eth_getCode ${CONTRACT}`]);
    expect(codes.get(spenderKey(1, EOA))).toMatchObject({ known: true, value: false, asOf: '2026-12-01' });
    expect(codes.get(spenderKey(1, CONTRACT))).toMatchObject({ known: true, value: true });
  });

  it('leaves a read that does not answer in time unknown', async () => {
    const codes = await readSpenderCode(() => client, [grant(SLOW)], new Date(), 50);
    expect(codes.has(spenderKey(1, SLOW))).toBe(false);
  });
});
