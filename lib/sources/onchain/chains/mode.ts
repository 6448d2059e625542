import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const mode: ChainRpcDefault = {
  chainId: 34443,
  name: 'Mode',
  rpcUrl: 'https://mainnet.mode.network',
  rpcSource: 'https://github.com/mode-network/documentation/blob/main/mode-mainnet/using-mode-mainnet.md',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
