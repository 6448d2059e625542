/**
 * A page that locks its wallet down: `?freeze=provider` freezes the provider object once the wallet has injected
 * it; `?freeze=both` also redefines `window.ethereum` as non-configurable and non-writable. With `?walletFreeze=1`
 * (read by the stand-in wallet) the wallet itself injects a frozen provider behind a locked `window.ethereum`, and
 * `?use=eip6963` makes the page use its EIP-6963 announcement. The calls are a dApp's raw EIP-1193 requests.
 */
import { REJECT_ADDRESS } from './constants';
import { definePage, discover, fixtures, tick, wallets } from './harness';

interface Provider {
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  on(event: string, fn: (v: unknown) => void): void;
  removeListener(event: string, fn: (v: unknown) => void): void;
}
const query = new URLSearchParams(location.search);
let provider: Provider;
const f = () => fixtures();
const request = (method: string, params?: unknown) => provider.request({ method, ...(params === undefined ? {} : { params }) });
const tx = (t: { to: string; data?: string; value?: string }) => [{ from: f().account, to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: t.value } : {}) }];

definePage(
  {
    /** What the page relies on after locking things down (the descriptor's kind is compared in the observability test). */
    shape: async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'ethereum');
      const eth = (window as unknown as { ethereum?: object }).ethereum;
      return {
        providerFrozen: Object.isFrozen(provider),
        keys: Object.keys(provider),
        json: JSON.stringify(provider),
        windowEthereum: descriptor
          ? { configurable: descriptor.configurable, enumerable: descriptor.enumerable, assignable: !!descriptor.set || descriptor.writable === true }
          : null,
        sameAsUsed: eth === provider,
      };
    },
    eth_chainId: () => request('eth_chainId'),
    eth_accounts: () => request('eth_accounts'),
    eth_call: () => request('eth_call', [f().call, 'latest']),
    transfer: () => request('eth_sendTransaction', tx(f().transfer)),
    rejected: () => request('eth_sendTransaction', tx({ to: REJECT_ADDRESS, value: '0x1' })),
    deposit: () => request('eth_sendTransaction', tx(f().deposit)),
    'deposit.cancel': () => request('eth_sendTransaction', tx(f().deposit)),
    'event.chainChanged': async () => {
      const seen: unknown[] = [];
      const listener = (chainId: unknown) => seen.push(chainId);
      provider.on('chainChanged', listener);
      wallets().wallets.conformance!.setChain('0x2105');
      await tick();
      const during = await request('eth_chainId');
      wallets().wallets.conformance!.setChain('0x1');
      await tick();
      provider.removeListener('chainChanged', listener);
      return { seen, during };
    },
  },
  async () => {
    const freeze = query.get('freeze');
    const win = window as unknown as { ethereum?: Provider };
    if (freeze === 'provider' || freeze === 'both') Object.freeze(win.ethereum);
    if (freeze === 'both') Object.defineProperty(window, 'ethereum', { value: win.ethereum, writable: false, configurable: false, enumerable: true });
    provider = query.get('use') === 'eip6963' ? ((await discover('org.lrtadvisor.conformance')).provider as Provider) : win.ethereum!;
  },
);
