import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const optimism: ChainRpcDefault = {
  chainId: 10,
  name: 'OP Mainnet',
  rpcUrl: 'https://mainnet.optimism.io',
  rpcSource: 'viem 2.57.20 chains/definitions/optimism.ts (rpcUrls.default)',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
