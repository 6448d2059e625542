/**
 * Chain names and block explorers for the chains the registry uses. Explorers are the ones each chain's own
 * documentation links (Etherscan family, Blockscout for Mode and Soneium, the zkSync Era explorer); Swellchain's and
 * Puffer's L2s' explorers are the ones their deployment docs link.
 */
export interface ChainInfo {
  id: number;
  name: string;
  explorer: string;
}

const CHAINS: readonly ChainInfo[] = [
  { id: 1, name: 'Ethereum', explorer: 'https://etherscan.io' },
  { id: 10, name: 'Optimism', explorer: 'https://optimistic.etherscan.io' },
  { id: 56, name: 'BNB Chain', explorer: 'https://bscscan.com' },
  { id: 169, name: 'Manta Pacific', explorer: 'https://pacific-explorer.manta.network' },
  { id: 196, name: 'X Layer', explorer: 'https://www.oklink.com/xlayer' },
  { id: 324, name: 'zkSync Era', explorer: 'https://explorer.zksync.io' },
  { id: 999, name: 'HyperEVM', explorer: 'https://www.hyperscan.com' },
  { id: 1868, name: 'Soneium', explorer: 'https://soneium.blockscout.com' },
  { id: 1923, name: 'Swellchain', explorer: 'https://swellchainscan.io' },
  { id: 2410, name: 'Karak', explorer: 'https://explorer.karak.network' },
  { id: 8453, name: 'Base', explorer: 'https://basescan.org' },
  { id: 17000, name: 'Holesky', explorer: 'https://holesky.etherscan.io' },
  { id: 33139, name: 'ApeChain', explorer: 'https://apescan.io' },
  { id: 34443, name: 'Mode', explorer: 'https://explorer.mode.network' },
  { id: 42161, name: 'Arbitrum', explorer: 'https://arbiscan.io' },
  { id: 48900, name: 'Zircuit', explorer: 'https://explorer.zircuit.com' },
  { id: 59144, name: 'Linea', explorer: 'https://lineascan.build' },
  { id: 80094, name: 'Berachain', explorer: 'https://berascan.com' },
  { id: 81457, name: 'Blast', explorer: 'https://blastscan.io' },
  { id: 534352, name: 'Scroll', explorer: 'https://scrollscan.com' },
  { id: 560048, name: 'Hoodi', explorer: 'https://hoodi.etherscan.io' },
];

const byId = new Map(CHAINS.map((c) => [c.id, c]));

export function chainInfo(id: number): ChainInfo {
  return byId.get(id) ?? { id, name: `chain ${id}`, explorer: '' };
}

export function explorerAddressUrl(chainId: number, address: string): string | null {
  const { explorer } = chainInfo(chainId);
  return explorer ? `${explorer}/address/${address}` : null;
}

export const knownChains = (): readonly ChainInfo[] => CHAINS;
