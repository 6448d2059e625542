import { describe, expect, it } from 'vitest';
import { learnRejection, uncheckedError, walletRejection } from './rejection';

const why = 'cancelled in LRT Advisor';

describe('walletRejection', () => {
  it('answers as MetaMask’s in-page provider does: a plain object, its transaction message for transactions', () => {
    const metamask = { isMetaMask: true };
    expect(walletRejection(metamask, 'eth_sendTransaction', why)).toEqual({
      code: 4001,
      message: 'MetaMask Tx Signature: User denied transaction signature.',
      data: { source: 'LRT Advisor', reason: why },
    });
    expect(walletRejection(metamask, 'eth_signTypedData_v4', why)).toEqual({ code: 4001, message: 'User rejected the request.', data: { source: 'LRT Advisor', reason: why } });
  });

  it('answers as Frame does (a plain object), and in EIP-1193’s shape for a wallet it cannot tell (an Error with code and data)', () => {
    expect(walletRejection({ isFrame: true }, 'eth_sendTransaction', why)).toEqual({ code: 4001, message: 'User rejected the request.', data: { source: 'LRT Advisor', reason: why } });
    const error = walletRejection({}, 'eth_sendTransaction', why) as Error & { code: number; data: unknown };
    expect(error).toBeInstanceOf(Error);
    expect([error.message, error.code, error.data]).toEqual(['User rejected the request.', 4001, { source: 'LRT Advisor', reason: why }]);
  });

  it('reads flags only from own data properties: a getter cannot run page code, and is no flag', () => {
    let reads = 0;
    const provider = Object.defineProperty({}, 'isMetaMask', { get: () => (reads++, true) });
    expect(walletRejection(provider, 'eth_sendTransaction', why)).toBeInstanceOf(Error);
    expect(reads).toBe(0);
  });

  it('mirrors the shape and message of a 4001 the same wallet returned earlier, per kind of method', () => {
    const wallet = { isMetaMask: true };
    learnRejection(wallet, 'eth_sendTransaction', Object.assign(new Error('Transaction declined'), { code: 4001 }));
    const tx = walletRejection(wallet, 'wallet_sendTransaction', why, ' (more)') as Error;
    expect(tx).toBeInstanceOf(Error);
    expect(tx.message).toBe('Transaction declined (more)');
    // Nothing learnt for signatures yet: the flag's message, in the learnt shape.
    expect((walletRejection(wallet, 'eth_signTypedData_v4', why) as Error).message).toBe('User rejected the request.');
    // Other codes teach nothing.
    learnRejection(wallet, 'eth_sendTransaction', { code: -32603, message: 'internal' });
    expect((walletRejection(wallet, 'eth_sendTransaction', why) as Error).message).toBe('Transaction declined');
  });
});

describe('uncheckedError', () => {
  it('says what happened and why, with EIP-1193’s internal-error code', () => {
    const error = uncheckedError('the request could not be copied') as Error & { code: number; data: unknown };
    expect(error.message).toBe('LRT Advisor could not check this request (the request could not be copied), so it was not sent to your wallet.');
    expect(error.code).toBe(-32603);
    expect(error.data).toEqual({ source: 'LRT Advisor', reason: 'the request could not be copied' });
  });
});
