/**
 * Aave v3 pools, registered for the looping case: an LRT supplied as collateral (then borrowed against) stacks
 * liquidation risk on top of restaking risk. Intents are produced only when the asset is a registered LRT.
 */
import type { ContractDeployment, ProtocolSpec } from './types';

const BOOK = 'bgd-labs/aave-address-book@f61c97628307d387ca93a78578970fe6db885029';
const IPOOL = 'aave-dao/aave-v3-origin@e4cc47eec1c8bed7627961ce0933b435dad677f6:src/contracts/interfaces/IPool.sol';

const pool = (chainId: number, address: `0x${string}`, file: string, note?: string): ContractDeployment => ({
  chainId,
  address,
  source: `${BOOK}:src/${file}.sol (POOL)`,
  verification: 'primary',
  ...(note ? { note } : {}),
});

export const aaveV3: ProtocolSpec = {
  id: 'aave-v3',
  name: 'Aave v3',
  kind: 'lending',
  tokens: [],
  contracts: [
    {
      name: 'Pool',
      token: null,
      abiSource: IPOOL,
      note: 'L2Pool compact-encoded `supply(bytes32)` is not registered: its asset is a reserve index that needs an RPC read',
      deployments: [
        pool(1, '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', 'AaveV3Ethereum', 'Core market'),
        pool(1, '0x4e033931ad43597d96D6bcc25c280717730B58B1', 'AaveV3EthereumLido', 'Prime (Lido) market'),
        pool(1, '0x0AA97c284e98396202b6A04024F5E2c65026F3c0', 'AaveV3EthereumEtherFi', 'EtherFi market'),
        pool(42161, '0x794a61358D6845594F94dc1DB02A252b5b4814aD', 'AaveV3Arbitrum'),
        pool(10, '0x794a61358D6845594F94dc1DB02A252b5b4814aD', 'AaveV3Optimism'),
        pool(8453, '0xA238Dd80C259a72e81d7e4664a9801593F98d1c5', 'AaveV3Base'),
        pool(59144, '0xc47b8C00b0f69a36fa203Ffeac0334874574a8Ac', 'AaveV3Linea'),
        pool(534352, '0x11fCfe756c05AD438e312a7fd934381537D3cFfe', 'AaveV3Scroll'),
        pool(324, '0x78e30497a3c7527d953c6B1E3541b021A98Ac43c', 'AaveV3ZkSync'),
        pool(56, '0x6807dc923806fE8Fd134338EABCA509979a7e0cB', 'AaveV3BNB'),
      ],
      functions: [
        {
          signature: 'function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)',
          selector: '0x617ba037',
          action: 'supply-collateral',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'asset' },
        },
        {
          signature: 'function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)',
          selector: '0xe8eda9df',
          action: 'supply-collateral',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'asset' },
          note: 'deprecated alias of supply, still on the v3 Pool',
        },
        {
          signature:
            'function supplyWithPermit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS)',
          selector: '0x02c205f0',
          action: 'supply-collateral',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'asset' },
        },
      ],
    },
  ],
};
