import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const arbitrum: ChainRpcDefault = {
  chainId: 42161,
  name: 'Arbitrum One',
  rpcUrl: 'https://arb1.arbitrum.io/rpc',
  rpcSource: 'https://docs.arbitrum.io/arbitrum-essentials/reference/node-providers',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
