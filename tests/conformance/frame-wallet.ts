/**
 * Frame, as a page meets it: the real `ethereum-provider` (Frame's `EthereumProvider`, the class Frame's browser
 * extension injects as `window.ethereum`) over a connection shaped like the extension's: an `EventEmitter` whose
 * `send(payload)` posts the JSON-RPC payload with `window.postMessage`, which emits `payload` for each answer and
 * `connect` once it is up. The other end (Frame's content script and app) answers from `answers.ts` and, as
 * Frame's app does (`resError`), turns every error of its own into a plain `{ message, code }`; a node's error
 * (a revert) is forwarded with its `data`. `eth_subscribe` is Frame's event channel: `chainChanged` and
 * `accountsChanged` arrive as `eth_subscription` notifications. Announced over EIP-6963 as `sh.frame`.
 * Loaded as the first script of the page, as Frame's inject script would be.
 */
import EthereumProviderExport from 'ethereum-provider';
import { EventEmitter } from 'events';
import { ProviderRpcError, type WalletLogEntry } from './answers';
import { createBackend, publishWallets } from './backend';
import { CONFORMANCE_ACCOUNT } from './constants';

/** A CommonJS `exports.default`: under Node's interop (this package is ESM) the default import is the exports object. */
const EthereumProvider = ((EthereumProviderExport as unknown as { default?: typeof EthereumProviderExport }).default ?? EthereumProviderExport) as typeof EthereumProviderExport;

export const FRAME_RDNS = 'sh.frame';
const SEND = 'frame:conformance:send';
const PAYLOAD = 'frame:conformance:payload';

interface Payload {
  id?: number;
  jsonrpc: '2.0';
  method: string;
  params?: unknown;
}

class Connection extends EventEmitter {
  constructor() {
    super();
    window.addEventListener('message', (event) => {
      const m = event.data as { type?: unknown; payload?: unknown } | null;
      if (event.source === window && m?.type === PAYLOAD) this.emit('payload', m.payload);
    });
    setTimeout(() => this.emit('connect'), 0);
  }
  send(payload: Payload) {
    window.postMessage({ type: SEND, payload }, location.origin);
  }
}

/** Frame's `resError`: its own errors carry only `message` and `code`; a node's revert keeps its `data`. */
function frameError(error: unknown): { message: string; code: number; data?: unknown } {
  if (!(error instanceof ProviderRpcError)) return { message: String((error as Error)?.message ?? error), code: -1 };
  if (error.code === 3) return { message: error.message, code: error.code, data: error.data };
  return { message: error.message, code: error.code || -1 };
}

(() => {
  const log: WalletLogEntry[] = [];
  const subscriptions = new Map<string, string>();
  const post = (payload: unknown) => window.postMessage({ type: PAYLOAD, payload }, location.origin);
  const backend = createBackend('frame', CONFORMANCE_ACCOUNT, log, (event, result) => {
    for (const [id, kind] of subscriptions) if (kind === event) post({ jsonrpc: '2.0', method: 'eth_subscription', params: { subscription: id, result } });
  });
  window.addEventListener('message', (event) => {
    const m = event.data as { type?: unknown; payload?: Payload } | null;
    if (event.source !== window || m?.type !== SEND || !m.payload) return;
    const { id, jsonrpc, method, params } = m.payload;
    if (method === 'eth_subscribe' && Array.isArray(params) && typeof params[0] === 'string') {
      const sub = '0x' + (subscriptions.size + 1).toString(16).padStart(32, '0');
      subscriptions.set(sub, params[0]);
      return post({ id, jsonrpc, result: sub });
    }
    try {
      post({ id, jsonrpc, result: backend.call(method, params) });
    } catch (error) {
      post({ id, jsonrpc, error: frameError(error) });
    }
  });

  const provider = new EthereumProvider(new Connection() as never) as InstanceType<typeof EthereumProvider> & { isFrame?: boolean };
  provider.isFrame = true;
  (window as unknown as { ethereum: unknown }).ethereum = provider;
  const info = Object.freeze({
    uuid: '3c1f8a52-6e0b-4d7a-8f2e-9b4c5d6e7f80',
    name: 'Frame',
    icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="32" height="32"/%3E',
    rdns: FRAME_RDNS,
  });
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
  window.addEventListener('eip6963:requestProvider', announce);
  announce();

  publishWallets(log, { conformance: backend }, FRAME_RDNS);
  (window as unknown as { __walletReady: Promise<void> }).__walletReady = new Promise<void>((resolve) => {
    if (provider.isConnected()) resolve();
    else provider.once('connect', () => resolve());
  });
})();
