import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const base: ChainRpcDefault = {
  chainId: 8453,
  name: 'Base',
  // Rate-limited ("not for production" per Base); a refresh makes only a few reads.
  rpcUrl: 'https://mainnet.base.org',
  rpcSource: 'viem 2.57.20 chains/definitions/base.ts; github.com/base/skills connecting-to-base-network',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
