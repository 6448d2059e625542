/**
 * Which rows of yields.llama.fi `/pools` are LRT pools we use.
 *
 * `/pools` identifies a pool by a UUID that DefiLlama assigns at ingestion; the adaptor's own address-based id is only
 * exposed as `pool_old` in `/poolsEnriched` (lrt-contracts.md §E). The UUIDs are not in the adaptor sources and no
 * live response could be read when this list was written, so we match on what the adaptors write — `project`
 * (= DefiLlama protocol slug) and `symbol` (upper-cased by yield-server `utils.formatSymbol`) — plus `chain`
 * (normalised by `utils.formatChain`, e.g. "Ethereum"). The matched row's `pool` UUID is kept with the data so
 * the cache records it once seen.
 *
 * Sources: DefiLlama/yield-server@e638965f28982149aed419391ae0b882667dd844 (2026-08-22), the files named per entry.
 */
export interface LrtPoolMatcher {
  /** Snapshot LRT id (lib/snapshot). */
  lrtId: string;
  /** Registry protocol id (lib/protocols). */
  protocol: string;
  project: string;
  symbol: string;
  /** Chains the adaptor reports this token on; a row on another chain is not ours. */
  chains: readonly string[];
  /** DefiLlama protocol id from the adaptor's `protocolId`. */
  defillamaProtocolId: string | null;
  /** What the adaptor puts in `apyReward`, so the UI can name it (yield component) — or null if it sets none. */
  rewardMeans: 'restaking-rewards' | 'incentives' | null;
  source: string;
  note?: string;
}

const YIELD_SERVER = 'DefiLlama/yield-server@e638965f28982149aed419391ae0b882667dd844';

export const LRT_POOL_MATCHERS: readonly LrtPoolMatcher[] = [
  {
    lrtId: 'weeth',
    protocol: 'etherfi',
    project: 'ether.fi-stake',
    symbol: 'WEETH',
    chains: ['Ethereum', 'Base', 'Linea', 'Scroll'],
    defillamaProtocolId: '2626',
    // `apyReward: restakingApy` = weekly EIGEN distribution × EIGEN price / eETH supply value (adaptor).
    rewardMeans: 'restaking-rewards',
    source: `${YIELD_SERVER}:src/adaptors/ether.fi-stake/index.js`,
    note: 'apyBase = 7-day change of weETH.getRate(); the same adaptor also emits eBTC rows, which are not an ETH LRT.',
  },
  {
    lrtId: 'ezeth',
    protocol: 'renzo',
    project: 'renzo',
    symbol: 'EZETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '3933',
    rewardMeans: null,
    source: `${YIELD_SERVER}:src/adaptors/renzo/index.js`,
    note: 'apyBase = 30-day compounded change of the rate provider 0x387dBc0fB00b26fb085aa658527D5BE98302c84C getRate().',
  },
  {
    lrtId: 'rseth',
    protocol: 'kelp',
    project: 'kelp',
    symbol: 'RSETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '3946',
    rewardMeans: null,
    source: `${YIELD_SERVER}:src/adaptors/kelp/index.js`,
    note: "apyBase is copied from Kelp's own API https://universe.kelpdao.xyz/rseth/apy, not computed on-chain.",
  },
  {
    lrtId: 'pufeth',
    protocol: 'puffer',
    project: 'puffer-stake',
    symbol: 'PUFETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '4088',
    // apyReward/rewardTokens come from Merkl campaigns on pufETH (adaptor: getMerklRewardsByIdentifier).
    rewardMeans: 'incentives',
    source: `${YIELD_SERVER}:src/adaptors/puffer-stake/index.js`,
    note: 'apyBase = 30-day change of PufferVault.convertToAssets(1e18), simple annualised.',
  },
  {
    lrtId: 'rsweth',
    protocol: 'swell',
    project: 'swell-liquid-restaking',
    symbol: 'RSWETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '4078',
    rewardMeans: null,
    source: `${YIELD_SERVER}:src/adaptors/swell-liquid-restaking/index.js`,
    note: 'apyBase = change between the last two rswETH Reprice events, annualised.',
  },
  {
    lrtId: 'yneth',
    protocol: 'yieldnest',
    project: 'yieldnest',
    symbol: 'YNETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '4606',
    rewardMeans: 'incentives',
    source: `${YIELD_SERVER}:src/adaptors/yieldnest/index.js`,
    note: "The adaptor sets only `apy` (= YieldNest gateway apr7d + restaking7dApr), no apyBase; Merkl rewards are added as apyReward.",
  },
  {
    lrtId: 'ynlsde',
    protocol: 'yieldnest',
    project: 'yieldnest',
    symbol: 'YNLSDE',
    chains: ['Ethereum'],
    defillamaProtocolId: '4606',
    rewardMeans: 'incentives',
    source: `${YIELD_SERVER}:src/adaptors/yieldnest/index.js`,
    note: 'Same adaptor as ynETH; only tokens the YieldNest gateway lists are emitted.',
  },
  {
    lrtId: 'ineth',
    protocol: 'inception',
    project: 'genesislrt-(native-restaking)',
    symbol: 'INETH',
    chains: ['Ethereum'],
    defillamaProtocolId: '4030',
    rewardMeans: null,
    source: `${YIELD_SERVER}:src/adaptors/genesislrt-(native-restaking)/index.js`,
    note: 'At this commit the adaptor calls process.exit() before returning, so no inETH row is expected in /pools.',
  },
];

/** The fields of a `/pools` row we match on. */
export interface PoolKey {
  project: string;
  symbol: string;
  chain: string;
}

export function matchLrtPool(row: PoolKey): LrtPoolMatcher | undefined {
  const symbol = row.symbol.toUpperCase();
  return LRT_POOL_MATCHERS.find(
    (m) => m.project === row.project && m.symbol === symbol && m.chains.includes(row.chain),
  );
}
