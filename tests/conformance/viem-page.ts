/**
 * viem's wallet and public clients over `custom(provider)`: the provider is `window.ethereum` (`?provider=window`) or
 * the wallet's EIP-6963 announcement found with mipd (`?provider=eip6963`). One function per case in `cases.ts`.
 */
import { createPublicClient, createWalletClient, custom, parseAbi, type Address, type EIP1193Provider, type Hex } from 'viem';
import { base, mainnet } from 'viem/chains';
import { FRIEND_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT, INVALID_ADDRESS } from './constants';
import { createStore } from 'mipd';
import { definePage, fixtures, tick, wallets } from './harness';

const use = new URLSearchParams(location.search).get('provider') ?? 'window';
let provider: EIP1193Provider;
const walletClient = () => createWalletClient({ chain: mainnet, transport: custom(provider) });
const publicClient = () => createPublicClient({ chain: mainnet, transport: custom(provider) });
const f = () => fixtures();
const account = () => f().account as Address;
const tx = (t: { to: string; data?: string; value?: string }) => ({
  account: account(),
  to: t.to as Address,
  ...(t.data ? { data: t.data as Hex } : {}),
  ...(t.value ? { value: BigInt(t.value) } : {}),
});
const abi = parseAbi(['function getRate() view returns (uint256)']);
/** viem derives EIP712Domain itself. */
const typed = (name: 'mail' | 'permit', domain: Record<string, unknown> = {}) => {
  const { EIP712Domain: _, ...types } = f()[name].types;
  return { account: account(), domain: { ...f()[name].domain, ...domain }, types, primaryType: f()[name].primaryType, message: f()[name].message } as never;
};

definePage(
  {
    requestAddresses: () => walletClient().requestAddresses(),
    getAddresses: () => walletClient().getAddresses(),
    getChainId: () => walletClient().getChainId(),
    getBlockNumber: () => publicClient().getBlockNumber({ cacheTime: 0 }),
    getBalance: () => publicClient().getBalance({ address: account() }),
    call: () => publicClient().call({ to: f().call.to as Address, data: f().call.data as Hex }),
    'readContract.revert': () => publicClient().readContract({ address: REVERT_ADDRESS, abi, functionName: 'getRate' }),
    estimateGas: () => publicClient().estimateGas(tx(f().transfer)),
    'request.unsupported': () => walletClient().request({ method: 'wallet_unknownMethod' } as never),
    'switchChain.unknown': () => walletClient().switchChain({ id: 10 }),
    getCapabilities: () => walletClient().getCapabilities({ account: account() }),
    getCallsStatus: () => walletClient().getCallsStatus({ id: '0x' + 'ab'.repeat(32) }),
    signMessage: () => walletClient().signMessage({ account: account(), message: 'hello from the conformance page' }),
    'sendTransaction.transfer': () => walletClient().sendTransaction(tx(f().transfer)),
    'sendTransaction.rejected': () => walletClient().sendTransaction(tx({ to: REJECT_ADDRESS, value: '1' })),
    'sendTransaction.invalid': () => walletClient().sendTransaction(tx({ to: INVALID_ADDRESS, value: '1' })),
    'signTypedData.mail': () => walletClient().signTypedData(typed('mail')),
    'signTypedData.rejected': () =>
      walletClient().signTypedData(typed('mail', { verifyingContract: REJECT_ADDRESS })),
    'sendCalls.plain': () =>
      walletClient().sendCalls({ account: account(), calls: [{ to: FRIEND_ADDRESS, value: 1n }, { to: SECOND_ACCOUNT, value: 2n }] }),
    'sendCalls.rejected': () => walletClient().sendCalls({ account: account(), calls: [{ to: REJECT_ADDRESS, value: 1n }] }),
    'sendTransaction.deposit': () => walletClient().sendTransaction(tx(f().deposit)),
    'sendCalls.restaking': () => walletClient().sendCalls({ account: account(), calls: f().batch.map((c) => ({ to: c.to as Address, data: c.data as Hex })) }),
    'signTypedData.permit': () => walletClient().signTypedData(typed('permit')),
    'sendTransaction.deposit.cancel': () => walletClient().sendTransaction(tx(f().deposit)),
    'sendCalls.restaking.cancel': () => walletClient().sendCalls({ account: account(), calls: f().batch.map((c) => ({ to: c.to as Address, data: c.data as Hex })) }),
    'signTypedData.permit.cancel': () => walletClient().signTypedData(typed('permit')),
    // viem has no event API of its own: dApps subscribe on the provider they handed to `custom()`.
    'event.accountsChanged': async () => {
      const seen: unknown[] = [];
      const listener = (accounts: unknown) => seen.push(accounts);
      provider.on('accountsChanged', listener as never);
      wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT, account()]);
      await tick();
      const during = await walletClient().getAddresses();
      wallets().wallets.conformance!.setAccounts([account()]);
      await tick();
      provider.removeListener('accountsChanged', listener as never);
      return { seen, during, after: await walletClient().getAddresses() };
    },
    'event.chainChanged': async () => {
      const seen: unknown[] = [];
      const listener = (chainId: unknown) => seen.push(chainId);
      provider.on('chainChanged', listener as never);
      await walletClient().switchChain({ id: base.id });
      const during = await walletClient().getChainId();
      await walletClient().switchChain({ id: mainnet.id });
      await tick();
      provider.removeListener('chainChanged', listener as never);
      return { seen, during, after: await walletClient().getChainId() };
    },
  },
  async () => {
    if (use === 'eip6963') {
      // EIP-6963 discovery as dApps do it with mipd: a store that asks for announcements and keeps them.
      const store = createStore();
      for (let i = 0; i < 50 && !store.findProvider({ rdns: wallets().rdns }); i++) await tick(20);
      provider = store.findProvider({ rdns: wallets().rdns })?.provider as EIP1193Provider;
      store.destroy();
    } else provider = (window as unknown as { ethereum: EIP1193Provider }).ethereum;
    if (!provider) throw new Error('no wallet');
  },
);
