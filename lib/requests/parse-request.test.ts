import { describe, expect, it } from 'vitest';
import { InvalidAddressError, InvalidChainIdError, InvalidHexError, InvalidRequestShapeError, InvalidTypedDataError, UnsupportedMethodError } from './errors';
import { parseRequest } from './parse-request';

const TO = '0x308861A430be4cce5502d0A12724771Fc6DaF216';

describe('parseRequest', () => {
  it('normalises a transaction', () => {
    const result = parseRequest({ method: 'eth_sendTransaction', params: [{ to: TO, input: '0xD0E30DB0', value: '10', chainId: '0xa' }] });
    expect(result).toEqual({ ok: true, request: { method: 'eth_sendTransaction', chainId: 10, calls: [{ to: TO.toLowerCase(), data: '0xD0E30DB0', value: 10n }] } });
  });

  it.each([
    [[1], InvalidRequestShapeError, 'request must be an object'],
    [{ params: [] }, InvalidRequestShapeError, 'request has no method'],
    [{ method: 'eth_call', params: [] }, UnsupportedMethodError, 'unsupported method: "eth_call"'],
    [{ method: 'eth_sendTransaction', params: [] }, InvalidRequestShapeError, 'params must be a non-empty array'],
    [{ method: 'eth_sendTransaction', params: [{ to: '0x1234', data: '0x' }] }, InvalidAddressError, 'invalid address: params[0].to'],
    [{ method: 'eth_sendTransaction', params: [{ to: TO, data: '0xabc' }] }, InvalidHexError, 'invalid hex: params[0].data'],
    [{ method: 'eth_sendTransaction', params: [{ to: TO, value: '-1' }] }, InvalidHexError, 'invalid hex: params[0].value'],
    [{ method: 'eth_sendTransaction', params: [{ to: TO, chainId: 'mainnet' }] }, InvalidChainIdError, 'invalid chain id: params[0].chainId'],
    [{ method: 'wallet_sendCalls', params: [{ calls: 'x' }] }, InvalidRequestShapeError, 'calls must be an array'],
    [{ method: 'eth_signTypedData_v4', params: [TO, '{not json'] }, InvalidTypedDataError, 'typed data is not JSON'],
    [{ method: 'eth_signTypedData_v4', params: [TO, { message: {} }] }, InvalidTypedDataError, 'typed data has no primaryType'],
  ])('refuses %j with a stable message', (request, type, message) => {
    const result = parseRequest(request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(type);
      expect(result.error.message).toBe(message);
    }
  });

  it('turns a hostile getter into a refusal, not a crash', () => {
    const hostile = Object.defineProperty({}, 'method', {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseRequest(hostile)).toMatchObject({ ok: false, error: { message: 'request could not be read' } });
  });
});
