/**
 * Deposit assets beyond ETH and its LSTs: the non-ETH collateral of Symbiotic's DefaultCollateral wrappers and the
 * BNB Chain assets Kernel takes. Not a protocol: detection uses it to name what leaves the wallet.
 *
 * A token is listed only when its decimals have a source as well as its address (the warning turns base units into
 * whole tokens with them). ENA, ETHFI, SWELL and MANTA (Symbiotic) and slisBNB, BNBx, asBNB, clisBNB and the BTC
 * wrappers on BNB Chain (Kernel) are left out for that reason: detection shows them as unregistered tokens.
 */
import type { TokenSpec } from './types';

const SYMBIOTIC_TOKENS = 'symbioticfi/metadata-mainnet@06c88c16b315a3019a00e2c355cc2243f5c60f45:tokens/<address>/info.json';
const aave = (file: string) => `bgd-labs/aave-address-book@f61c97628307d387ca93a78578970fe6db885029:src/${file}.sol (ASSETS.*.UNDERLYING, DECIMALS)`;
/** Symbiotic lists the token as a collateral and Aave's address book agrees on the address and gives the decimals. */
const ETHEREUM = `${SYMBIOTIC_TOKENS} + ${aave('AaveV3Ethereum')}`;
/** Kernel's mainnet table (a public copy of the team's repository) and Aave's BNB market agree. */
const KERNEL_BSC = `andnasnd/kernel-smart-contracts-public@6e64786c2744a8521a8872fb59cdfd414c04e14b:doc/contract-address/Mainnet.md + ${aave('AaveV3BNB')}`;

export const collateralAssets: readonly TokenSpec[] = [
  {
    id: 'WBTC',
    symbol: 'WBTC',
    name: 'Wrapped BTC',
    kind: 'other',
    decimals: 8,
    deployments: [{ chainId: 1, address: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599', source: ETHEREUM, verification: 'secondary' }],
  },
  {
    id: 'LBTC',
    symbol: 'LBTC',
    name: 'Lombard Staked BTC',
    kind: 'other',
    decimals: 8,
    deployments: [{ chainId: 1, address: '0x8236a87084f8B84306f72007F36F2618A5634494', source: ETHEREUM, verification: 'secondary' }],
  },
  {
    id: 'tBTC',
    symbol: 'tBTC',
    name: 'tBTC v2',
    kind: 'other',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0x18084fbA666a33d37592fA2633fD49a74DD93a88', source: ETHEREUM, verification: 'secondary' }],
  },
  {
    id: 'sUSDe',
    symbol: 'sUSDe',
    name: 'Ethena Staked USDe',
    kind: 'other',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0x9D39A5DE30e57443BfF2A8307A4256c8797A3497', source: ETHEREUM, verification: 'secondary' }],
  },
  {
    id: 'FXS',
    symbol: 'FXS',
    name: 'Frax Share',
    kind: 'other',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0x3432B6A60D23Ca0dFCa7761B7ab56459D9C964D0', source: ETHEREUM, verification: 'secondary' }],
  },
  {
    id: 'WBNB',
    symbol: 'WBNB',
    name: 'Wrapped BNB',
    kind: 'other',
    decimals: 18,
    deployments: [{ chainId: 56, address: '0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c', source: KERNEL_BSC, verification: 'secondary' }],
  },
  {
    id: 'BTCB',
    symbol: 'BTCB',
    name: 'Binance-Peg BTCB',
    kind: 'other',
    decimals: 18,
    deployments: [{ chainId: 56, address: '0x7130d2A12B9BCbFAe4f2634d864A1Ee1Ce3Ead9c', source: KERNEL_BSC, verification: 'secondary' }],
  },
];
