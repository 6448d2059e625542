import { encodeFunctionData, encodePacked, parseAbi, size, toHex, zeroAddress, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { intentSchema } from '../messaging/replies/intent-schema';
import type { Intent } from './intent';

const SAFE = '0x1111111111111111111111111111111111111111';
const OWNER_SAFE = '0x2222222222222222222222222222222222222222';
const OWNER = '0x00000000000000000000000000000000000A11cE';
const KELP_POOL = '0x036676389e48133B63a802f8635AD39E752D375D';
const AGETH = '0xe1B4d34E8754600962Cd944B535180Bd758E6c2e';
const RSETH = '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7';
/** safe-deployments v1.4.1 canonical MultiSendCallOnly and MultiSend, and v1.3.0 MultiSendCallOnly on zkSync. */
const MULTI_SEND_CALL_ONLY = '0x9641d764fc13c8B624c04430C7356C1C7C8102e2';
const MULTI_SEND = '0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526';
const ZKSYNC_CALL_ONLY = '0xf220D3b4DFb23C4ade8C88E526C1353AbAcbC38F';

const abi = parseAbi([
  'function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)',
  'function multiSend(bytes transactions) payable',
  'function depositETH(uint256 minRSETHAmountExpected, string referralId) payable',
  'function deposit(uint256 assets, address receiver)',
  'function approve(address spender, uint256 amount) returns (bool)',
  'function transfer(address to, uint256 amount) returns (bool)',
]);

const depositEth = encodeFunctionData({ abi, functionName: 'depositETH', args: [0n, 'ref'] });
const depositAgEth = encodeFunctionData({ abi, functionName: 'deposit', args: [5n * 10n ** 17n, SAFE] });
const approveRsEth = encodeFunctionData({ abi, functionName: 'approve', args: [AGETH, 5n * 10n ** 17n] });

function exec(to: string, data: Hex, value = 0n, operation = 0): Hex {
  return encodeFunctionData({ abi, functionName: 'execTransaction', args: [to as Hex, value, data, operation, 0n, 0n, 0n, zeroAddress, zeroAddress, '0x'] });
}

function batch(steps: { operation: number; to: string; value: bigint; data: Hex }[]): Hex {
  const packed = steps.map((s) => encodePacked(['uint8', 'address', 'uint256', 'uint256', 'bytes'], [s.operation, s.to as Hex, s.value, BigInt(size(s.data)), s.data]));
  return encodeFunctionData({ abi, functionName: 'multiSend', args: [`0x${packed.map((p) => p.slice(2)).join('')}`] });
}

const send = (to: string, data: Hex, value = 0n) => ({ method: 'eth_sendTransaction', params: [{ from: OWNER, to, data, value: toHex(value) }] });

/** The fields a person reads, without the route. */
const core = (intents: Intent[]) => intents.map(({ notes: _notes, via: _via, ...rest }) => rest);

/** SafeTx as the Safe web app asks owners to sign it (`eth_signTypedData_v4`, Safe ≥ 1.3 domain with chainId). */
function safeTx(chainId: number, to: string, data: Hex, value = '0', operation = 0) {
  return {
    method: 'eth_signTypedData_v4',
    params: [
      OWNER,
      JSON.stringify({
        types: {
          EIP712Domain: [
            { name: 'chainId', type: 'uint256' },
            { name: 'verifyingContract', type: 'address' },
          ],
          SafeTx: [
            { name: 'to', type: 'address' },
            { name: 'value', type: 'uint256' },
            { name: 'data', type: 'bytes' },
            { name: 'operation', type: 'uint8' },
            { name: 'safeTxGas', type: 'uint256' },
            { name: 'baseGas', type: 'uint256' },
            { name: 'gasPrice', type: 'uint256' },
            { name: 'gasToken', type: 'address' },
            { name: 'refundReceiver', type: 'address' },
            { name: 'nonce', type: 'uint256' },
          ],
        },
        domain: { chainId, verifyingContract: SAFE },
        primaryType: 'SafeTx',
        message: { to, value, data, operation, safeTxGas: '0', baseGas: '0', gasPrice: '0', gasToken: zeroAddress, refundReceiver: zeroAddress, nonce: '7' },
      }),
    ],
  };
}

describe('restaking through a Safe', () => {
  const direct = detect(1, send(KELP_POOL, depositEth, 10n ** 18n));

  it('reads an execTransaction as the call it runs, and says it goes through the Safe', () => {
    expect(direct).toHaveLength(1);
    const intents = detect(1, send(SAFE, exec(KELP_POOL, depositEth, 10n ** 18n)));
    expect(core(intents)).toEqual(core(direct));
    expect(intents[0]!.notes).toEqual(['through Safe 0x1111111111111111111111111111111111111111 (execTransaction)']);
    expect(intents[0]!.via).toEqual({ kind: 'safe-execution', safe: SAFE, batch: false });
    expect(direct[0]!.via).toBeUndefined();
  });

  it('reads SafeTx typed data as the transaction the owners co-sign', () => {
    const intents = detect(1, safeTx(1, KELP_POOL, depositEth, '1000000000000000000'));
    expect(core(intents)).toEqual(core(direct));
    expect(intents[0]!.notes).toEqual(['SafeTx for Safe 0x1111111111111111111111111111111111111111 (nonce 7): runs once enough owners sign']);
    expect(intents[0]!.via).toEqual({ kind: 'safe-signature', safe: SAFE, batch: false });
    // The worker's replies are parsed with the intent schema, which strips what it does not list: the route survives.
    expect(intentSchema.parse(intents[0]).via).toEqual({ kind: 'safe-signature', safe: SAFE, batch: false });
  });

  it('takes the chain from the SafeTx domain', () => {
    const wrap = encodeFunctionData({ abi: parseAbi(['function deposit(address asset, uint256 _amount)']), args: ['0x4186BFC76E2E237523CBC30FD220FE055156b41F', 3n] });
    const intents = detect(1, safeTx(10, '0x87eEE96D50Fb761AD85B1c982d28A042169d61b1', wrap));
    expect(intents.map((i) => [i.chainId, i.action, i.asset.symbol, i.token?.symbol])).toEqual([[10, 'wrap', 'rsETH', 'wrsETH']]);
  });

  it('reads every call of a MultiSend batch, in order', () => {
    const data = batch([
      { operation: 0, to: RSETH, value: 0n, data: approveRsEth },
      { operation: 0, to: AGETH, value: 0n, data: depositAgEth },
    ]);
    const intents = detect(1, safeTx(1, MULTI_SEND_CALL_ONLY, data, '0', 1));
    expect(intents.map((i) => [i.action, i.asset.symbol, i.asset.amount, i.token?.symbol])).toEqual([
      ['approve', 'rsETH', '500000000000000000', 'agETH'],
      ['deposit', 'rsETH', '500000000000000000', 'agETH'],
    ]);
    expect(intents[1]!.notes!.slice(0, 2)).toEqual([
      'SafeTx for Safe 0x1111111111111111111111111111111111111111 (nonce 7): runs once enough owners sign',
      'call 2 of 2 in a Safe MultiSendCallOnly 1.4.1 batch',
    ]);
    expect(intents.map((i) => i.via)).toEqual([0, 1].map(() => ({ kind: 'safe-signature', safe: SAFE, batch: true })));
  });

  it('reads a Safe that executes for another Safe, through a MultiSend', () => {
    const inner = exec(MULTI_SEND, batch([{ operation: 0, to: KELP_POOL, value: 10n ** 18n, data: depositEth }]), 0n, 1);
    const intents = detect(1, send(OWNER_SAFE, exec(SAFE, inner)));
    expect(core(intents)).toEqual(core(direct));
    expect(intents[0]!.notes).toEqual([
      'through Safe 0x2222222222222222222222222222222222222222 (execTransaction)',
      'through Safe 0x1111111111111111111111111111111111111111 (execTransaction)',
      'call 1 of 1 in a Safe MultiSend 1.4.1 batch',
    ]);
    // The wallet acts for the outer Safe, which has the inner Safe run the batch.
    expect(intents[0]!.via).toEqual({ kind: 'safe-execution', safe: '0x2222222222222222222222222222222222222222', batch: true });
  });

  it("uses each chain's own MultiSend deployments (zkSync)", () => {
    const data = batch([{ operation: 0, to: RSETH, value: 0n, data: approveRsEth }]);
    expect(detect(1, safeTx(324, ZKSYNC_CALL_ONLY, data, '0', 1))).toHaveLength(0); // rsETH mainnet address means nothing on zkSync
    const zkRsEth = '0x6bE2425C381eb034045b527780D2Bf4E21AB7236';
    const zkWrap = '0xd4169E045bcF9a86cC00101225d9ED61D2F51af2';
    const approve = encodeFunctionData({ abi, functionName: 'approve', args: [zkWrap, 9n] });
    const intents = detect(1, safeTx(324, ZKSYNC_CALL_ONLY, batch([{ operation: 0, to: zkRsEth, value: 0n, data: approve }]), '0', 1));
    expect(intents.map((i) => [i.chainId, i.action, i.asset.symbol, i.token?.symbol])).toEqual([[324, 'approve', 'rsETH', 'wrsETH']]);
    expect(detect(1, safeTx(1, ZKSYNC_CALL_ONLY, batch([{ operation: 0, to: zkRsEth, value: 0n, data: approve }]), '0', 1))).toEqual([]);
  });

  it('decodes no batch delegatecalled to a contract Safe did not deploy', () => {
    const data = batch([{ operation: 0, to: KELP_POOL, value: 10n ** 18n, data: depositEth }]);
    expect(detect(1, safeTx(1, MULTI_SEND_CALL_ONLY, data, '0', 1))).toHaveLength(1);
    expect(detect(1, safeTx(1, '0x3333333333333333333333333333333333333333', data, '0', 1))).toEqual([]);
    // A delegatecall straight to a restaking contract would run its code as the Safe: not read as a deposit.
    expect(detect(1, safeTx(1, KELP_POOL, depositEth, '0', 1))).toEqual([]);
  });

  it('skips delegatecalls inside a MultiSendCallOnly batch (it reverts on them)', () => {
    const data = batch([
      { operation: 1, to: AGETH, value: 0n, data: depositAgEth },
      { operation: 0, to: AGETH, value: 0n, data: depositAgEth },
    ]);
    expect(detect(1, safeTx(1, MULTI_SEND_CALL_ONLY, data, '0', 1)).map((i) => i.notes![1])).toEqual(['call 2 of 2 in a Safe MultiSendCallOnly 1.4.1 batch']);
  });

  it('gives nothing for a Safe transaction that does not touch restaking', () => {
    const transfer = encodeFunctionData({ abi, functionName: 'transfer', args: [OWNER, 1n] });
    expect(detect(1, send(SAFE, exec('0x6B175474E89094C44Da98b954EedeAC495271d0F', transfer)))).toEqual([]);
    expect(detect(1, safeTx(1, OWNER, '0x', '1000'))).toEqual([]);
  });

  it('survives truncated or lying batches and exec calldata', () => {
    const good = batch([{ operation: 0, to: KELP_POOL, value: 10n ** 18n, data: depositEth }]);
    expect(detect(1, send(SAFE, `${exec(KELP_POOL, depositEth).slice(0, 200)}` as Hex))).toEqual([]);
    expect(detect(1, safeTx(1, MULTI_SEND_CALL_ONLY, `${good.slice(0, good.length - 64)}` as Hex, '0', 1))).toEqual([]);
    // A data length past the end of the batch.
    const lying = good.replace(depositEth.slice(2), '');
    expect(detect(1, safeTx(1, MULTI_SEND_CALL_ONLY, lying as Hex, '0', 1))).toEqual([]);
  });
});
