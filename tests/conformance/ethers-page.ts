/**
 * ethers v6 `BrowserProvider` over `window.ethereum`, its `JsonRpcSigner`, a `Contract`, and
 * `BrowserProvider.discover` (EIP-6963). One function per case in `cases.ts`.
 */
import { BrowserProvider, Contract, type Eip1193Provider, type TransactionResponse } from 'ethers';
import { FRIEND_ADDRESS, INVALID_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, fixtures, tick, wallets } from './harness';

let provider: BrowserProvider;
const f = () => fixtures();
const signer = () => provider.getSigner();
/** What a dApp keeps of a sent transaction. */
const sent = (tx: TransactionResponse) => ({ hash: tx.hash, from: tx.from, to: tx.to, value: tx.value, nonce: tx.nonce, data: tx.data, chainId: tx.chainId, gasLimit: tx.gasLimit });
const send = async (t: { to: string; data?: string; value?: string }) =>
  sent(await (await signer()).sendTransaction({ to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: BigInt(t.value) } : {}) }));
const typed = (name: 'mail' | 'permit', override: Record<string, unknown> = {}) => {
  const { EIP712Domain: _, ...types } = f()[name].types;
  return [{ ...f()[name].domain, ...override }, types, f()[name].message] as const;
};
const calls = (list: { to: string; data?: string; value?: string }[]) => [
  { version: '2.0.0', chainId: '0x1', from: f().account, atomicRequired: true, calls: list },
];

definePage(
  {
    getNetwork: async () => {
      const network = await provider.getNetwork();
      return { name: network.name, chainId: network.chainId };
    },
    listAccounts: async () => (await provider.listAccounts()).map((s) => s.address),
    getSigner: async () => (await signer()).address,
    getBlockNumber: () => provider.getBlockNumber(),
    getBalance: () => provider.getBalance(f().account),
    getTransactionCount: () => provider.getTransactionCount(f().account),
    getFeeData: async () => {
      const fee = await provider.getFeeData();
      return { gasPrice: fee.gasPrice, maxFeePerGas: fee.maxFeePerGas, maxPriorityFeePerGas: fee.maxPriorityFeePerGas };
    },
    call: () => provider.call({ to: f().call.to, data: f().call.data }),
    'contract.revert': () => new Contract(REVERT_ADDRESS, ['function getRate() view returns (uint256)'], provider).getFunction('getRate')!.staticCall(),
    estimateGas: () => provider.estimateGas({ from: f().account, to: FRIEND_ADDRESS, value: 1n }),
    'send.unsupported': () => provider.send('wallet_unknownMethod', []),
    'send.switchChain.unknown': () => provider.send('wallet_switchEthereumChain', [{ chainId: '0xa' }]),
    signMessage: async () => (await signer()).signMessage('hello from the conformance page'),
    discover: async () => {
      const found = await BrowserProvider.discover({ filter: (infos) => infos.find((i) => i.rdns === wallets().rdns) ?? null, timeout: 300 });
      if (!found) return null;
      return { info: found.providerInfo, chainId: (await found.getNetwork()).chainId, accounts: await found.send('eth_accounts', []) };
    },
    'sendTransaction.transfer': () => send(f().transfer),
    'sendTransaction.rejected': () => send({ to: REJECT_ADDRESS, value: '1' }),
    'sendTransaction.invalid': () => send({ to: INVALID_ADDRESS, value: '1' }),
    'signTypedData.mail': async () => (await signer()).signTypedData(...typed('mail')),
    'signTypedData.rejected': async () => (await signer()).signTypedData(...typed('mail', { verifyingContract: REJECT_ADDRESS })),
    'send.sendCalls.plain': () => provider.send('wallet_sendCalls', calls([{ to: FRIEND_ADDRESS, value: '0x1' }])),
    'send.sendCalls.rejected': () => provider.send('wallet_sendCalls', calls([{ to: REJECT_ADDRESS, value: '0x1' }])),
    'sendTransaction.deposit': () => send(f().deposit),
    'send.sendCalls.restaking': () => provider.send('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit': async () => (await signer()).signTypedData(...typed('permit')),
    'sendTransaction.deposit.cancel': () => send(f().deposit),
    'send.sendCalls.restaking.cancel': () => provider.send('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit.cancel': async () => (await signer()).signTypedData(...typed('permit')),
    // ethers reports no wallet events itself: a dApp listens on the EIP-1193 provider and asks ethers again.
    'event.accountsChanged': async () => {
      const seen: unknown[] = [];
      const ethereum = (window as unknown as { ethereum: { on(e: string, fn: (v: unknown) => void): void; removeListener(e: string, fn: (v: unknown) => void): void } }).ethereum;
      const listener = (accounts: unknown) => seen.push(accounts);
      ethereum.on('accountsChanged', listener);
      wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT]);
      await tick();
      const during = (await provider.listAccounts()).map((s) => s.address);
      wallets().wallets.conformance!.setAccounts([f().account]);
      await tick();
      ethereum.removeListener('accountsChanged', listener);
      return { seen, during, after: (await provider.listAccounts()).map((s) => s.address) };
    },
  },
  async () => {
    // ethers reuses an identical read for 250 ms by default; how many reads reach the wallet would then depend on
    // how long the person looks at a warning. Off, every run makes the same calls in the same order.
    provider = new BrowserProvider((window as unknown as { ethereum: Eip1193Provider }).ethereum, undefined, { cacheTimeout: -1 });
  },
);
