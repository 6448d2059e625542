/**
 * A recording stand-in wallet, kept only for what no wallet package on npm offers: a provider frozen by the wallet
 * (and `window.ethereum` locked), two wallets behind `ethereum.providers`, a wallet that arrives late (`spawn`), a
 * lenient wallet that accepts malformed params, and MetaMask's content-script envelope answered for anyone who
 * posts it (the attack suite forges it). The real wallets are `metamask-wallet.ts` (MetaMask's own in-page provider
 * and stream) and `frame-wallet.ts` (Frame's `ethereum-provider`). It answers from `answers.ts`, as they do; its
 * errors are `ProviderRpcError` instances, where MetaMask and Frame reject with plain objects.
 *
 * Page query: `?wallets=2` adds a second wallet (EIP-6963 and `ethereum.providers`), `?walletFreeze=1` freezes the
 * provider and locks `window.ethereum` the way some wallets do (`=assign`: frozen, assigned the ordinary way), `?expose=eip6963` announces without `window.ethereum`,
 * `?contentScript=1` also answers MetaMask's inpage → content-script `window.postMessage` envelope, `?lenient=1` accepts
 * malformed params the way some wallets do (see `WalletState.lenient`).
 * Loaded as the first script of the page, as a wallet's injected script would be.
 */
import { answer, isRecord, json, ProviderRpcError, SIGNING, type WalletLogEntry, type WalletState } from './answers';
import { CONFORMANCE_ACCOUNT, CONTENT_SCRIPT_TARGET, SECOND_ACCOUNT } from './constants';

export type { WalletLogEntry } from './answers';

export interface StandInProvider {
  readonly isConformanceWallet: true;
  readonly walletName: string;
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  send(methodOrPayload: unknown, paramsOrCallback?: unknown): unknown;
  sendAsync(payload: unknown, callback: (error: unknown, response: unknown) => void): void;
  on(event: string, listener: (...args: unknown[]) => void): StandInProvider;
  removeListener(event: string, listener: (...args: unknown[]) => void): StandInProvider;
  providers?: StandInProvider[];
}

function makeWallet(walletName: string, account: string, log: WalletLogEntry[], lenient = false) {
  const state: WalletState = { chainId: '0x1', accounts: [account], sent: new Map(), lenient };
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const emit = (event: string, payload: unknown) => {
    for (const fn of [...(listeners.get(event) ?? [])]) fn(payload);
  };
  const call = (via: WalletLogEntry['via'], method: string, params: unknown): unknown => {
    const entry: WalletLogEntry = { wallet: walletName, via, method, params: params === undefined ? null : JSON.parse(json(params)) };
    log.push(entry);
    try {
      entry.result = answer(method, params, state, emit);
      return entry.result;
    } catch (error) {
      const e = error as ProviderRpcError;
      entry.error = { code: e.code, message: e.message };
      throw error;
    }
  };
  /** MetaMask's legacy `sendAsync` response for one payload. */
  const respond = (via: 'send' | 'sendAsync', payload: unknown) => {
    const p = isRecord(payload) ? payload : {};
    try {
      return { id: p.id, jsonrpc: '2.0', result: call(via, String(p.method), p.params) };
    } catch (error) {
      const e = error as ProviderRpcError;
      return { id: p.id, jsonrpc: '2.0', error: { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) } };
    }
  };
  const provider: StandInProvider = {
    isConformanceWallet: true,
    walletName,
    async request(args) {
      if (!isRecord(args) || typeof args.method !== 'string') throw new ProviderRpcError(-32600, 'Expected a single, non-array, object argument.');
      let params = args.params;
      if (state.lenient && typeof params === 'string') params = JSON.parse(params);
      if (state.lenient && isRecord(params)) params = [params];
      if (params !== undefined && !Array.isArray(params) && !isRecord(params)) throw new ProviderRpcError(-32600, "'args.params' must be an object or array if provided.");
      // Real wallets answer over a message stream: never in the same task.
      await new Promise((r) => setTimeout(r, 0));
      return call('request', args.method, params);
    },
    send(methodOrPayload, paramsOrCallback) {
      if (typeof methodOrPayload === 'string') return provider.request({ method: methodOrPayload, params: paramsOrCallback });
      if (typeof paramsOrCallback === 'function') return provider.sendAsync(methodOrPayload, paramsOrCallback as never);
      // The synchronous form MetaMask keeps for old web3 callers: only methods it can answer from memory.
      const p = isRecord(methodOrPayload) ? methodOrPayload : {};
      if (p.method === 'eth_accounts' || p.method === 'net_version' || p.method === 'eth_coinbase') {
        const result = p.method === 'eth_coinbase' ? state.accounts[0] : call('send', p.method, p.params);
        return { id: p.id, jsonrpc: '2.0', result };
      }
      throw new ProviderRpcError(4200, `The wallet does not support synchronous method "${String(p.method)}".`);
    },
    sendAsync(payload, callback) {
      setTimeout(() => {
        if (Array.isArray(payload)) return callback(null, payload.map((p) => respond('sendAsync', p)));
        const response = respond('sendAsync', payload);
        const failed = 'error' in response ? response.error : undefined;
        callback(failed ? Object.assign(new ProviderRpcError(failed.code, failed.message), failed) : null, response);
      }, 0);
    },
    on(event, fn) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return provider;
    },
    removeListener(event, fn) {
      listeners.set(event, (listeners.get(event) ?? []).filter((f) => f !== fn));
      return provider;
    },
  };
  const control = {
    provider,
    state,
    emit,
    /** The wallet's side of a change the person makes in it: switch account, switch chain. */
    setAccounts(accounts: string[]) {
      state.accounts = accounts;
      emit('accountsChanged', [...accounts]);
    },
    setChain(chainId: string) {
      state.chainId = chainId;
      emit('chainChanged', chainId);
    },
    /** For the content-script channel: answers a call that never went through the provider's own functions. */
    answerPosted: (method: string, params: unknown) => call('content-script', method, params),
  };
  return control;
}

export type StandInWallet = ReturnType<typeof makeWallet>;
export interface WalletsGlobal {
  log: WalletLogEntry[];
  wallets: Record<string, StandInWallet>;
  /** Signing calls only (what the person would be asked to confirm). */
  signing(): WalletLogEntry[];
  /** A new wallet, not injected anywhere yet (for wallets that arrive late). */
  spawn(name: string): StandInWallet;
  rdns: string;
}

(() => {
  const query = new URLSearchParams(location.search);
  const log: WalletLogEntry[] = [];
  const lenient = query.get('lenient') === '1';
  const first = makeWallet('conformance', CONFORMANCE_ACCOUNT, log, lenient);
  const wallets: Record<string, StandInWallet> = { conformance: first };
  if (query.get('wallets') === '2') wallets.second = makeWallet('second', SECOND_ACCOUNT, log, lenient);
  (window as unknown as { __wallets: WalletsGlobal }).__wallets = {
    log,
    wallets,
    signing: () => log.filter((e) => SIGNING.has(e.method)),
    spawn: (name) => (wallets[name] = makeWallet(name, CONFORMANCE_ACCOUNT, log, lenient)),
    rdns: 'org.lrtadvisor.conformance',
  };

  const infos: Record<string, { uuid: string; name: string; rdns: string }> = {
    conformance: { uuid: '0f6b6c2e-4f3c-4bd0-9d6e-1c1a2b3c4d01', name: 'Conformance Wallet', rdns: 'org.lrtadvisor.conformance' },
    second: { uuid: '0f6b6c2e-4f3c-4bd0-9d6e-1c1a2b3c4d02', name: 'Second Wallet', rdns: 'org.lrtadvisor.second' },
  };
  const icon = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="32" height="32"/%3E';
  // `1`: frozen provider behind a locked window.ethereum; `assign`: frozen provider, assigned the ordinary way.
  const freeze = query.get('walletFreeze') === '1' || query.get('walletFreeze') === 'assign';
  const lock = query.get('walletFreeze') === '1';
  if (freeze) for (const w of Object.values(wallets)) Object.freeze(w.provider);

  const announce = () => {
    for (const [name, w] of Object.entries(wallets))
      window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: { ...infos[name]!, icon }, provider: w.provider }) }));
  };
  window.addEventListener('eip6963:requestProvider', announce);

  const expose = query.get('expose') ?? 'window';
  if (expose !== 'eip6963') {
    const main = first.provider;
    if (wallets.second && !freeze) main.providers = [first.provider, wallets.second.provider];
    if (lock) Object.defineProperty(window, 'ethereum', { value: main, writable: false, configurable: false, enumerable: true });
    else (window as unknown as { ethereum: unknown }).ethereum = main;
  }

  // MetaMask's inpage provider talks to its content script over window.postMessage; a page can post the same
  // envelope itself, and the content script cannot tell who wrote it. Here the stand-in plays that content script.
  if (query.get('contentScript') === '1') {
    window.addEventListener('message', (event) => {
      const m = event.data as { target?: unknown; data?: { name?: unknown; data?: { method?: unknown; params?: unknown; id?: unknown } } } | null;
      if (event.source !== window || !m || m.target !== CONTENT_SCRIPT_TARGET || m.data?.name !== 'metamask-provider') return;
      const rpc = m.data.data;
      if (!rpc || typeof rpc.method !== 'string') return;
      let reply: unknown;
      try {
        reply = { id: rpc.id, jsonrpc: '2.0', result: first.answerPosted(rpc.method, rpc.params) };
      } catch (error) {
        const e = error as ProviderRpcError;
        reply = { id: rpc.id, jsonrpc: '2.0', error: { code: e.code, message: e.message } };
      }
      window.postMessage({ target: 'metamask-inpage', data: { name: 'metamask-provider', data: reply } }, location.origin);
    });
  }
  announce();
})();
