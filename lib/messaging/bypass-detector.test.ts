import { describe, expect, it } from 'vitest';
import { createBypassDetector, mayBeHeldEnvelope, providerStreamRequest } from './bypass-detector';

const deposit = { method: 'eth_sendTransaction', params: [{ to: '0x308861A430be4cce5502d0A12724771Fc6DaF216', data: '0xd0e30db0', value: '0x1' }] };
const envelope = (r: { method: string; params: unknown }) => ({ target: 'metamask-contentscript', data: { name: 'metamask-provider', data: { jsonrpc: '2.0', id: 7, ...r } } });

describe('providerStreamRequest', () => {
  it('reads MetaMask’s inpage → content-script envelope', () => {
    expect(providerStreamRequest(envelope(deposit))).toEqual(deposit);
  });
  it.each([null, 'x', { target: 'other' }, { target: 'metamask-contentscript', data: { name: 1 } }, { target: 'x-contentscript', data: { name: 'p', data: {} } }])(
    'ignores %j',
    (data) => {
      expect(providerStreamRequest(data)).toBeNull();
    },
  );
});

describe('createBypassDetector', () => {
  it('reports a held method the warning did not pass on', () => {
    const d = createBypassDetector(() => 1000);
    expect(d.observe(envelope(deposit))).toEqual({ method: 'eth_sendTransaction' });
  });
  it('does not count the envelope of a request the person let through, once', () => {
    let t = 1000;
    const d = createBypassDetector(() => t);
    d.expect([deposit]);
    t += 50;
    expect(d.observe(envelope(deposit))).toBeNull();
    expect(d.observe(envelope(deposit))).toEqual({ method: 'eth_sendTransaction' });
  });
  it('forgets what it expected after a while', () => {
    let t = 0;
    const d = createBypassDetector(() => t);
    d.expect([deposit]);
    t = 60_000;
    expect(d.observe(envelope(deposit))).toEqual({ method: 'eth_sendTransaction' });
  });
  it('ignores methods that are not held', () => {
    expect(createBypassDetector().observe(envelope({ method: 'eth_call', params: [] }))).toBeNull();
  });
});

describe('mayBeHeldEnvelope (the page bridge’s filter on every window message)', () => {
  const of = (method: string) => envelope({ method, params: [] });
  it('lets through held methods in a wallet channel’s envelope, and nothing else', () => {
    expect(mayBeHeldEnvelope(of('eth_sendTransaction'))).toBe(true);
    expect(mayBeHeldEnvelope(of('eth_signTypedData_v4'))).toBe(true);
    expect(mayBeHeldEnvelope(of('eth_chainId'))).toBe(false);
    expect(mayBeHeldEnvelope({ target: 'somewhere-else', data: of('eth_sendTransaction').data })).toBe(false);
    for (const other of [null, 'eth_sendTransaction', 42, { method: 'eth_sendTransaction' }]) expect(mayBeHeldEnvelope(other)).toBe(false);
  });
});
