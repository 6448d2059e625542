/**
 * wagmi core: `createConfig` with `multiInjectedProviderDiscovery` (EIP-6963 via mipd) and the `injected`
 * connector; the page connects to the wallet it discovered by rdns and uses wagmi's actions. Reads go through the
 * config's transport (`custom(window.ethereum)`), writes through the connector's provider. One function per case.
 */
import {
  connect,
  createConfig,
  disconnect,
  getAccount,
  getBalance,
  getBlockNumber,
  getChainId,
  getConnectorClient,
  getConnectors,
  injected,
  readContract,
  sendCalls,
  sendTransaction,
  signMessage,
  signTypedData,
  switchChain,
  watchAccount,
  watchChainId,
  type Config,
  type Connector,
} from '@wagmi/core';
import { custom, parseAbi, type Address, type EIP1193Provider, type Hex } from 'viem';
import { base, mainnet } from 'viem/chains';
import { FRIEND_ADDRESS, REJECT_ADDRESS, REVERT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, fixtures, tick, wallets } from './harness';

/** The rdns the page's wallet announces (the stand-in's, MetaMask's or Frame's). */
const rdns = () => wallets().rdns;
let config: Config;
const f = () => fixtures();
const connector = (): Connector => {
  const found = getConnectors(config).find((c) => c.id === rdns());
  if (!found) throw new Error(`no ${rdns()} connector`);
  return found;
};
const account = () => f().account as Address;
const tx = (t: { to: string; data?: string; value?: string }) => ({
  connector: connector(),
  to: t.to as Address,
  ...(t.data ? { data: t.data as Hex } : {}),
  ...(t.value ? { value: BigInt(t.value) } : {}),
});
const abi = parseAbi(['function getRate() view returns (uint256)']);
const typed = (name: 'mail' | 'permit', override: Record<string, unknown> = {}) => {
  const { EIP712Domain: _, ...types } = f()[name].types;
  return { connector: connector(), domain: { ...f()[name].domain, ...override }, types, primaryType: f()[name].primaryType, message: f()[name].message } as never;
};
const accountState = () => {
  const a = getAccount(config);
  return { address: a.address, addresses: a.addresses, chainId: a.chainId, status: a.status, connector: a.connector?.id ?? null };
};

definePage(
  {
    connectors: async () => getConnectors(config).map((c) => ({ id: c.id, name: c.name, type: c.type })),
    connect: () => connect(config, { connector: connector() }),
    getAccount: async () => accountState(),
    getChainId: async () => getChainId(config),
    getBalance: () => getBalance(config, { address: account() }),
    getBlockNumber: () => getBlockNumber(config, { cacheTime: 0 }),
    readContract: () => readContract(config, { address: f().call.to as Address, abi, functionName: 'getRate' }),
    'readContract.revert': () => readContract(config, { address: REVERT_ADDRESS, abi, functionName: 'getRate' }),
    'connectorClient.unsupported': async () => (await getConnectorClient(config, { connector: connector() })).request({ method: 'wallet_unknownMethod' } as never),
    signMessage: () => signMessage(config, { connector: connector(), message: 'hello from the conformance page' }),
    'sendTransaction.transfer': () => sendTransaction(config, tx(f().transfer)),
    'sendTransaction.rejected': () => sendTransaction(config, tx({ to: REJECT_ADDRESS, value: '1' })),
    'signTypedData.mail': () => signTypedData(config, typed('mail')),
    'signTypedData.rejected': () => signTypedData(config, typed('mail', { verifyingContract: REJECT_ADDRESS })),
    'sendCalls.plain': () => sendCalls(config, { connector: connector(), calls: [{ to: FRIEND_ADDRESS, value: 1n }] }),
    'sendCalls.rejected': () => sendCalls(config, { connector: connector(), calls: [{ to: REJECT_ADDRESS, value: 1n }] }),
    'sendTransaction.deposit': () => sendTransaction(config, tx(f().deposit)),
    'sendCalls.restaking': () => sendCalls(config, { connector: connector(), calls: f().batch.map((c) => ({ to: c.to as Address, data: c.data as Hex })) }),
    'signTypedData.permit': () => signTypedData(config, typed('permit')),
    'sendTransaction.deposit.cancel': () => sendTransaction(config, tx(f().deposit)),
    'sendCalls.restaking.cancel': () => sendCalls(config, { connector: connector(), calls: f().batch.map((c) => ({ to: c.to as Address, data: c.data as Hex })) }),
    'signTypedData.permit.cancel': () => signTypedData(config, typed('permit')),
    'event.accountsChanged': async () => {
      const seen: unknown[] = [];
      const unwatch = watchAccount(config, { onChange: (a) => seen.push({ address: a.address, addresses: a.addresses, status: a.status }) });
      wallets().wallets.conformance!.setAccounts([SECOND_ACCOUNT, account()]);
      await tick(50);
      const during = accountState();
      wallets().wallets.conformance!.setAccounts([account()]);
      await tick(50);
      unwatch();
      return { seen, during, after: accountState() };
    },
    'event.chainChanged': async () => {
      const seen: unknown[] = [];
      const unwatch = watchChainId(config, { onChange: (id) => seen.push(id) });
      const switched = await switchChain(config, { chainId: base.id, connector: connector() });
      await tick(50);
      const during = getChainId(config);
      await switchChain(config, { chainId: mainnet.id, connector: connector() });
      await tick(50);
      unwatch();
      return { switched: switched.id, seen, during, after: getChainId(config) };
    },
    disconnect: async () => {
      await disconnect(config, { connector: connector() });
      return accountState();
    },
  },
  async () => {
    const ethereum = (window as unknown as { ethereum: EIP1193Provider }).ethereum;
    config = createConfig({
      chains: [mainnet, base],
      connectors: [injected()],
      multiInjectedProviderDiscovery: true,
      transports: { [mainnet.id]: custom(ethereum), [base.id]: custom(ethereum) },
    });
    // mipd asks for announcements when the store is created; give the wallet's answer a moment to arrive.
    for (let i = 0; i < 50 && !getConnectors(config).some((c) => c.id === rdns()); i++) await tick(20);
  },
);
