/**
 * MetaMask, as a page meets it: the real `MetaMaskInpageProvider` from `@metamask/providers`, set up the way
 * MetaMask's inpage script does it (`initializeProvider` over a `WindowPostMessageStream` named `metamask-inpage`,
 * multiplexed with `@metamask/object-multiplex`, substream `metamask-provider`; `window.ethereum`, the web3 shim and
 * an EIP-6963 announcement as `io.metamask`). The other end of the stream stands where MetaMask's content script and
 * background stand: a `WindowPostMessageStream` named `metamask-contentscript`, the same multiplex, and a real
 * `JsonRpcEngine` behind `createEngineStream`, so every answer and every error crosses `window.postMessage` and is
 * serialised by `@metamask/rpc-errors` exactly as MetaMask's engine serialises it: the page receives plain objects
 * `{ code, message, data?, stack }`, never `Error` instances. Only the answers are ours (`answers.ts`); the person's
 * decisions are fixed by address (`constants.ts`), and a rejection is `providerErrors.userRejectedRequest` with the
 * text MetaMask uses ("MetaMask Tx Signature: User denied transaction signature." for transactions, the EIP-1193
 * default "User rejected the request." for signatures and calls).
 * Loaded as the first script of the page, as MetaMask's inpage script would be.
 */
import { JsonRpcEngine, type JsonRpcMiddleware } from '@metamask/json-rpc-engine';
import { createEngineStream } from '@metamask/json-rpc-middleware-stream';
import ObjectMultiplex from '@metamask/object-multiplex';
import { WindowPostMessageStream } from '@metamask/post-message-stream';
import { initializeProvider } from '@metamask/providers';
import { JsonRpcError, providerErrors, rpcErrors } from '@metamask/rpc-errors';
import type { Json, JsonRpcParams } from '@metamask/utils';
import { ProviderRpcError, type WalletLogEntry } from './answers';
import { createBackend, publishWallets } from './backend';
import { CONFORMANCE_ACCOUNT } from './constants';

/** The one stream method used here; MetaMask's streams are readable-stream 3 duplexes. */
type Duplex = { pipe<T>(destination: T): T };

export const METAMASK_RDNS = 'io.metamask';
const INPAGE = 'metamask-inpage';
const CONTENT_SCRIPT = 'metamask-contentscript';
const PROVIDER_STREAM = 'metamask-provider';

/** MetaMask's error for what the shared answers refuse. */
function metamaskError(method: string, error: unknown): JsonRpcError<Json> {
  if (!(error instanceof ProviderRpcError)) return rpcErrors.internal({ message: String((error as Error)?.message ?? error) });
  const data = error.data as Json | undefined;
  switch (error.code) {
    case 4001:
      return method === 'eth_sendTransaction' || method === 'wallet_sendTransaction'
        ? providerErrors.userRejectedRequest('MetaMask Tx Signature: User denied transaction signature.')
        : providerErrors.userRejectedRequest();
    case 4200:
      // MetaMask forwards a method it does not know to the network, which answers JSON-RPC's method-not-found.
      return rpcErrors.methodNotFound();
    case 4902:
      return providerErrors.custom({ code: 4902, message: error.message });
    case -32602:
      return rpcErrors.invalidParams(data === undefined ? { message: error.message } : { message: error.message, data });
    default:
      return new JsonRpcError(error.code, error.message, data);
  }
}

(() => {
  const log: WalletLogEntry[] = [];

  // The content script / background half.
  const contentStream = new WindowPostMessageStream({ name: CONTENT_SCRIPT, target: INPAGE });
  const contentMux = new ObjectMultiplex();
  (contentStream as unknown as Duplex).pipe(contentMux as unknown as Duplex).pipe(contentStream as unknown as Duplex);
  const engine = new JsonRpcEngine();
  const notify = (method: string, params: Json) => engine.emit('notification', { jsonrpc: '2.0', method, params });
  const networkState = (chainId: string) => ({ chainId, networkVersion: String(parseInt(chainId, 16)), isConnected: true });
  const backend = createBackend('metamask', CONFORMANCE_ACCOUNT, log, (event, payload) =>
    event === 'accountsChanged'
      ? notify('metamask_accountsChanged', payload as Json)
      : notify('metamask_chainChanged', networkState(payload as string)),
  );
  const answer: JsonRpcMiddleware<JsonRpcParams, Json> = (req, res, _next, end) => {
    switch (req.method) {
      case 'metamask_getProviderState':
        res.result = { accounts: [...backend.state.accounts], isUnlocked: true, ...networkState(backend.state.chainId) };
        return end();
      case 'metamask_sendDomainMetadata':
      case 'metamask_logWeb3ShimUsage':
        res.result = true;
        return end();
    }
    try {
      res.result = backend.call(req.method, req.params) as Json;
      end();
    } catch (error) {
      end(metamaskError(req.method, error));
    }
  };
  engine.push(answer);
  const engineStream = createEngineStream({ engine });
  const providerEnd = contentMux.createStream(PROVIDER_STREAM);
  (providerEnd as unknown as Duplex).pipe(engineStream as unknown as Duplex).pipe(providerEnd);

  // The inpage half: MetaMask's own code.
  const inpageStream = new WindowPostMessageStream({ name: INPAGE, target: CONTENT_SCRIPT });
  const inpageMux = new ObjectMultiplex();
  (inpageStream as unknown as Duplex).pipe(inpageMux as unknown as Duplex).pipe(inpageStream as unknown as Duplex);
  const provider = initializeProvider({
    connectionStream: inpageMux.createStream(PROVIDER_STREAM) as never,
    shouldShimWeb3: true,
    providerInfo: {
      uuid: '7d3b7a4e-2c0f-4a43-9b6f-5d1f0e6c9a11',
      name: 'MetaMask',
      icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="32" height="32"/%3E',
      rdns: METAMASK_RDNS,
    },
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, log: () => undefined } as unknown as Console,
  });

  publishWallets(log, { conformance: backend }, METAMASK_RDNS);
  // A dApp's first request waits on nothing; the pages wait for MetaMask's initial state so that every run starts alike.
  (window as unknown as { __walletReady: Promise<void> }).__walletReady = new Promise<void>((resolve) => {
    if ((provider as unknown as { _state: { initialized: boolean } })._state.initialized) resolve();
    else provider.once('_initialized', () => resolve());
  });
})();
