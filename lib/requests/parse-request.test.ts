import { describe, expect, it } from 'vitest';
import { InvalidAddressError, InvalidChainIdError, InvalidHexError, InvalidRequestShapeError, InvalidTypedDataError, UnsupportedMethodError } from './errors';
import { parseRequest } from './parse-request';

const TO = '0x308861A430be4cce5502d0A12724771Fc6DaF216';

describe('parseRequest', () => {
  it('normalises a transaction', () => {
    const result = parseRequest({ method: 'eth_sendTransaction', params: [{ to: TO, input: '0xD0E30DB0', value: '0xa', chainId: '0xa' }] });
    expect(result).toEqual({ ok: true, request: { method: 'eth_sendTransaction', chainId: 10, calls: [{ to: TO.toLowerCase(), data: '0xD0E30DB0', value: 10n }] } });
  });

  it('reads `to` written 0X… or without 0x as the wallet does (MetaMask: addHexPrefix, lowercase), and says so', () => {
    for (const to of [TO.replace('0x', '0X'), TO.slice(2)]) {
      const result = parseRequest({ method: 'eth_signTransaction', params: [{ to, data: '0x' }] });
      expect(result.ok && 'calls' in result.request && result.request.calls[0]).toEqual({
        to: TO.toLowerCase(),
        data: '0x',
        value: 0n,
        notes: [`params[0].to is written ${JSON.stringify(to)}; wallets read it as ${TO.toLowerCase()} and send there`],
      });
    }
  });

  it('reads a decimal-string value as hex, as MetaMask does, and notes the other reading', () => {
    const result = parseRequest({ method: 'eth_sendTransaction', params: [{ to: TO, value: '1000000000000000000' }] });
    expect(result.ok && 'calls' in result.request && result.request.calls[0]).toEqual({
      to: TO.toLowerCase(),
      data: '0x',
      value: 0x1000000000000000000n,
      notes: ['params[0].value "1000000000000000000" is written in decimal; wallets that read hex (MetaMask) send 4722366482869645213696 wei, not 1000000000000000000'],
    });
    // Digits that read the same either way are not a disagreement.
    const small = parseRequest({ method: 'eth_sendTransaction', params: [{ to: TO, value: '7' }] });
    expect(small.ok && 'calls' in small.request && small.request.calls[0]).toEqual({ to: TO.toLowerCase(), data: '0x', value: 7n });
  });

  it('keeps the address asked to sign typed data, in either parameter order', () => {
    const typed = JSON.stringify({ primaryType: 'Order', domain: { chainId: 1 }, message: {}, types: {} });
    for (const params of [[TO, typed], [typed, TO]]) {
      const result = parseRequest({ method: 'eth_signTypedData_v4', params });
      expect(result.ok && 'typedData' in result.request && result.request.typedData.signer).toBe(TO.toLowerCase());
    }
  });

  it.each([
    [[1], InvalidRequestShapeError, 'request must be an object'],
    [{ params: [] }, InvalidRequestShapeError, 'request has no method'],
    [{ method: 'eth_call', params: [] }, UnsupportedMethodError, 'unsupported method: "eth_call"'],
    [{ method: 'eth_sendTransaction', params: [] }, InvalidRequestShapeError, 'params must be a non-empty array'],
    [{ method: 'eth_sendTransaction', params: [{ to: '0x1234', data: '0x' }] }, InvalidAddressError, 'invalid address: params[0].to'],
    [{ method: 'eth_sendTransaction', params: [{ to: '0x0X' + TO.slice(4), data: '0x' }] }, InvalidAddressError, 'invalid address: params[0].to'],
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
