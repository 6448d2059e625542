import type { ChainRpcDefault } from './chain-rpc-default.ts';

export const ethereum: ChainRpcDefault = {
  chainId: 1,
  name: 'Ethereum',
  rpcUrl: 'https://ethereum.reth.rs/rpc',
  // viem's own default since wevm/viem#4850 (2026-07-16); listed in the Reth docs as a public endpoint.
  rpcSource: 'https://github.com/wevm/viem/pull/4850',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
};
