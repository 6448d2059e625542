import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const scroll: ChainRpcDefault = {
  chainId: 534352,
  name: 'Scroll',
  rpcUrl: 'https://rpc.scroll.io',
  rpcSource: 'viem 2.57.20 chains/definitions/scroll.ts (rpcUrls.default)',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
