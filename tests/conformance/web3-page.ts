/**
 * web3.js v4 over `window.ethereum`: `new Web3(provider)`, `web3.eth`, a `Contract`, and raw requests through
 * web3's request manager. web3 chooses its transport by the wallet's `request`: an `async` function takes the
 * EIP-1193 path (errors become web3's `ResponseError`/`ContractExecutionError`), anything else the legacy
 * `send`/`sendAsync` path. web3 has no EIP-5792 API; the batch goes through the request manager. One function per case.
 */
import { Web3 } from 'web3';
import { FRIEND_ADDRESS, INVALID_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, fixtures, tick, wallets } from './harness';

type Events = { on(e: string, fn: (v: unknown) => void): void; removeListener(e: string, fn: (v: unknown) => void): void };
let web3: Web3;
const f = () => fixtures();
const tx = (t: { to: string; data?: string; value?: string }) => ({ from: f().account, to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: BigInt(t.value) } : {}) });
/** A sent transaction as a dApp keeps it: the hash, then the receipt web3 waits for. */
const send = async (t: { to: string; data?: string; value?: string }) => {
  const hashes: string[] = [];
  const receipt = await web3.eth.sendTransaction(tx(t)).on('transactionHash', (h) => void hashes.push(String(h)));
  return { hashes, status: receipt.status, transactionHash: receipt.transactionHash, to: receipt.to, blockNumber: receipt.blockNumber };
};
const typed = (name: 'mail' | 'permit', override: Record<string, unknown> = {}) => ({ ...f()[name], domain: { ...f()[name].domain, ...override } }) as never;
const rpc = (method: string, params: unknown[] = []) => web3.requestManager.send({ method, params } as never);
const calls = (list: { to: string; data?: string; value?: string }[]) => [{ version: '2.0.0', chainId: '0x1', from: f().account, atomicRequired: true, calls: list }];
const abi = [{ type: 'function', name: 'getRate', stateMutability: 'view', inputs: [], outputs: [{ name: '', type: 'uint256' }] }] as const;

definePage(
  {
    requestAccounts: () => web3.eth.requestAccounts(),
    getAccounts: () => web3.eth.getAccounts(),
    getChainId: () => web3.eth.getChainId(),
    getBlockNumber: () => web3.eth.getBlockNumber(),
    getBalance: () => web3.eth.getBalance(f().account),
    call: () => web3.eth.call({ to: f().call.to, data: f().call.data }),
    'contract.revert': () => new web3.eth.Contract(abi, REVERT_ADDRESS).methods.getRate().call(),
    estimateGas: () => web3.eth.estimateGas({ from: f().account, to: FRIEND_ADDRESS, value: 1n }),
    'request.unsupported': () => rpc('wallet_unknownMethod'),
    'request.switchChain.unknown': () => rpc('wallet_switchEthereumChain', [{ chainId: '0xa' }]),
    'personal.sign': () => web3.eth.personal.sign('hello from the conformance page', f().account, ''),
    'sendTransaction.transfer': () => send(f().transfer),
    'sendTransaction.rejected': () => send({ to: REJECT_ADDRESS, value: '1' }),
    'sendTransaction.invalid': () => send({ to: INVALID_ADDRESS, value: '1' }),
    'signTypedData.mail': () => web3.eth.signTypedData(f().account, typed('mail')),
    'signTypedData.rejected': () => web3.eth.signTypedData(f().account, typed('mail', { verifyingContract: REJECT_ADDRESS })),
    'request.sendCalls.plain': () => rpc('wallet_sendCalls', calls([{ to: FRIEND_ADDRESS, value: '0x1' }])),
    'request.sendCalls.rejected': () => rpc('wallet_sendCalls', calls([{ to: REJECT_ADDRESS, value: '0x1' }])),
    'sendTransaction.deposit': () => send(f().deposit),
    'request.sendCalls.restaking': () => rpc('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit': () => web3.eth.signTypedData(f().account, typed('permit')),
    'sendTransaction.deposit.cancel': () => send(f().deposit),
    'request.sendCalls.restaking.cancel': () => rpc('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit.cancel': () => web3.eth.signTypedData(f().account, typed('permit')),
    'event.accountsChanged': async () => {
      const seen: unknown[] = [];
      const provider = web3.provider as unknown as Events;
      const listener = (accounts: unknown) => seen.push(accounts);
      provider.on('accountsChanged', listener);
      wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT]);
      await tick();
      const during = await web3.eth.getAccounts();
      wallets().wallets.conformance!.setAccounts([f().account]);
      await tick();
      provider.removeListener('accountsChanged', listener);
      return { seen, during, after: await web3.eth.getAccounts() };
    },
  },
  async () => {
    web3 = new Web3((window as unknown as { ethereum: never }).ethereum);
    // Receipts are polled; as often as it goes, so a run does not wait a second per transaction.
    web3.setConfig({ transactionReceiptPollingInterval: 50, transactionPollingInterval: 50, transactionConfirmationBlocks: 1 });
  },
);
