/**
 * The far end of a real wallet's in-page provider, for the conformance pages: what the wallet's background would
 * answer, from the fixed data in `answers.ts`, with every call recorded in the same log the stand-in wallet keeps.
 * Each wallet script (`metamask-wallet.ts`, `frame-wallet.ts`) carries the calls over its own real transport and
 * turns errors into its own wallet's shape; this module knows nothing of either.
 */
import { answer, SIGNING, type WalletLogEntry, type WalletState } from './answers';

/** The wallet's side of a change the person makes in it. */
export interface WalletControl {
  setAccounts(accounts: string[]): void;
  setChain(chainId: string): void;
}

/** What every conformance wallet script leaves on `window.__wallets` for the pages and the tests. */
export interface ConformanceWallets {
  log: WalletLogEntry[];
  wallets: Record<string, WalletControl>;
  /** Signing calls only (what the person would be asked to confirm). */
  signing(): WalletLogEntry[];
  /** The EIP-6963 rdns the page's wallet announces. */
  rdns: string;
}

export interface Backend extends WalletControl {
  state: WalletState;
  /** Answers one call and records it; throws the `ProviderRpcError` the wallet would raise. */
  call(method: string, params: unknown): unknown;
}

export function createBackend(walletName: string, account: string, log: WalletLogEntry[], notify: (event: 'accountsChanged' | 'chainChanged', payload: unknown) => void): Backend {
  const state: WalletState = { chainId: '0x1', accounts: [account], sent: new Map(), lenient: false };
  const emit = (event: string, payload: unknown) => {
    if (event === 'accountsChanged' || event === 'chainChanged') notify(event, payload);
  };
  return {
    state,
    call(method, params) {
      const entry: WalletLogEntry = { wallet: walletName, via: 'background', method, params: params === undefined ? null : JSON.parse(JSON.stringify(params)) };
      log.push(entry);
      try {
        entry.result = answer(method, params, state, emit);
        return entry.result;
      } catch (error) {
        const e = error as { code: number; message: string };
        entry.error = { code: e.code, message: e.message };
        throw error;
      }
    },
    setAccounts(accounts) {
      state.accounts = accounts;
      notify('accountsChanged', [...accounts]);
    },
    setChain(chainId) {
      state.chainId = chainId;
      notify('chainChanged', chainId);
    },
  };
}

export function publishWallets(log: WalletLogEntry[], wallets: Record<string, WalletControl>, rdns: string): void {
  const global: ConformanceWallets = { log, wallets, rdns, signing: () => log.filter((e) => SIGNING.has(e.method)) };
  (window as unknown as { __wallets: ConformanceWallets }).__wallets = global;
}
