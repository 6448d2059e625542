import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const blast: ChainRpcDefault = {
  chainId: 81457,
  name: 'Blast',
  rpcUrl: 'https://rpc.blast.io',
  rpcSource: 'viem 2.57.20 chains/definitions/blast.ts (rpcUrls.default)',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
