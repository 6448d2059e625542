/** Kelp DAO: ETH and LSTs → rsETH on Ethereum; L2 pools mint wrsETH (or bridged rsETH on Arbitrum). */
import type { ProtocolSpec } from './types';

const KD = 'Kelp-DAO/LRT-rsETH@c289b815eb8f3300ed9feab13ef6b8b05515a15c';
const README = `${KD}:README.md`;
const POOLS = `${KD}:contracts/pools/RSETHPool.sol, RSETHPoolV2.sol, RSETHPoolV3.sol`;
const POOL_NOTE = 'README is dated 2025-02: the proxy may since have been upgraded; paused after the 2026-04-18 rsETH bridge exploit';

export const kelp: ProtocolSpec = {
  id: 'kelp',
  name: 'Kelp DAO',
  kind: 'restaking',
  tokens: [
    {
      id: 'rsETH',
      symbol: 'rsETH',
      name: 'Kelp Restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 1, address: '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7', source: `${README} (ETH Mainnet)`, verification: 'primary' },
        ...[42161, 10, 59144, 81457, 34443, 48900].map((chainId) => ({
          chainId,
          address: '0x4186BFC76E2E237523CBC30FD220FE055156b41F' as const,
          source: `${README} (LayerZero RSETH_OFT)`,
          verification: 'primary' as const,
          note: 'LayerZero OFT',
        })),
        { chainId: 8453, address: '0x1Bc71130A0e39942a7658878169764Bbd8A45993', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 534352, address: '0x65421ba909200b81640d98B979d07487C9781B66', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 324, address: '0x6bE2425C381eb034045b527780D2Bf4E21AB7236', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
      ],
    },
    {
      id: 'rsETH-ccip',
      symbol: 'rsETH',
      name: 'Kelp Restaked ETH (Chainlink CCIP)',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 42161, address: '0xe119D214a6efa7d3cF60e6E59481EDe1B0064A6B', source: `${README} (CCIP (Chainlink) RSETH)`, verification: 'primary' },
        { chainId: 10, address: '0x68A9EC5b93F04a60c77F486a664f283B2E4E2B72', source: `${README} (CCIP (Chainlink) RSETH)`, verification: 'primary' },
        { chainId: 56, address: '0x4186BFC76E2E237523CBC30FD220FE055156b41F', source: `${README} (CCIP (Chainlink) RSETH)`, verification: 'primary' },
      ],
    },
    {
      id: 'wrsETH',
      symbol: 'wrsETH',
      name: 'Kelp Wrapped rsETH (RsETHTokenWrapper)',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 8453, address: '0xEDfa23602D0EC14714057867A78d01e94176BEA0', source: README, verification: 'primary' },
        { chainId: 10, address: '0x87eEE96D50Fb761AD85B1c982d28A042169d61b1', source: README, verification: 'primary' },
        { chainId: 534352, address: '0xa25b25548B4C98B0c7d3d27dcA5D5ca743d68b7F', source: README, verification: 'primary' },
        { chainId: 59144, address: '0xD2671165570f41BBB3B0097893300b6EB6101E6C', source: README, verification: 'primary' },
        { chainId: 81457, address: '0xe7903B1F75C534Dd8159b313d92cDCfbC62cB3Cd', source: README, verification: 'primary' },
        { chainId: 34443, address: '0xe7903B1F75C534Dd8159b313d92cDCfbC62cB3Cd', source: README, verification: 'primary' },
        { chainId: 324, address: '0xd4169E045bcF9a86cC00101225d9ED61D2F51af2', source: README, verification: 'primary' },
      ],
    },
  ],
  contracts: [
    {
      name: 'LRTDepositPool',
      token: 'rsETH',
      abiSource: `${KD}:contracts/LRTDepositPool.sol (unchanged since 2024-02)`,
      deployments: [{ chainId: 1, address: '0x036676389e48133B63a802f8635AD39E752D375D', source: `${README} (ETH Mainnet)`, verification: 'primary' }],
      functions: [
        {
          signature: 'function depositETH(uint256 minRSETHAmountExpected, string referralId) payable',
          selector: '0x72c51c0b',
          action: 'deposit',
          input: { kind: 'eth' },
        },
        {
          signature: 'function depositAsset(address asset, uint256 depositAmount, uint256 minRSETHAmountExpected, string referralId)',
          selector: '0xc3ae1766',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'depositAmount' },
          note: 'pulls a supported LST (stETH, ETHx, …); approve the asset to LRTDepositPool first',
        },
      ],
    },
    {
      name: 'LRTWithdrawalManager',
      token: 'rsETH',
      abiSource: `${KD}:contracts/LRTWithdrawalManager.sol`,
      deployments: [{ chainId: 1, address: '0x62De59c08eB5dAE4b7E6F7a8cAd3006d6965ec16', source: README, verification: 'primary' }],
      functions: [
        {
          signature: 'function initiateWithdrawal(address asset, uint256 rsETHUnstaked, string referralId)',
          selector: '0xc5a67b01',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'rsETH', amount: 'rsETHUnstaked' },
          receives: { arg: 'asset', eth: 'eeee' },
          note: 'v5.1.0 (2025-02)',
        },
        {
          signature: 'function initiateWithdrawal(address asset, uint256 rsETHUnstaked)',
          selector: '0xc8393ba9',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'rsETH', amount: 'rsETHUnstaked' },
          receives: { arg: 'asset', eth: 'eeee' },
          version: 'legacy',
          source: 'Kelp-DAO/LRT-rsETH@c2ed08e (2024-07):contracts/LRTWithdrawalManager.sol',
        },
        {
          signature: 'function completeWithdrawal(address asset, string referralId)',
          selector: '0xd3a86833',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { arg: 'asset', eth: 'eeee' },
          note: 'v5.1.0',
        },
        {
          signature: 'function completeWithdrawal(address asset)',
          selector: '0x6dbaf9ee',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { arg: 'asset', eth: 'eeee' },
          version: 'legacy',
          source: 'Kelp-DAO/LRT-rsETH@c2ed08e (2024-07):contracts/LRTWithdrawalManager.sol',
        },
      ],
    },
    {
      name: 'RSETHPool',
      token: 'wrsETH',
      abiSource: POOLS,
      note: 'L2 pools: RSETHPool on Arbitrum, RSETHPoolV2 on Base/Optimism/Scroll/Linea/Blast/Mode/zkSync, RSETHPoolV3 on Zircuit',
      deployments: [
        {
          chainId: 42161,
          address: '0x376A7564AF88242D6B8598A5cfdD2E9759711B61',
          source: README,
          verification: 'primary',
          token: 'rsETH',
          note: `RSETHPool; pays out the LayerZero rsETH itself (contracts/pools/RSETHPool.sol). ${POOL_NOTE}`,
        },
        { chainId: 8453, address: '0x291088312150482826b3A37d5A69a4c54DAa9118', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 10, address: '0xaAA687e218F9B53183A6AA9639FBD9D6e69EcB73', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 534352, address: '0xb80deaecd7F4Bca934DE201B11a8711644156a0a', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 59144, address: '0x057297e44A3364139EDCF3e1594d6917eD7688c2', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 81457, address: '0x1558959f1a032F83f24A14Ff539944A926C51bdf', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 34443, address: '0xbDf612E616432AA8e8D7d8cC1A9c934025371c5C', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        { chainId: 324, address: '0x41b300f5A619973b20931f0944C85DB229d5E27f', source: README, verification: 'primary', note: `RSETHPoolV2. ${POOL_NOTE}` },
        {
          chainId: 48900,
          address: '0xca276450b2c26061785CF11668dd481168E102Cb',
          source: README,
          verification: 'primary',
          token: 'rsETH',
          note: 'RSETHPoolV3 (Zircuit); which rsETH it pays is inferred from the README token table',
        },
      ],
      functions: [
        {
          signature: 'function deposit(string referralId) payable',
          selector: '0xa26e1186',
          action: 'deposit',
          input: { kind: 'eth' },
        },
        {
          signature: 'function deposit(address token, uint256 amount, string referralId)',
          selector: '0xbfe07da6',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'token', amount: 'amount' },
          note: 'RSETHPool (Arbitrum) and RSETHPoolV3 only; supported tokens such as WETH',
        },
      ],
    },
  ],
};
