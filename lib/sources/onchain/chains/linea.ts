import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const linea: ChainRpcDefault = {
  chainId: 59144,
  name: 'Linea',
  rpcUrl: 'https://rpc.linea.build',
  rpcSource: 'https://docs.linea.build/network/build/network-info',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
