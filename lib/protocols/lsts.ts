/**
 * The tokens people deposit into restaking protocols: liquid staking tokens and WETH, per chain. Not a protocol:
 * detection uses it to name the asset that leaves the wallet, and the popup's search reads it.
 */
import type { TokenSpec } from './types';

const LIDO = 'lidofinance/docs@35624e45098d819f9ad807ddcc3a5b70dab8d24a:docs/deployed-contracts/index.md';
const aave = (file: string) =>
  `bgd-labs/aave-address-book@f61c97628307d387ca93a78578970fe6db885029:src/${file}.sol (ASSETS.*.UNDERLYING)`;
/** Two third parties that list the same LST addresses: Eigenpie's subgraph constants and Symbiotic's DefaultCollateral underlyings. */
const EIGENPIE_AND_SYMBIOTIC =
  'Magpiexyz-Analytics/eigenpie-subgraph@050ab4a7484ca3c5c69a1684ef55b7fd20ad414e:src/constants.ts + symbioticfi/collateral@62e45beecc29f2c44a8bec5d73dc153636284c74 DefaultCollateral underlying (shared reference other-layers-abis.json)';
const EIGENPIE_ONLY = 'Magpiexyz-Analytics/eigenpie-subgraph@050ab4a7484ca3c5c69a1684ef55b7fd20ad414e:src/constants.ts';

export const lsts: readonly TokenSpec[] = [
  {
    id: 'WETH',
    symbol: 'WETH',
    name: 'Wrapped Ether',
    kind: 'eth',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', source: aave('AaveV3Ethereum'), verification: 'secondary' },
      { chainId: 42161, address: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1', source: aave('AaveV3Arbitrum'), verification: 'secondary' },
      { chainId: 10, address: '0x4200000000000000000000000000000000000006', source: aave('AaveV3Optimism'), verification: 'secondary' },
      { chainId: 8453, address: '0x4200000000000000000000000000000000000006', source: aave('AaveV3Base'), verification: 'secondary' },
      { chainId: 59144, address: '0xe5D7C2a44FfDDf6b295A15c148167daaAf5Cf34f', source: aave('AaveV3Linea'), verification: 'secondary' },
      { chainId: 534352, address: '0x5300000000000000000000000000000000000004', source: aave('AaveV3Scroll'), verification: 'secondary' },
      { chainId: 324, address: '0x5AEa5775959fBC2557Cc8789bC1bf90A239D9a91', source: aave('AaveV3ZkSync'), verification: 'secondary' },
    ],
  },
  {
    id: 'stETH',
    symbol: 'stETH',
    name: 'Lido Staked Ether',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', source: LIDO, verification: 'primary' },
      { chainId: 10, address: '0x76A50b8c7349cCDDb7578c6627e79b5d99D24138', source: LIDO, verification: 'primary', note: 'ERC20RebasableBridgedPermit (proxy)' },
    ],
  },
  {
    id: 'wstETH',
    symbol: 'wstETH',
    name: 'Lido Wrapped Staked Ether',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0', source: LIDO, verification: 'primary' },
      { chainId: 42161, address: '0x5979D7b546E38E414F7E9822514be443A4800529', source: LIDO, verification: 'primary' },
      { chainId: 10, address: '0x1F32b1c2345538c0c6f582fCB022739c4A194Ebb', source: LIDO, verification: 'primary' },
      { chainId: 56, address: '0x26c5e01524d2E6280A48F2c50fF6De7e52E9611C', source: LIDO, verification: 'primary' },
      { chainId: 8453, address: '0xc1CBa3fCea344f92D9239c08C0568f6F2F0ee452', source: aave('AaveV3Base'), verification: 'secondary' },
      { chainId: 59144, address: '0xB5beDd42000b71FddE22D3eE8a79Bd49A568fC8F', source: aave('AaveV3Linea'), verification: 'secondary' },
      { chainId: 534352, address: '0xf610A9dfB7C89644979b4A0f27063E9e7d7Cda32', source: aave('AaveV3Scroll'), verification: 'secondary' },
      { chainId: 324, address: '0x703b52F2b28fEbcB60E1372858AF5b18849FE867', source: aave('AaveV3ZkSync'), verification: 'secondary' },
    ],
  },
  {
    id: 'rETH',
    symbol: 'rETH',
    name: 'Rocket Pool ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xae78736Cd615f374D3085123A210448E74Fc6393', source: `${aave('AaveV3Ethereum')} + ${EIGENPIE_AND_SYMBIOTIC}`, verification: 'secondary' },
      { chainId: 42161, address: '0xEC70Dcb4A1EFa46b8F2D97C310C9c4790ba5ffA8', source: aave('AaveV3Arbitrum'), verification: 'secondary' },
      { chainId: 10, address: '0x9Bcef72be871e61ED4fBbc7630889beE758eb81D', source: aave('AaveV3Optimism'), verification: 'secondary' },
    ],
  },
  {
    id: 'cbETH',
    symbol: 'cbETH',
    name: 'Coinbase Wrapped Staked ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xBe9895146f7AF43049ca1c1AE358B0541Ea49704', source: `${aave('AaveV3Ethereum')} + ${EIGENPIE_AND_SYMBIOTIC}`, verification: 'secondary' },
      { chainId: 8453, address: '0x2Ae3F1Ec7F1F5012CFEab0185bfc7aa3cf0DEc22', source: aave('AaveV3Base'), verification: 'secondary' },
    ],
  },
  {
    id: 'ETHx',
    symbol: 'ETHx',
    name: 'Stader ETHx',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xA35b1B31Ce002FBF2058D22F30f95D405200A15b', source: `${aave('AaveV3Ethereum')} + ${EIGENPIE_AND_SYMBIOTIC}`, verification: 'secondary' },
    ],
  },
  {
    id: 'sfrxETH',
    symbol: 'sfrxETH',
    name: 'Frax Staked Ether',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0xac3E018457B222d93114458476f3E3416Abbe38F', source: EIGENPIE_AND_SYMBIOTIC, verification: 'secondary' }],
  },
  {
    id: 'mETH',
    symbol: 'mETH',
    name: 'Mantle Staked Ether',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0xd5F7838F5C461fefF7FE49ea5ebaF7728bB0ADfa', source: EIGENPIE_AND_SYMBIOTIC, verification: 'secondary' }],
  },
  {
    id: 'wBETH',
    symbol: 'wBETH',
    name: 'Wrapped Binance Beacon ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0xa2E3356610840701BDf5611a53974510Ae27E2e1', source: EIGENPIE_AND_SYMBIOTIC, verification: 'secondary' }],
  },
  {
    id: 'swETH',
    symbol: 'swETH',
    name: 'Swell Staked ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0xf951E335afb289353dc249e82926178EaC7DEd78', source: EIGENPIE_AND_SYMBIOTIC, verification: 'secondary' }],
  },
  {
    id: 'osETH',
    symbol: 'osETH',
    name: 'StakeWise Staked ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [
      { chainId: 1, address: '0xf1C9acDc66974dFB6dEcB12aA385b9cD01190E38', source: `${aave('AaveV3Ethereum')} + ${EIGENPIE_AND_SYMBIOTIC}`, verification: 'secondary' },
    ],
  },
  {
    id: 'LsETH',
    symbol: 'LsETH',
    name: 'Liquid Staked ETH (Liquid Collective)',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0x8c1BEd5b9a0928467c9B1341Da1D7BD5e10b6549', source: EIGENPIE_AND_SYMBIOTIC, verification: 'secondary' }],
  },
  {
    id: 'ankrETH',
    symbol: 'ankrETH',
    name: 'Ankr Staked ETH',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0xE95A203B1a91a908F9B9CE46459d101078c2c3cb', source: EIGENPIE_ONLY, verification: 'unverified' }],
  },
  {
    id: 'OETH',
    symbol: 'OETH',
    name: 'Origin Ether',
    kind: 'lst',
    decimals: 18,
    deployments: [{ chainId: 1, address: '0x856c4Efb76C1D1AE02e20CEB03A2A6a08b0b8dC3', source: EIGENPIE_ONLY, verification: 'unverified' }],
  },
];
