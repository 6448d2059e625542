import { toFunctionSelector } from 'viem';
import { describe, expect, it } from 'vitest';
import { ALLOWANCE_CALLS, spenderOf } from './allowance-selectors';

const word = (hex: string) => hex.replace(/^0x/, '').padStart(64, '0');
const SPENDER = '0x1111111111111111111111111111111111111111';
const OTHER = '0x2222222222222222222222222222222222222222';

describe('allowance selectors', () => {
  it.each(Object.entries(ALLOWANCE_CALLS))('%s: the selector is the signature’s', (_, call) => {
    expect(toFunctionSelector(call.signature)).toBe(call.selector);
  });

  it('reads the spender of approve and increaseAllowance from the first word', () => {
    expect(spenderOf(`0x095ea7b3${word(SPENDER)}${word('ff')}`)).toBe(SPENDER);
    expect(spenderOf(`0x39509351${word(SPENDER)}${word('ff')}`)).toBe(SPENDER);
  });

  it('reads the spender of permit and Permit2 approve from the second word', () => {
    expect(spenderOf(`0xd505accf${word(OTHER)}${word(SPENDER)}${word('ff')}`)).toBe(SPENDER);
    expect(spenderOf(`0x87517C45${word(OTHER)}${word(SPENDER)}${word('ff')}`)).toBe(SPENDER);
  });

  it('answers null for other calls and for calldata too short to hold the spender', () => {
    expect(spenderOf(`0xa9059cbb${word(SPENDER)}${word('ff')}`)).toBeNull();
    expect(spenderOf(`0xd505accf${word(OTHER)}`)).toBeNull();
    expect(spenderOf('0x')).toBeNull();
  });
});
