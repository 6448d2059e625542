/** Uniswap: v2 and v3 routers, the Universal Router (v1.2 and the v4 one), Permit2, UniswapX reactors (signed orders), and the v3 pool rsETH's peg is priced on. */
import { onChains, type VenueFamily } from './types';

const V2 = 'https://docs.uniswap.org/contracts/v2/reference/smart-contracts/v2-deployments';
const V3_BASE = 'https://docs.uniswap.org/contracts/v3/reference/deployments/base-deployments';
const V3_MAINNET = 'https://docs.uniswap.org/contracts/v3/reference/deployments/ethereum-deployments';
const UR = 'https://github.com/Uniswap/universal-router/tree/main/deploy-addresses';
const UNISWAPX = 'https://docs.uniswap.org/contracts/uniswapx/deployment; Uniswap/sdks:sdks/uniswapx-sdk/src/constants.ts REACTOR_ADDRESS_MAPPING';
const PERMIT2 = 'https://github.com/Uniswap/permit2 (deterministic deployment, same address on every chain)';
const RSETH = '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7';
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';

export const uniswap: VenueFamily = {
  id: 'uniswap',
  name: 'Uniswap',
  kind: 'dex',
  contracts: [
    {
      name: 'Uniswap v2 router',
      deployments: [
        { chainId: 1, address: '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D', source: V2, verification: 'primary' },
        { chainId: 42161, address: '0x4752ba5DBc23f44D87826276BF6Fd6b1C372aD24', source: V2, verification: 'primary' },
        { chainId: 10, address: '0x4A7b5Da61326A6379179b40d00F57E5bbDC962c2', source: V2, verification: 'primary' },
      ],
    },
    {
      name: 'Uniswap v3 SwapRouter',
      deployments: onChains([1, 10, 42161], '0xE592427A0AEce92De3Edee1F18E0157C05861564', V3_MAINNET, 'unverified'),
    },
    {
      name: 'Uniswap SwapRouter02',
      deployments: [
        ...onChains([1, 10, 42161], '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', V3_MAINNET, 'unverified'),
        { chainId: 8453, address: '0x2626664c2603336E57B271c5C0b26F421741e481', source: V3_BASE, verification: 'unverified' },
      ],
    },
    {
      name: 'Uniswap Universal Router',
      deployments: [
        {
          chainId: 1,
          address: '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD',
          source: `${UR} (v1.2); also https://gist.github.com/Elnaril (decoder notes, mainnet)`,
          verification: 'secondary',
          note: 'v1.2, Uniswap v2/v3 routes',
        },
        {
          chainId: 1,
          address: '0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af',
          source: `${UR} (v2.0); also https://gist.github.com/Elnaril`,
          verification: 'secondary',
          note: 'v2.0, with Uniswap v4 routes',
        },
        { chainId: 10, address: '0x851116D9223fabED8E56C0E6b8Ad0c31d98B3507', source: `${UR} (v2.0)`, verification: 'secondary' },
        { chainId: 8453, address: '0x6fF5693b99212Da76ad316178A184AB56D299b43', source: `${UR} (v2.0)`, verification: 'secondary' },
        { chainId: 42161, address: '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3', source: `${UR} (v2.0)`, verification: 'secondary' },
      ],
    },
    {
      name: 'UniswapX reactor',
      deployments: [
        { chainId: 1, address: '0x6000da47483062A0D734Ba3dc7576Ce6A0B645C4', source: `${UNISWAPX} (Exclusive Dutch Order Reactor)`, verification: 'secondary' },
        { chainId: 1, address: '0x00000011F84B9aa48e5f8aA8B9897600006289Be', source: `${UNISWAPX} (V2 Dutch Order Reactor)`, verification: 'secondary' },
        { chainId: 42161, address: '0x1bd1aAdc9E230626C44a139d7E70d842749351eb', source: `${UNISWAPX} (V2 Dutch Order Reactor, Arbitrum)`, verification: 'unverified' },
        { chainId: 8453, address: '0x000000001Ec5656dcdB24D90DFa42742738De729', source: `${UNISWAPX} (Priority Order Reactor, Base)`, verification: 'unverified' },
      ],
    },
    {
      // token0 and token1 sort by address, so rsETH (0xA129…) is token0 and WETH (0xC02a…) token1; the peg check reads
      // both from the pool, with its fee tier and factory, before it prices anything there.
      name: 'Uniswap v3 rsETH/WETH pool',
      deployments: [
        {
          chainId: 1,
          address: '0x059615EBf32C946aaab3D44491f78e4F8e97e1D3',
          source:
            'LlamaRisk in the Aave "[ARFC] Add rsETH to Aave V3 Ethereum" thread (governance.aave.com/t/arfc-add-rseth-to-aave-v3-ethereum/17696/7), which prices rsETH on this "Uniswap V3 rsETH / ETH Pool"; Index Coop FlashMintHyETH tests route rsETH → WETH through it at fee 500',
          verification: 'secondary',
          note: '0.05 % fee tier',
          coins: [RSETH, WETH],
        },
      ],
    },
    {
      name: 'Permit2',
      deployments: onChains([1, 10, 56, 8453, 42161, 81457], '0x000000000022D473030F116dDEE9F6B43aC78BA3', PERMIT2, 'primary'),
    },
  ],
};
