/**
 * The lending markets an LRT can be looped in (supply the LRT, borrow WETH, buy more), with the parameters a loop
 * lives by, bundled so the calculator answers with no network. An on-chain read replaces Aave's when the worker
 * has one (sources/onchain/read-lending.ts); a Morpho Blue market's LLTV is part of its id and never changes.
 *
 * Aave v3: the E-Mode category that takes the LRT as collateral against WETH (loops run in E-Mode).
 * SparkLend (an Aave v3 fork, Ethereum): the reserve's own LTV and threshold (no E-Mode takes an LRT there); weETH is
 * listed in isolation mode, where only stablecoins can be borrowed against it, so a WETH loop cannot open (max LTV 0).
 * Morpho Blue: each market is (loan, collateral, oracle, irm, lltv); `oracle` says whether it prices the LRT by its
 * exchange rate (a market-price fall alone does not liquidate) or by its market price.
 */
export type LoopMarketId = 'aave-v3' | 'morpho-blue' | 'spark';

export interface LoopMarket {
  market: LoopMarketId;
  chainId: number;
  /** Report id of the LRT (lib/report/report-entries). */
  lrtId: string;
  collateral: `0x${string}`;
  /** Aave v3 Pool, or Morpho Blue's singleton. */
  pool: `0x${string}`;
  label: string;
  /** Morpho Blue market id (keccak of its params). */
  marketId: `0x${string}` | null;
  liquidationThreshold: number;
  /** Largest debt ÷ collateral a borrow may open: Aave's LTV, Morpho's LLTV. */
  maxLtv: number;
  oracle: 'exchange-rate' | 'market-price' | 'not recorded';
  source: string;
  asOf: string;
  verification: 'primary' | 'secondary' | 'unverified';
}

const AAVE_EMODES_2025_03 = (chain: 'Ethereum' | 'Base') =>
  `AaveChan/aave-proposals-v3@8e1dca805275fa001ec2a9aadc093cc0f80338a0:diffs/AaveV3${chain}_WstETHAndWeETHEModesAndLTLTVAdjustmentsOnEthereumArbitrumBase_20250318_before_AaveV3${chain}_WstETHAndWeETHEModesAndLTLTVAdjustmentsOnEthereumArbitrumBase_20250318_after.md`;
const MORPHO_MARKETS = 'defisaver/defisaver-positions-sdk@b9742d35e7d38df3ebf2d7ed747c73f04ba86f81:src/markets/morphoBlue/index.ts';
const MORPHO = '0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb';
/** SparkLend Pool on Ethereum (lib/venues/lending.ts has its sources). */
const SPARK_POOL = '0xC13e21B648A5Ee794902342038FF3aDAB66BE987';
const SPARK_2025_08 = 'sparkdotfi/spark-spells@61b07307f65746ba2bf5bacc12d30360a6d542fd:src/proposals/20250821/SparkEthereum_20250821.sol';
const SPARK_WEETH_LISTING = 'marsfoundation/spark-spells@fbf253dca7540b19d83c613c73c162ad7227cef4:src/proposals/20240613/SparkEthereum_20240613.sol (debtCeiling 50,000,000: isolation mode) + ' + SPARK_2025_08;

const WEETH_1 = '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee';
const WEETH_8453 = '0x04C0599Ae5A44757c0af6F9eC3b93da8976c150A';
const EZETH_1 = '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110';
const EZETH_8453 = '0x2416092f143378750bb29b79eD961ab195CcEea5';
const RSETH_1 = '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7';

const morpho = (chainId: number, lrtId: string, collateral: `0x${string}`, symbol: string, lltv: number, marketId: `0x${string}`, oracle: LoopMarket['oracle']): LoopMarket => ({
  market: 'morpho-blue',
  chainId,
  lrtId,
  collateral,
  pool: MORPHO,
  label: `Morpho Blue ${symbol}/WETH ${lltv * 100} % LLTV`,
  marketId,
  liquidationThreshold: lltv,
  maxLtv: lltv,
  oracle,
  source: MORPHO_MARKETS,
  asOf: '2026-08-21',
  verification: 'secondary',
});

const spark = (lrtId: string, collateral: `0x${string}`, label: string, liquidationThreshold: number, maxLtv: number, source: string): LoopMarket => ({
  market: 'spark',
  chainId: 1,
  lrtId,
  collateral,
  pool: SPARK_POOL,
  label,
  marketId: null,
  liquidationThreshold,
  maxLtv,
  oracle: 'not recorded',
  source,
  asOf: '2025-08-21',
  verification: 'secondary',
});

export const LOOP_MARKETS: readonly LoopMarket[] = [
  spark('rseth', RSETH_1, 'SparkLend Ethereum, rsETH (LTV 75 %)', 0.76, 0.75, SPARK_2025_08),
  spark('ezeth', EZETH_1, 'SparkLend Ethereum, ezETH (LTV 75 %)', 0.76, 0.75, SPARK_2025_08),
  spark('weeth', WEETH_1, 'SparkLend Ethereum, weETH in isolation mode (only stablecoins can be borrowed against it, not WETH)', 0.8, 0, SPARK_WEETH_LISTING),
  {
    market: 'aave-v3',
    chainId: 1,
    lrtId: 'weeth',
    collateral: WEETH_1,
    pool: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
    label: 'Aave v3 Ethereum Core, E-Mode weETH/ETH (category 7)',
    marketId: null,
    liquidationThreshold: 0.95,
    maxLtv: 0.93,
    oracle: 'not recorded',
    source: AAVE_EMODES_2025_03('Ethereum'),
    asOf: '2025-03-18',
    verification: 'secondary',
  },
  {
    market: 'aave-v3',
    chainId: 8453,
    lrtId: 'weeth',
    collateral: WEETH_8453,
    pool: '0xA238Dd80C259a72e81d7e4664a9801593F98d1c5',
    label: 'Aave v3 Base, E-Mode weETH/ETH (category 6)',
    marketId: null,
    liquidationThreshold: 0.95,
    maxLtv: 0.93,
    oracle: 'not recorded',
    source: AAVE_EMODES_2025_03('Base'),
    asOf: '2025-03-18',
    verification: 'secondary',
  },
  morpho(1, 'weeth', WEETH_1, 'weETH', 0.945, '0x37e7484d642d90f14451f1910ba4b7b8e4c3ccdd0ec28f8b2bdb35479e472ba7', 'exchange-rate'),
  morpho(1, 'weeth', WEETH_1, 'weETH', 0.86, '0x698fe98247a40c5771537b5786b2f3f9d78eb487b4ce4d75533cd0e94d88a115', 'market-price'),
  morpho(1, 'ezeth', EZETH_1, 'ezETH', 0.945, '0xa0534c78620867b7c8706e3b6df9e69a2bc67c783281b7a77e034ed75cee012e', 'exchange-rate'),
  morpho(1, 'ezeth', EZETH_1, 'ezETH', 0.86, '0x49bb2d114be9041a787432952927f6f144f05ad3e83196a7d062f374ee11d0ee', 'exchange-rate'),
  morpho(1, 'rseth', RSETH_1, 'rsETH', 0.945, '0xba761af4134efb0855adfba638945f454f0a704af11fc93439e20c7c5ebab942', 'market-price'),
  morpho(8453, 'weeth', WEETH_8453, 'weETH', 0.945, '0xfd0895ba253889c243bf59bc4b96fd1e06d68631241383947b04d1c293a0cfea', 'market-price'),
  morpho(8453, 'weeth', WEETH_8453, 'weETH', 0.915, '0x78d11c03944e0dc298398f0545dc8195ad201a18b0388cb8058b1bcb89440971', 'market-price'),
  morpho(8453, 'ezeth', EZETH_8453, 'ezETH', 0.86, '0xdf13c46bf7bd41597f27e32ae9c306eb63859c134073cb81c796ff20b520c7cf', 'market-price'),
];

/** The markets for an LRT, highest liquidation threshold first (the one a loop reaches furthest in). */
export function loopMarketsFor(lrtId: string, market: LoopMarketId, chainId: number): LoopMarket[] {
  return LOOP_MARKETS.filter((m) => m.lrtId === lrtId && m.market === market && m.chainId === chainId).sort((a, b) => b.liquidationThreshold - a.liquidationThreshold);
}
