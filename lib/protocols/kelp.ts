/**
 * Kelp DAO: ETH and LSTs → rsETH on Ethereum; L2 pools mint wrsETH (or bridged rsETH on Arbitrum); the
 * RsETHTokenWrapper on each L2 wraps the bridged rsETH into wrsETH 1:1 and back. Kelp Gain: agETH and hgETH are
 * vaults over rsETH (deposit rsETH, or ETH/LSTs through Kelp's adapters that mint rsETH first), exited by a redeem
 * request and a dated claim.
 */
import type { Address, ContractDeployment, ContractSpec, FunctionSpec, ProtocolSpec } from './types';

const KD = 'Kelp-DAO/LRT-rsETH@c289b815eb8f3300ed9feab13ef6b8b05515a15c';
const README = `${KD}:README.md`;
const POOLS = `${KD}:contracts/pools/RSETHPool.sol, RSETHPoolV2.sol, RSETHPoolV3.sol`;
/** Kelp's own Ledger plugin: contract list, ABIs and calldata replayed from mainnet transactions. */
const PLUGIN = 'Kelp-DAO/app-plugin-kelp@2bfe743eb85604cf619fbc2155fb940d94877eb4';
const PLUGIN_SPEC = `${PLUGIN}:PLUGIN_SPECIFICATION.md`;
const AGETH_ABI = 'Kelp-DAO/app-plugin-kelp@3f9736f77a01b5485215a624184650c7989932c7:tests/abis/0xe1b4d34e8754600962cd944b535180bd758e6c2e.abi.json';
const WRAPPER = `${KD}:contracts/L2/RsETHTokenWrapper.sol`;

/** RsETHTokenWrapper (wrsETH) per chain: the token and the wrapping contract are one address. README per-chain tables. */
const WRAPPERS: readonly { chainId: number; address: Address; chain: string }[] = [
  { chainId: 8453, address: '0xEDfa23602D0EC14714057867A78d01e94176BEA0', chain: 'Base' },
  { chainId: 10, address: '0x87eEE96D50Fb761AD85B1c982d28A042169d61b1', chain: 'Optimism' },
  { chainId: 534352, address: '0xa25b25548B4C98B0c7d3d27dcA5D5ca743d68b7F', chain: 'Scroll' },
  { chainId: 59144, address: '0xD2671165570f41BBB3B0097893300b6EB6101E6C', chain: 'Linea' },
  { chainId: 81457, address: '0xe7903B1F75C534Dd8159b313d92cDCfbC62cB3Cd', chain: 'Blast' },
  { chainId: 34443, address: '0xe7903B1F75C534Dd8159b313d92cDCfbC62cB3Cd', chain: 'Mode' },
  { chainId: 324, address: '0xd4169E045bcF9a86cC00101225d9ED61D2F51af2', chain: 'zkSync' },
  { chainId: 169, address: '0x9dd4f9EeE9B05D1ebec1d4aAE7Ae9F5d8D235CD4', chain: 'Manta' },
  { chainId: 196, address: '0x5A71f5888EE05B36Ded9149e6D32eE93812EE5e9', chain: 'X Layer' },
  { chainId: 48900, address: '0x311a51Ff8839B6afcAA9426BdBffDF2e70A0dA25', chain: 'Zircuit' },
];

const AGETH: Address = '0xe1B4d34E8754600962Cd944B535180Bd758E6c2e';
const HGETH: Address = '0xc824A08dB624942c5E5F330d56530cD1598859fD';

/** The Kelp Gain vault (agETH, hgETH): an ERC-4626-style pool over rsETH whose exit is a request, then a dated claim. */
function gainVaultFunctions(share: string): FunctionSpec[] {
  return [
    { signature: 'function deposit(uint256 assets, address receiver)', selector: '0x6e553f65', action: 'deposit', input: { kind: 'token', token: 'rsETH', amount: 'assets' } },
    {
      signature: 'function mint(uint256 shares, address receiver)',
      selector: '0x94bf804d',
      action: 'deposit',
      input: { kind: 'token', token: 'rsETH', amount: null },
      note: 'names the shares to receive, not the rsETH that leaves',
    },
    {
      signature: 'function requestRedeem(uint256 shares, address receiverAddr, address holderAddr)',
      selector: '0x7d41c86e',
      action: 'withdraw-request',
      input: { kind: 'token', token: share, amount: 'shares' },
      receives: { id: 'rsETH' },
      note: 'rsETH is paid on a later date, when the pool processes the claims of that day',
    },
    {
      signature: 'function claim(uint256 year, uint256 month, uint256 day, address receiverAddr)',
      selector: '0xb3c9e83d',
      action: 'withdraw-claim',
      input: { kind: 'none' },
      receives: { id: 'rsETH' },
    },
  ];
}

function gainVault(share: string, address: Address, source: string): ContractSpec {
  return {
    name: `Kelp Gain ${share} vault`,
    token: share,
    abiSource: AGETH_ABI,
    note: 'the share token is the vault itself; hgETH is taken to be the same pool contract as agETH (both are listed as Kelp Gain ERC-4626 vaults over rsETH)',
    deployments: [{ chainId: 1, address, source, verification: 'primary' }],
    functions: gainVaultFunctions(share),
  };
}

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
        ...[42161, 10, 59144, 81457, 34443, 48900, 169].map((chainId) => ({
          chainId,
          address: '0x4186BFC76E2E237523CBC30FD220FE055156b41F' as const,
          source: `${README} (LayerZero RSETH_OFT)`,
          verification: 'primary' as const,
          note: 'LayerZero OFT',
        })),
        { chainId: 8453, address: '0x1Bc71130A0e39942a7658878169764Bbd8A45993', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 534352, address: '0x65421ba909200b81640d98B979d07487C9781B66', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 324, address: '0x6bE2425C381eb034045b527780D2Bf4E21AB7236', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 196, address: '0x1B3a9A689Ba7555F9D7984D7Ad4025574Ed5A0f9', source: `${README} (LayerZero RSETH_OFT)`, verification: 'primary', note: 'LayerZero OFT' },
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
      deployments: WRAPPERS.map((w) => ({ chainId: w.chainId, address: w.address, source: `${README} (${w.chain})`, verification: 'primary' as const })),
    },
    {
      id: 'agETH',
      symbol: 'agETH',
      name: 'Kelp Gain (Airdrop Gain ETH)',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: AGETH, source: `${PLUGIN_SPEC} (GAIN agETHToken)`, verification: 'primary' }],
    },
    {
      id: 'hgETH',
      symbol: 'hgETH',
      name: 'Kelp Gain High Growth ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        {
          chainId: 1,
          address: HGETH,
          source: `${PLUGIN}:tests/src/hgvault/test_growth_vault_deposit_eth.py (vault argument of a replayed mainnet deposit)`,
          verification: 'primary',
        },
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
      note: 'L2 pools: RSETHPool on Arbitrum, RSETHPoolV2 on Base/Optimism/Scroll/Linea/Blast/Mode/zkSync, RSETHPoolV3 on Zircuit (X Layer\'s V3 pool is left out: its native currency is OKB, which detection would call ETH)',
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
          note: 'RSETHPoolV3 (Zircuit); mints wrsETH (contracts/pools/RSETHPoolV3.sol: wrsETH.mint), the RsETHTokenWrapper listed beside it',
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
      {
      name: 'RsETHTokenWrapper',
      token: 'wrsETH',
      abiSource: WRAPPER,
      note: 'wraps the bridged rsETH of the chain (the asset argument) 1:1 into wrsETH, and back',
      deployments: WRAPPERS.map((w): ContractDeployment => ({ chainId: w.chainId, address: w.address, source: `${README} (${w.chain})`, verification: 'primary' })),
      functions: [
        { signature: 'function deposit(address asset, uint256 _amount)', selector: '0x47e7ef24', action: 'wrap', input: { kind: 'asset-arg', asset: 'asset', amount: '_amount' } },
        {
          signature: 'function depositTo(address asset, address _to, uint256 _amount)',
          selector: '0xf213159c',
          action: 'wrap',
          input: { kind: 'asset-arg', asset: 'asset', amount: '_amount' },
        },
        {
          signature: 'function withdraw(address asset, uint256 _amount)',
          selector: '0xf3fef3a3',
          action: 'unwrap',
          input: { kind: 'token', token: 'wrsETH', amount: '_amount' },
          token: { arg: 'asset' },
        },
        {
          signature: 'function withdrawTo(address asset, address _to, uint256 _amount)',
          selector: '0xc3b35a7e',
          action: 'unwrap',
          input: { kind: 'token', token: 'wrsETH', amount: '_amount' },
          token: { arg: 'asset' },
        },
      ],
    },
    gainVault('agETH', AGETH, `${PLUGIN_SPEC} (GAIN agETHToken)`),
    gainVault('hgETH', HGETH, `${PLUGIN}:tests/src/hgvault/test_growth_vault_deposit_eth.py (vault argument of a replayed mainnet deposit)`),
    {
      name: 'Kelp Gain rsETHAdapter',
      token: 'agETH',
      abiSource: `${PLUGIN}:tests/abis/0xbf28c9fcb12a97441488f9c68faa49811a98688a.abi.json`,
      note: 'mints rsETH from ETH or an LST when needed, then deposits it into agETH',
      deployments: [{ chainId: 1, address: '0xbf28C9FCb12A97441488f9C68FaA49811a98688a', source: `${PLUGIN_SPEC} (GAIN rsETHAdapter)`, verification: 'primary' }],
      functions: [
        { signature: 'function depositRsETH(uint256 rsETHAmount, string referralId)', selector: '0xb8aa0db9', action: 'deposit', input: { kind: 'token', token: 'rsETH', amount: 'rsETHAmount' } },
        {
          signature: 'function getRSETHWithERC20(address asset, uint256 depositAmount, string referralId)',
          selector: '0xe8c3516b',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'depositAmount' },
        },
        { signature: 'function getRSETHWithETH(string referralId) payable', selector: '0x4e3c04bd', action: 'deposit', input: { kind: 'eth' } },
      ],
    },
    {
      name: 'Kelp Gain GainAdapterETH',
      token: null,
      abiSource: `${PLUGIN}:tests/abis/0xb185d98056419029dae7120ecbefa0dbc12c283a.abi.json`,
      note: 'deposits ETH or an LST (minting rsETH first) or rsETH into the Gain vault named by the vault argument, and withdraws from it',
      deployments: [{ chainId: 1, address: '0xB185D98056419029daE7120EcBeFa0DbC12c283A', source: `${PLUGIN_SPEC} (High Growth Vault GainAdapterETH)`, verification: 'primary' }],
      functions: [
        { signature: 'function depositETH(address vault, string referralId) payable', selector: '0x31a053cf', action: 'deposit', input: { kind: 'eth' }, token: { arg: 'vault' } },
        {
          signature: 'function depositETHAsset(address asset, uint256 amount, address vault, string referralId)',
          selector: '0xd7bfdafc',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'vault' },
        },
        {
          signature: 'function withdraw(address vault, uint256 amount, string referralId)',
          selector: '0xe088747b',
          action: 'withdraw-request',
          input: { kind: 'ref', token: { arg: 'vault' }, amount: 'amount' },
          token: { arg: 'vault' },
          receives: { id: 'rsETH' },
          note: 'a redeem request on the vault; rsETH is claimed later',
        },
      ],
    },
  ],
};
