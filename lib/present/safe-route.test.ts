import { describe, expect, it } from 'vitest';
import { detect } from '../detect/detect';
import { encodeFunctionData, encodePacked, parseAbi, parseEther, size, zeroAddress } from 'viem';
import { getProtocol } from '../protocols/registry';
import { viewProblems } from '../../tests/support/wording';
import { safeRouteLine } from './safe-route';

const SAFE = '0x0000000000000000000000000000000000005afe';
const MULTI_SEND_CALL_ONLY = '0x9641d764fc13c8B624c04430C7356C1C7C8102e2';
const pool = getProtocol('kelp')!.contracts.find((c) => c.name === 'LRTDepositPool')!.deployments.find((d) => d.chainId === 1)!.address;
const deposit = encodeFunctionData({ abi: parseAbi(['function depositETH(uint256 minRSETHAmountExpected, string referralId) payable']), args: [0n, 'x'] });
const exec = (to: string, data: `0x${string}`, value: bigint, operation: number) =>
  encodeFunctionData({
    abi: parseAbi(['function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)']),
    args: [to as `0x${string}`, value, data, operation, 0n, 0n, 0n, zeroAddress, zeroAddress, '0x'],
  });
const send = (to: string, data: `0x${string}`) => ({ method: 'eth_sendTransaction', params: [{ to, data, value: '0x0' }] });

describe('the route line of a request a Safe stands in front of', () => {
  it('says the Safe itself makes the deposit when the wallet sends its execTransaction', () => {
    const [intent] = detect(1, send(SAFE, exec(pool, deposit, parseEther('1'), 0)));
    expect(safeRouteLine(intent!)).toBe('Sent through a Safe: the Safe itself makes the deposit.');
  });

  it('says when the deposit is one call of a batch', () => {
    const batch = encodeFunctionData({
      abi: parseAbi(['function multiSend(bytes transactions) payable']),
      args: [encodePacked(['uint8', 'address', 'uint256', 'uint256', 'bytes'], [0, pool, parseEther('1'), BigInt(size(deposit)), deposit])],
    });
    const [intent] = detect(1, send(SAFE, exec(MULTI_SEND_CALL_ONLY, batch, 0n, 1)));
    const line = safeRouteLine(intent!)!;
    expect(line).toBe('Sent through a Safe, in a batch of calls: the Safe itself makes the deposit.');
    expect(viewProblems([line])).toEqual([]);
  });

  it('says nothing for a deposit the wallet makes itself', () => {
    const [intent] = detect(1, { method: 'eth_sendTransaction', params: [{ to: pool, data: deposit, value: '0xde0b6b3a7640000' }] });
    expect(intent!.action).toBe('deposit');
    expect(safeRouteLine(intent!)).toBeNull();
  });
});
