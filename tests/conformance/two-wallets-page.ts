/**
 * Two wallets on one page: both announce themselves over EIP-6963, and `window.ethereum.providers` lists both
 * (the Coinbase-style multi-injection). Each call must reach the wallet the page chose, and only that one.
 */
import { REJECT_ADDRESS, SECOND_ACCOUNT } from './constants';
import { definePage, discover, fixtures, tick, wallets } from './harness';

interface Provider {
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  on(event: string, fn: (v: unknown) => void): void;
  removeListener(event: string, fn: (v: unknown) => void): void;
  providers?: Provider[];
}
let first: Provider;
let second: Provider;
const announced: { rdns: string; name: string }[] = [];
const f = () => fixtures();
const tx = (from: string, t: { to: string; data?: string; value?: string }) => [
  { from, to: t.to, ...(t.data ? { data: t.data } : {}), ...(t.value ? { value: t.value } : {}) },
];
/** Which wallet recorded the page's last signing call. */
const lastSigner = () => wallets().signing().at(-1)?.wallet ?? null;
const sendVia = async (p: Provider, from: string, t: { to: string; data?: string; value?: string }) => {
  const hash = await p.request({ method: 'eth_sendTransaction', params: tx(from, t) });
  return { hash, wallet: lastSigner() };
};

definePage(
  {
    discovery: async () => announced,
    'providers.identity': async () => {
      const list = (window as unknown as { ethereum: Provider }).ethereum.providers ?? [];
      return { length: list.length, firstIsAnnounced: list[0] === first, secondIsAnnounced: list[1] === second };
    },
    'first.eth_accounts': () => first.request({ method: 'eth_accounts' }),
    'second.eth_accounts': () => second.request({ method: 'eth_accounts' }),
    'second.eth_call': () => second.request({ method: 'eth_call', params: [f().call, 'latest'] }),
    'second.transfer': () => sendVia(second, SECOND_ACCOUNT, f().transfer),
    'second.rejected': () => sendVia(second, SECOND_ACCOUNT, { to: REJECT_ADDRESS, value: '0x1' }),
    'first.deposit': () => sendVia(first, f().account, f().deposit),
    'second.deposit': () => sendVia(second, SECOND_ACCOUNT, f().deposit),
    'providers1.deposit': () => sendVia((window as unknown as { ethereum: Provider }).ethereum.providers![1]!, SECOND_ACCOUNT, f().kelpDeposit),
    'second.deposit.cancel': () => sendVia(second, SECOND_ACCOUNT, f().deposit),
    'second.event.accountsChanged': async () => {
      const seen: { wallet: string; accounts: unknown }[] = [];
      const onFirst = (accounts: unknown) => seen.push({ wallet: 'first', accounts });
      const onSecond = (accounts: unknown) => seen.push({ wallet: 'second', accounts });
      first.on('accountsChanged', onFirst);
      second.on('accountsChanged', onSecond);
      wallets().wallets.second!.setAccounts([]);
      await tick();
      const during = await second.request({ method: 'eth_accounts' });
      wallets().wallets.second!.setAccounts([SECOND_ACCOUNT]);
      await tick();
      first.removeListener('accountsChanged', onFirst);
      second.removeListener('accountsChanged', onSecond);
      return { seen, during };
    },
  },
  async () => {
    window.addEventListener('eip6963:announceProvider', (event) => {
      const { info } = (event as CustomEvent).detail as { info: { rdns: string; name: string } };
      announced.push({ rdns: info.rdns, name: info.name });
    });
    first = (await discover('org.lrtadvisor.conformance')).provider as Provider;
    second = (await discover('org.lrtadvisor.second')).provider as Provider;
  },
);
