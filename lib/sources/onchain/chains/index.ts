import { arbitrum } from './arbitrum.ts';
import { base } from './base.ts';
import { blast } from './blast.ts';
import { bsc } from './bsc.ts';
import type { ChainRpcDefault } from './chain-rpc-default.ts';
import { ethereum } from './ethereum.ts';
import { linea } from './linea.ts';
import { mode } from './mode.ts';
import { optimism } from './optimism.ts';
import { scroll } from './scroll.ts';
import { zksync } from './zksync.ts';

export type { ChainRpcDefault } from './chain-rpc-default.ts';

/** Every chain the on-chain readers know, keyed by chain id. */
export const chainRpcDefaults: Readonly<Record<number, ChainRpcDefault>> = Object.fromEntries(
  [ethereum, arbitrum, base, optimism, linea, scroll, blast, mode, zksync, bsc].map((c) => [c.chainId, c]),
);
