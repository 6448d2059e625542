import type { BlockContext } from './aggregate3.ts';

/** What every fact of one multicall shares: the chain, when the answer arrived, and the block it was read at. */
export interface RoundContext {
  chainId: number;
  asOf: number;
  block: BlockContext | null;
}

export function rpcSource(chainId: number, contract: string, fn: string): string {
  return `rpc:${chainId}:${contract}.${fn}`;
}
