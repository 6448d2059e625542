import { describe, expect, it } from 'vitest';
import { encodeFunctionData, maxUint256, parseAbiItem, parseEther } from 'viem';
import { detect } from './detect';
import { describeIntent } from './describe-intent';

const approve = parseAbiItem('function approve(address spender, uint256 amount) returns (bool)');
const WEETH = '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee';
const STETH = '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84';
const STRANGER = '0x1111111111111111111111111111111111111111';
const KELP_POOL = '0x036676389e48133B63a802f8635AD39E752D375D';
const send = (to: string, data: string, value?: string) => ({ method: 'eth_sendTransaction', params: [{ to, data, ...(value ? { value } : {}) }] });

describe('official-contract flags', () => {
  it('an LRT approved to a contract no protocol owns is an intent flagged unregistered-spender', () => {
    const [intent, ...rest] = detect(1, send(WEETH, encodeFunctionData({ abi: [approve], args: [STRANGER, maxUint256] })));
    expect(rest).toEqual([]);
    expect(intent).toMatchObject({
      action: 'approve',
      protocol: 'etherfi',
      contract: { address: STRANGER, name: 'an unregistered contract', verification: 'unverified' },
      asset: { symbol: 'weETH', amount: 'unlimited' },
      spender: STRANGER,
      flags: ['unregistered-spender'],
    });
    expect(describeIntent(intent!)).toBe(
      `You allow ${STRANGER}, which is not a registered contract of any protocol, to take an unlimited amount of weETH`,
    );
  });

  it('an LST approved to a stranger is not a restaking intent', () => {
    expect(detect(1, send(STETH, encodeFunctionData({ abi: [approve], args: [STRANGER, parseEther('1')] })))).toEqual([]);
  });

  it('a registered contract address used on a chain where it is not registered is flagged wrong-chain', () => {
    const [intent] = detect(42161, send(KELP_POOL, '0x72c51c0b' + '00'.repeat(64), '0xde0b6b3a7640000'));
    expect(intent).toMatchObject({ action: 'deposit', protocol: 'kelp', chainId: 42161, flags: ['wrong-chain'] });
    expect(intent!.notes).toContain(`LRTDepositPool ${KELP_POOL} is registered on chain 1, not on chain 42161`);
    expect(describeIntent(intent!)).toMatch(/, on chain 42161, where this contract is not registered$/);
  });

  it('the same call on its own chain carries no flag', () => {
    const [intent] = detect(1, send(KELP_POOL, '0x72c51c0b' + '00'.repeat(64), '0xde0b6b3a7640000'));
    expect(intent!.flags).toBeUndefined();
  });
});
