import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const bsc: ChainRpcDefault = {
  chainId: 56,
  name: 'BNB Smart Chain',
  // BNB Chain's own public endpoint (10K requests / 5 min; eth_getLogs disabled, which we do not use there).
  rpcUrl: 'https://bsc-dataseed.bnbchain.org',
  rpcSource: 'https://docs.bnbchain.org/bnb-smart-chain/developers/json_rpc/json-rpc-endpoint',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
