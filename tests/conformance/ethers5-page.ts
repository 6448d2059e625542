/**
 * ethers v5 `Web3Provider` and its `JsonRpcSigner`, a `Contract`, over the wallet's EIP-1193 `request`
 * (`?path=request`, what ethers v5 picks when the provider has `request`), or over the legacy `sendAsync`
 * (`?path=sendAsync`) or `send(payload, callback)` (`?path=send`) it falls back to for older providers. ethers v5
 * recognises a rejection only by its message (`/user denied/i` → `ACTION_REJECTED`). One function per case.
 */
import { Contract, providers, type BigNumber } from 'ethers5';
import { FRIEND_ADDRESS, INVALID_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, fixtures, tick, wallets } from './harness';

type Legacy = { request?: unknown; send?: (p: unknown, cb: unknown) => void; sendAsync?: (p: unknown, cb: unknown) => void; on(e: string, fn: (v: unknown) => void): void; removeListener(e: string, fn: (v: unknown) => void): void };
const path = new URLSearchParams(location.search).get('path') ?? 'request';
const ethereum = () => (window as unknown as { ethereum: Legacy }).ethereum;
let provider: providers.Web3Provider;
const f = () => fixtures();
const signer = () => provider.getSigner();
const big = (v: BigNumber | null | undefined) => (v == null ? v : v.toString());
/** What a dApp keeps of a sent transaction. */
const sent = (tx: providers.TransactionResponse) => ({ hash: tx.hash, from: tx.from, to: tx.to, value: big(tx.value), nonce: tx.nonce, data: tx.data, chainId: tx.chainId, gasLimit: big(tx.gasLimit) });
const send = async (t: { to: string; data?: string; value?: string }) =>
  sent(await signer().sendTransaction({ to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: BigInt(t.value).toString() } : {}) }));
const typed = (name: 'mail' | 'permit', override: Record<string, unknown> = {}) => {
  const { EIP712Domain: _, ...types } = f()[name].types;
  return [{ ...f()[name].domain, ...override }, types, f()[name].message] as const;
};
const calls = (list: { to: string; data?: string; value?: string }[]) => [{ version: '2.0.0', chainId: '0x1', from: f().account, atomicRequired: true, calls: list }];

definePage(
  {
    getNetwork: async () => {
      const network = await provider.getNetwork();
      return { name: network.name, chainId: network.chainId };
    },
    listAccounts: () => provider.listAccounts(),
    getSigner: () => signer().getAddress(),
    getBlockNumber: () => provider.getBlockNumber(),
    getBalance: async () => big(await provider.getBalance(f().account)),
    call: () => provider.call({ to: f().call.to, data: f().call.data }),
    'contract.revert': () => new Contract(REVERT_ADDRESS, ['function getRate() view returns (uint256)'], provider).callStatic.getRate!(),
    estimateGas: async () => big(await provider.estimateGas({ from: f().account, to: FRIEND_ADDRESS, value: 1 })),
    'send.unsupported': () => provider.send('wallet_unknownMethod', []),
    'send.switchChain.unknown': () => provider.send('wallet_switchEthereumChain', [{ chainId: '0xa' }]),
    signMessage: () => signer().signMessage('hello from the conformance page'),
    'sendTransaction.transfer': () => send(f().transfer),
    'sendTransaction.rejected': () => send({ to: REJECT_ADDRESS, value: '1' }),
    'sendTransaction.invalid': () => send({ to: INVALID_ADDRESS, value: '1' }),
    'signTypedData.mail': () => signer()._signTypedData(...typed('mail')),
    'signTypedData.rejected': () => signer()._signTypedData(...typed('mail', { verifyingContract: REJECT_ADDRESS })),
    'send.sendCalls.plain': () => provider.send('wallet_sendCalls', calls([{ to: FRIEND_ADDRESS, value: '0x1' }])),
    'send.sendCalls.rejected': () => provider.send('wallet_sendCalls', calls([{ to: REJECT_ADDRESS, value: '0x1' }])),
    'sendTransaction.deposit': () => send(f().deposit),
    'send.sendCalls.restaking': () => provider.send('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit': () => signer()._signTypedData(...typed('permit')),
    'sendTransaction.deposit.cancel': () => send(f().deposit),
    'send.sendCalls.restaking.cancel': () => provider.send('wallet_sendCalls', calls(f().batch)),
    'signTypedData.permit.cancel': () => signer()._signTypedData(...typed('permit')),
    'event.accountsChanged': async () => {
      const seen: unknown[] = [];
      const listener = (accounts: unknown) => seen.push(accounts);
      ethereum().on('accountsChanged', listener);
      wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT]);
      await tick();
      const during = await provider.listAccounts();
      wallets().wallets.conformance!.setAccounts([f().account]);
      await tick();
      ethereum().removeListener('accountsChanged', listener);
      return { seen, during, after: await provider.listAccounts() };
    },
  },
  async () => {
    const eth = ethereum();
    // The legacy paths hand ethers v5 an object with only that method, as an older wallet would expose.
    const source =
      path === 'sendAsync'
        ? { sendAsync: (p: unknown, cb: unknown) => eth.sendAsync!(p, cb) }
        : path === 'send'
          ? { send: (p: unknown, cb: unknown) => eth.send!(p, cb) }
          : eth;
    provider = new providers.Web3Provider(source as never, 'any');
    // A sent transaction asks ethers v5 for a block number no older than 100 ms + 2 × pollingInterval: whether that
    // reaches the wallet would depend on how long the person looked at a warning. Read once here and kept.
    provider.pollingInterval = 1e9;
    await provider._getInternalBlockNumber(0);
  },
);
