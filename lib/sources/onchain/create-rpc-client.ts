import { createClient, defineChain, http, type Chain, type Client, type Transport } from 'viem';
import { chainRpcDefaults } from './chains/index.ts';
import { createLimiter, type Limiter } from './create-limiter.ts';
import type { RpcMeter } from './create-rpc-meter.ts';
import { InvalidRpcUrlError, UnknownChainError } from './errors.ts';

export interface RpcClientOptions {
  /** The options page's override for this chain. Falls back to the chain's public default. */
  rpcUrl?: string;
  /** Per HTTP attempt. Public endpoints answer a multicall in well under a second; a hung socket must not hold a refresh. */
  timeoutMs?: number;
  /** Retries on timeouts, 429 and 5xx (viem's policy); reverts are never retried. */
  retryCount?: number;
  /** Base of the exponential backoff: delay = 2^attempt × base (or the server's Retry-After). */
  retryDelayMs?: number;
  /** Shared cap on in-flight requests. Pass one limiter to every client to cap the whole worker. */
  limiter?: Limiter;
  /** Largest JSON-RPC response accepted; a hostile endpoint must not make the worker buffer gigabytes. */
  maxResponseBytes?: number;
  fetchFn?: typeof fetch;
  meter?: RpcMeter;
  /**
   * JSON-RPC batching: requests made in the same tick go out as one HTTP request. The worker turns it on so that the
   * `eth_getCode` reads a held request needs share one round trip with each other and with any read in flight.
   */
  batch?: boolean;
}

export const RPC_CLIENT_DEFAULTS = {
  timeoutMs: 8_000,
  retryCount: 2,
  retryDelayMs: 250,
  maxConcurrent: 4,
  maxResponseBytes: 8 * 1024 * 1024,
} as const;

/** https anywhere; http only to this machine (a local node the person runs, or a test chain). */
export function parseRpcUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new InvalidRpcUrlError({ details: 'not a URL', cause });
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && loopback) return url;
  throw new InvalidRpcUrlError({ details: `scheme ${url.protocol} not allowed` });
}

/**
 * A viem public client for one chain: default public endpoint unless overridden, timeouts, retries with backoff, a
 * concurrency cap, and a meter counting requests and HTTP round trips. The readers batch through Multicall3 themselves;
 * JSON-RPC batching is off unless `batch` is set (the meter then counts JSON-RPC requests and HTTP round trips apart).
 */
/**
 * A bare viem client: the readers call `client.request` and tree-shakable actions (`viem/actions`), so the
 * public-client decorator, with every action and the signature-verification code it pulls in, stays out of the
 * worker's bundle (a smaller worker starts faster when a held request wakes it).
 */
export function createRpcClient(chainId: number, options: RpcClientOptions = {}): Client<Transport, Chain> {
  const known = chainRpcDefaults[chainId];
  if (!known) throw new UnknownChainError({ details: `chain ${chainId}` });
  const url = (options.rpcUrl ?? known.rpcUrl).trim();
  parseRpcUrl(url);
  const limiter = options.limiter ?? createLimiter(RPC_CLIENT_DEFAULTS.maxConcurrent);
  const meter = options.meter;

  const inner = http(url, {
    timeout: options.timeoutMs ?? RPC_CLIENT_DEFAULTS.timeoutMs,
    retryCount: options.retryCount ?? RPC_CLIENT_DEFAULTS.retryCount,
    retryDelay: options.retryDelayMs ?? RPC_CLIENT_DEFAULTS.retryDelayMs,
    maxResponseBodySize: options.maxResponseBytes ?? RPC_CLIENT_DEFAULTS.maxResponseBytes,
    ...(options.fetchFn ? { fetchFn: options.fetchFn } : {}),
    ...(options.batch ? { batch: { wait: 0 } } : {}),
    onFetchRequest: () => {
      if (meter) meter.httpAttempts++;
    },
  });

  const transport: Transport = (params) => {
    const built = inner(params);
    return {
      ...built,
      request: (args, requestOptions) =>
        limiter.run(() => {
          if (meter) {
            meter.requests++;
            meter.byMethod[args.method] = (meter.byMethod[args.method] ?? 0) + 1;
          }
          return built.request(args, requestOptions);
        }),
    } as ReturnType<Transport>;
  };

  const chain = defineChain({
    id: chainId,
    name: known.name,
    nativeCurrency: { name: 'Ether', symbol: chainId === 56 ? 'BNB' : 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [url] } },
    contracts: { multicall3: { address: known.multicall3 } },
  });

  return createClient({ chain, transport });
}
