/** DEX aggregators: 1inch, 0x, Paraswap, Odos, KyberSwap. Each spends what the person approves to its router. */
import { onChains, type VenueFamily } from './types';

const L2S = [1, 10, 56, 8453, 42161] as const;

export const oneInch: VenueFamily = {
  id: '1inch',
  name: '1inch',
  kind: 'aggregator',
  contracts: [
    {
      name: '1inch Aggregation Router v6',
      deployments: onChains(L2S, '0x111111125421cA6dc452d289314280a0f8842A65', 'rotki/rotki:rotkehlchen/chain/evm/decoding/oneinch/constants.py; https://portal.1inch.dev/documentation/contracts/aggregation-protocol/aggregation-introduction', 'secondary'),
    },
    {
      name: '1inch Aggregation Router v5',
      deployments: onChains(L2S, '0x1111111254EEB25477B68fb85Ed929f73A960582', 'https://portal.1inch.dev/documentation/contracts/aggregation-protocol/aggregation-introduction (v5, still used)', 'secondary'),
    },
  ],
};

export const zeroEx: VenueFamily = {
  id: '0x',
  name: '0x',
  kind: 'aggregator',
  contracts: [
    {
      name: '0x AllowanceHolder',
      deployments: onChains(L2S, '0x0000000000001fF3684f28c67538d4D072C22734', 'https://0x.org/docs/introduction/0x-cheat-sheet#allowanceholder-contract (quoted in IndexCoop/flash-mint-sdk:src/constants/addresses.ts)', 'secondary'),
    },
    {
      name: '0x Exchange Proxy',
      deployments: [{ chainId: 1, address: '0xDef1C0ded9bec7F1a1670819833240f027b25EfF', source: '0xProject/protocol:packages/contract-addresses/addresses.json (exchangeProxy, chain 1)', verification: 'secondary' }],
    },
  ],
};

export const paraswap: VenueFamily = {
  id: 'paraswap',
  name: 'Paraswap',
  kind: 'aggregator',
  contracts: [
    {
      name: 'Paraswap Augustus v5',
      deployments: onChains([1, 10, 56, 42161], '0xDEF171Fe48CF0115B1d80b88dc8eAB59176FEe57', 'https://developers.paraswap.network/smart-contracts (quoted in open-dollar/od-actions:script/ParaswapRegistry.s.sol)', 'secondary'),
    },
    {
      name: 'Paraswap v5 token transfer proxy',
      deployments: onChains([1, 10, 56, 42161], '0x216B4B4Ba9F3e719726886d34a177484278Bfcae', 'https://developers.paraswap.network/smart-contracts (TokenTransferProxy, where v5 approvals go)', 'unverified'),
    },
    {
      name: 'Paraswap Augustus v6.2',
      deployments: onChains(L2S, '0x6A000F20005980200259B80c5102003040001068', 'https://developers.velora.xyz/smart-contracts (AugustusV6.2, same address on every chain)', 'unverified'),
    },
  ],
};

const ODOS = 'semiotic-ai/odos-sdk:src/contract.rs (router v2 per chain, with explorer links)';
export const odos: VenueFamily = {
  id: 'odos',
  name: 'Odos',
  kind: 'aggregator',
  contracts: [
    {
      name: 'Odos router v2',
      deployments: [
        { chainId: 1, address: '0xCf5540fFFCdC3d510B18bFcA6d2b9987b0772559', source: ODOS, verification: 'secondary' },
        { chainId: 10, address: '0xCa423977156BB05b13A2BA3b76Bc5419E2fE9680', source: ODOS, verification: 'secondary' },
        { chainId: 56, address: '0x89b8AA89FDd0507a99d334CBe3C808fAFC7d850E', source: ODOS, verification: 'secondary' },
        { chainId: 8453, address: '0x19cEeAd7105607Cd444F5ad10dd51356436095a1', source: ODOS, verification: 'secondary' },
        { chainId: 42161, address: '0xa669e7A0d4b3e4Fa48af2dE86BD4CD7126Be4e13', source: ODOS, verification: 'secondary' },
        { chainId: 59144, address: '0x2d8879046f1559E53eb052E949e9544bCB72f414', source: ODOS, verification: 'secondary' },
      ],
    },
  ],
};

export const kyberSwap: VenueFamily = {
  id: 'kyberswap',
  name: 'KyberSwap',
  kind: 'aggregator',
  contracts: [
    {
      name: 'KyberSwap MetaAggregationRouterV2',
      deployments: onChains(L2S, '0x6131B5fae19EA4f9D964eAc0408E4408b66337b5', 'KyberNetwork/kyberswap-documentation:kyberswap-solutions/kyberswap-aggregator/contracts/aggregator-contract-addresses.md', 'primary'),
    },
  ],
};

const COW = 'cowprotocol/contracts@ea0c36591b6da73b9ba4e2e2107897080c7f9b68:networks.json';
export const cow: VenueFamily = {
  id: 'cow',
  name: 'CoW Protocol',
  kind: 'aggregator',
  contracts: [
    { name: 'CoW Protocol vault relayer', deployments: onChains([1, 8453, 42161], '0xC92E8bdf79f0507f65a392b0ab4667716BFE0110', `${COW} (GPv2VaultRelayer)`, 'primary') },
    { name: 'CoW Protocol settlement', deployments: onChains([1, 8453, 42161], '0x9008D19f58AAbD9eD0D60971565AA8510560ab41', `${COW} (GPv2Settlement)`, 'primary') },
  ],
};
