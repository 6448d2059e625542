import type { Address } from 'viem';

/** A chain the background reads from, with a public keyless endpoint the options page can override. */
export interface ChainRpcDefault {
  chainId: number;
  name: string;
  /** Public, keyless HTTPS JSON-RPC endpoint. Never an URL carrying an API key. */
  rpcUrl: string;
  /** Where the endpoint is published (the chain's docs or the viem change that adopted it). */
  rpcSource: string;
  /** Multicall3 deployment (https://github.com/mds1/multicall). */
  multicall3: Address;
}
