import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const zksync: ChainRpcDefault = {
  chainId: 324,
  name: 'zkSync Era',
  rpcUrl: 'https://mainnet.era.zksync.io',
  rpcSource: 'https://docs.zksync.io/zksync-network/environment/zksync-era',
  // zkSync Era derives CREATE2 addresses differently, so Multicall3 is not at the canonical address there.
  // Address from mds1/multicall deployments.json ("zkSync Era"), also viem's zksync chain definition.
  multicall3: '0xF9cda624FBC7e059355ce98a31693d299FACd963',
};
