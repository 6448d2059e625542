/**
 * ether.fi: ETH and LSTs → eETH (rebasing) and weETH (wrapped), with L2 native minting of weETH; Liquid ETH, a vault
 * over weETH and other restaked ETH, entered through its Teller; weETHs and eBTC, vaults that restake further in
 * Symbiotic (and Karak for eBTC), entered through their Veda Tellers.
 */
import { TELLER_FUNCTIONS, VEDA } from './boring-vault';
import type { ProtocolSpec } from './types';

const EF = 'etherfi-protocol/smart-contracts@b4a0968087b178bc346cdf6bee6c0597bf4c42c7';
const EF_LEGACY = 'etherfi-protocol/smart-contracts@290b4418 (pre-2026-05 layout)';
const DEPLOYED = `${EF}:script/deploys/Deployed.s.sol`;
const XC = 'etherfi-protocol/weETH-cross-chain@29ea6b7a54c09087343e400d99aced3ac17bef86';
const L2_CONSTANTS = `${XC}:utils/L2Constants.sol + README.md`;
/** ether.fi's permit struct (`ILiquidityPool.PermitInput`). */
const PERMIT = '(uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)';
/** ether.fi's own LiquidRefer scripts and tests name the Liquid Tellers, at the same address on every chain. */
const LIQUID_TELLERS = `${EF}:script/liquid/DeployLiquidReferMainnet.s.sol, script/liquid/DeployLiquidReferScroll.s.sol (LIQUID_ETH_TELLER)`;
const HEAD_NOTE = 'HEAD signature (commit eb30b78f, 2026-06-11, adds _minOutAmount); deployment not verified on-chain';
const LEGACY_NOTE = 'signature before commit eb30b78f; probably the deployed one (no newer deployment JSON in the repo)';

const WEETHS_TELLER = `SECONDARY: ${VEDA}:test/resources/ChainValues.sol ("superSymbioticTeller", vault "weETHs") and script/MerkleRootCreation/Mainnet/CreateMultiChainLiquidEthMerkleRoot.s.sol; Pendle's weETHs SY names the same teller`;
const EBTC_TELLER = `SECONDARY: ${VEDA}:script/MerkleRootCreation/Mainnet/CreateLombardMerkleRoot.s.sol (newEBTCTeller) and Pendle's eBTC SY (vedaTeller)`;

export const etherfi: ProtocolSpec = {
  id: 'etherfi',
  name: 'ether.fi',
  kind: 'restaking',
  tokens: [
    {
      id: 'eETH',
      symbol: 'eETH',
      name: 'ether.fi ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x35fA164735182de50811E8e2E824cFb9B6118ac2', source: `${DEPLOYED} (EETH)`, verification: 'primary' }],
    },
    {
      id: 'weETH',
      symbol: 'weETH',
      name: 'Wrapped eETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 1, address: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', source: `${DEPLOYED} (WEETH)`, verification: 'primary' },
        { chainId: 8453, address: '0x04C0599Ae5A44757c0af6F9eC3b93da8976c150A', source: L2_CONSTANTS, verification: 'primary' },
        { chainId: 59144, address: '0x1Bf74C010E6320bab11e2e5A532b5AC15e0b8aA6', source: L2_CONSTANTS, verification: 'primary' },
        { chainId: 534352, address: '0x01f0a31698C4d065659b9bdC21B3610292a1c506', source: L2_CONSTANTS, verification: 'primary' },
        { chainId: 10, address: '0x5A7fACB970D094B6C7FF1df0eA68D99E6e73CBFF', source: L2_CONSTANTS, verification: 'primary' },
        { chainId: 56, address: '0x04C0599Ae5A44757c0af6F9eC3b93da8976c150A', source: L2_CONSTANTS, verification: 'primary' },
        { chainId: 81457, address: '0x04C0599Ae5A44757c0af6F9eC3b93da8976c150A', source: `${XC}:utils/L2Constants.sol`, verification: 'primary' },
        { chainId: 34443, address: '0x04C0599Ae5A44757c0af6F9eC3b93da8976c150A', source: `${XC}:utils/L2Constants.sol`, verification: 'primary' },
        { chainId: 324, address: '0xc1Fa6E2E8667d9bE0Ca938a54c7E0285E9Df924a', source: L2_CONSTANTS, verification: 'primary' },
        {
          chainId: 42161,
          address: '0x35751007a407ca6FEFfE80b3cB397736D2cf4dbe',
          source: 'bgd-labs/aave-address-book@f61c97628307d387ca93a78578970fe6db885029:src/AaveV3Arbitrum.sol + other integrators (in no ether.fi repo)',
          verification: 'secondary',
          note: 'canonical-bridge token, not an OFT',
        },
      ],
    },
  ],
  contracts: [
    {
      name: 'LiquidityPool',
      token: 'eETH',
      abiSource: `${EF}:src/core/LiquidityPool.sol`,
      deployments: [{ chainId: 1, address: '0x308861A430be4cce5502d0A12724771Fc6DaF216', source: `${DEPLOYED} (LIQUIDITY_POOL)`, verification: 'primary' }],
      functions: [
        { signature: 'function deposit() payable', selector: '0xd0e30db0', action: 'deposit', input: { kind: 'eth' } },
        { signature: 'function deposit(address _referral) payable', selector: '0xf340fa01', action: 'deposit', input: { kind: 'eth' } },
        {
          signature: 'function deposit(address _user, address _referral) payable',
          selector: '0xf9609f08',
          action: 'deposit',
          input: { kind: 'eth' },
          note: 'only callable by MembershipManager (IncorrectCaller otherwise)',
        },
        {
          signature: 'function requestWithdraw(address recipient, uint256 amount)',
          selector: '0x397a1b28',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'eETH', amount: 'amount' },
          receives: { id: 'ETH' },
          note: 'pulls eETH; mints a WithdrawRequestNFT',
        },
        {
          signature: `function requestWithdrawWithPermit(address _owner, uint256 _amount, ${PERMIT} _permit)`,
          selector: '0x03dcfbdc',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'eETH', amount: '_amount' },
          receives: { id: 'ETH' },
        },
      ],
    },
    {
      name: 'WeETH',
      token: 'weETH',
      abiSource: `${EF}:src/core/WeETH.sol`,
      deployments: [{ chainId: 1, address: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', source: `${DEPLOYED} (WEETH)`, verification: 'primary' }],
      functions: [
        { signature: 'function wrap(uint256 _eETHAmount)', selector: '0xea598cb0', action: 'wrap', input: { kind: 'token', token: 'eETH', amount: '_eETHAmount' } },
        {
          signature: `function wrapWithPermit(uint256 _eETHAmount, ${PERMIT} _permit)`,
          selector: '0x2c04709e',
          action: 'wrap',
          input: { kind: 'token', token: 'eETH', amount: '_eETHAmount' },
        },
        {
          signature: 'function unwrap(uint256 _weETHAmount)',
          selector: '0xde0e9a3e',
          action: 'unwrap',
          input: { kind: 'token', token: 'weETH', amount: '_weETHAmount' },
          token: { id: 'eETH' },
        },
      ],
    },
    {
      name: 'DepositAdapter',
      token: 'weETH',
      abiSource: `${EF}:src/deposits/DepositAdapter.sol`,
      deployments: [{ chainId: 1, address: '0xcfC6d9Bd7411962Bfe7145451A7EF71A24b6A7A2', source: `${DEPLOYED} (DEPOSIT_ADAPTER)`, verification: 'primary' }],
      functions: [
        { signature: 'function depositETHForWeETH(address _referral) payable', selector: '0xef54591d', action: 'deposit', input: { kind: 'eth' } },
        {
          signature: 'function depositWETHForWeETH(uint256 _amount, address _referral)',
          selector: '0xe5ce314c',
          action: 'deposit',
          input: { kind: 'token', token: 'WETH', amount: '_amount' },
        },
        {
          signature: `function depositStETHForWeETHWithPermit(uint256 _amount, address _referral, ${PERMIT} _permit)`,
          selector: '0x12080144',
          action: 'deposit',
          input: { kind: 'token', token: 'stETH', amount: '_amount' },
          version: 'legacy',
          source: `${EF_LEGACY}:src/DepositAdapter.sol`,
          note: LEGACY_NOTE,
        },
        {
          signature: `function depositWstETHForWeETHWithPermit(uint256 _amount, address _referral, ${PERMIT} _permit)`,
          selector: '0x2d0c0166',
          action: 'deposit',
          input: { kind: 'token', token: 'wstETH', amount: '_amount' },
          version: 'legacy',
          source: `${EF_LEGACY}:src/DepositAdapter.sol`,
          note: LEGACY_NOTE,
        },
        {
          signature: `function depositStETHForWeETHWithPermit(uint256 _amount, uint256 _minOutAmount, address _referral, ${PERMIT} _permit)`,
          selector: '0xc951ccf0',
          action: 'deposit',
          input: { kind: 'token', token: 'stETH', amount: '_amount' },
          version: 'head',
          note: HEAD_NOTE,
        },
        {
          signature: `function depositWstETHForWeETHWithPermit(uint256 _amount, uint256 _minOutAmount, address _referral, ${PERMIT} _permit)`,
          selector: '0xa0d43d8d',
          action: 'deposit',
          input: { kind: 'token', token: 'wstETH', amount: '_amount' },
          version: 'head',
          note: HEAD_NOTE,
        },
      ],
    },
    {
      name: 'Liquifier',
      token: 'eETH',
      abiSource: `${EF}:src/deposits/Liquifier.sol`,
      deployments: [{ chainId: 1, address: '0x9FFDF407cDe9a93c47611799DA23924Af3EF764F', source: `${DEPLOYED} (LIQUIFIER)`, verification: 'primary' }],
      functions: [
        {
          signature: 'function depositWithERC20(address _token, uint256 _amount, address _referral)',
          selector: '0xb6f086f4',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amount' },
          version: 'legacy',
          source: `${EF_LEGACY}:src/Liquifier.sol; ${XC}:transaction-parsing/oft-abis/Liquifier.json`,
          note: LEGACY_NOTE,
        },
        {
          signature: `function depositWithERC20WithPermit(address _token, uint256 _amount, address _referral, ${PERMIT} _permit)`,
          selector: '0xfe240f7e',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amount' },
          version: 'legacy',
          source: `${EF_LEGACY}:src/Liquifier.sol`,
          note: LEGACY_NOTE,
        },
        {
          signature: 'function depositWithERC20(address _token, uint256 _amount, uint256 _minOutAmount, address _referral)',
          selector: '0x2990b9ef',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amount' },
          version: 'head',
          note: HEAD_NOTE,
        },
        {
          signature: `function depositWithERC20WithPermit(address _token, uint256 _amount, uint256 _minOutAmount, address _referral, ${PERMIT} _permit)`,
          selector: '0x81a4090d',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amount' },
          version: 'head',
          note: HEAD_NOTE,
        },
      ],
    },
    {
      name: 'WithdrawRequestNFT',
      token: 'eETH',
      abiSource: `${EF}:src/withdrawals/WithdrawRequestNFT.sol`,
      deployments: [{ chainId: 1, address: '0x7d5706f6ef3F89B3951E23e557CDFBC3239D4E2c', source: `${DEPLOYED} (WITHDRAW_REQUEST_NFT)`, verification: 'primary' }],
      functions: [
        { signature: 'function claimWithdraw(uint256 tokenId)', selector: '0xb13acedd', action: 'withdraw-claim', input: { kind: 'none' }, receives: { id: 'ETH' } },
        { signature: 'function batchClaimWithdraw(uint256[] tokenIds)', selector: '0x24fccdcf', action: 'withdraw-claim', input: { kind: 'none' }, receives: { id: 'ETH' } },
      ],
    },
    {
      name: 'EtherFiRedemptionManager',
      token: 'eETH',
      abiSource: `${EF}:src/withdrawals/EtherFiRedemptionManager.sol`,
      deployments: [
        { chainId: 1, address: '0xDadEf1fFBFeaAB4f68A9fD181395F68b4e4E7Ae0', source: `${DEPLOYED} (ETHERFI_REDEMPTION_MANAGER)`, verification: 'primary' },
      ],
      functions: [
        {
          signature: 'function redeemEEth(uint256 eEthAmount, address receiver, address outputToken)',
          selector: '0x6dcc078e',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'eETH', amount: 'eEthAmount' },
          receives: { arg: 'outputToken', eth: 'eeee' },
          note: 'the Jan-2025 version named the 3rd argument `owner` (same selector)',
        },
        {
          signature: 'function redeemWeEth(uint256 weEthAmount, address receiver, address outputToken)',
          selector: '0x50cd3742',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'weETH', amount: 'weEthAmount' },
          token: { id: 'weETH' },
          receives: { arg: 'outputToken', eth: 'eeee' },
        },
        {
          signature: `function redeemEEthWithPermit(uint256 eEthAmount, address receiver, ${PERMIT} permit, address outputToken)`,
          selector: '0x091ecfce',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'eETH', amount: 'eEthAmount' },
          receives: { arg: 'outputToken', eth: 'eeee' },
        },
        {
          signature: `function redeemWeEthWithPermit(uint256 weEthAmount, address receiver, ${PERMIT} permit, address outputToken)`,
          selector: '0xb6185713',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'weETH', amount: 'weEthAmount' },
          token: { id: 'weETH' },
          receives: { arg: 'outputToken', eth: 'eeee' },
        },
      ],
    },
    {
      name: 'WeETHWithdrawAdapter',
      token: 'weETH',
      abiSource: `${EF}:src/withdrawals/WeETHWithdrawAdapter.sol`,
      deployments: [{ chainId: 1, address: '0xFbfe6b9cEe0E555Bad7e2E7309EFFC75200cBE38', source: `${DEPLOYED} (WEETH_WITHDRAW_ADAPTER)`, verification: 'primary' }],
      functions: [
        {
          signature: 'function requestWithdraw(uint256 weETHAmount, address recipient)',
          selector: '0xccc143b8',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'weETH', amount: 'weETHAmount' },
          receives: { id: 'ETH' },
        },
        {
          signature: `function requestWithdrawWithPermit(uint256 weETHAmount, address recipient, ${PERMIT} permit)`,
          selector: '0xb1705d26',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'weETH', amount: 'weETHAmount' },
          receives: { id: 'ETH' },
        },
      ],
    },
    {
      name: 'PriorityWithdrawalQueue',
      token: 'eETH',
      abiSource: `${EF}:src/withdrawals/PriorityWithdrawalQueue.sol + src/withdrawals/interfaces/IPriorityWithdrawalQueue.sol`,
      deployments: [
        { chainId: 1, address: '0x35e7D6feF6f72aDd3c3e39dEc6d9CCc29e3345FA', source: `${DEPLOYED} (PRIORITY_WITHDRAWAL_QUEUE)`, verification: 'primary' },
      ],
      note: 'whitelisted users only',
      functions: [
        {
          signature: 'function requestWithdraw(uint96 amountOfEEth, uint96 amountWithFee)',
          selector: '0x47de9bb8',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'eETH', amount: 'amountOfEEth' },
          receives: { id: 'ETH' },
          note: 'onlyWhitelisted',
        },
        {
          signature: `function requestWithdrawWithPermit(uint96 amountOfEEth, uint96 amountWithFee, ${PERMIT} permit)`,
          selector: '0x6ab476c0',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'eETH', amount: 'amountOfEEth' },
          receives: { id: 'ETH' },
          note: 'onlyWhitelisted',
        },
        {
          signature: 'function requestWithdrawWithWeETH(uint96 weEthAmount, uint96 amountWithFee)',
          selector: '0x27957a42',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'weETH', amount: 'weEthAmount' },
          token: { id: 'weETH' },
          receives: { id: 'ETH' },
          note: 'onlyWhitelisted',
        },
        {
          signature: `function requestWithdrawWithWeETHAndPermit(uint96 weEthAmount, uint96 amountWithFee, ${PERMIT} permit)`,
          selector: '0x9fd6c63b',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'weETH', amount: 'weEthAmount' },
          token: { id: 'weETH' },
          receives: { id: 'ETH' },
          note: 'onlyWhitelisted',
        },
        {
          signature:
            'function claimWithdraw((address user, uint96 amountOfEEth, uint96 shareOfEEth, uint96 amountWithFee, uint32 nonce, uint32 creationTime) request)',
          selector: '0x49ffec05',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { id: 'ETH' },
        },
      ],
    },
    {
      name: 'L2SyncPool',
      token: 'weETH',
      abiSource: `${XC}:contracts/native-minting/layerzero-base/L2BaseSyncPoolUpgradeable.sol, contracts/native-minting/l2-syncpools/*.sol`,
      note: 'the repo also holds *-ReducePathways / deprecation bundles: native minting may be closed on some chains (not verified)',
      deployments: [
        { chainId: 8453, address: '0xc38e046dFDAdf15f7F56853674242888301208a5', source: `${L2_CONSTANTS} (base L2_SYNC_POOL)`, verification: 'primary' },
        { chainId: 59144, address: '0x823106E745A62D0C2FC4d27644c62aDE946D9CCa', source: `${L2_CONSTANTS} (linea L2_SYNC_POOL)`, verification: 'primary' },
        { chainId: 534352, address: '0x750cf0fd3bc891D8D864B732BC4AD340096e5e68', source: `${L2_CONSTANTS} (scroll L2_SYNC_POOL)`, verification: 'primary' },
        { chainId: 81457, address: '0x52c4221Cb805479954CDE5accfF8C4DcaF96623B', source: `${XC}:utils/L2Constants.sol (blast L2_SYNC_POOL)`, verification: 'primary' },
        { chainId: 34443, address: '0x52c4221Cb805479954CDE5accfF8C4DcaF96623B', source: `${XC}:utils/L2Constants.sol (mode L2_SYNC_POOL)`, verification: 'primary' },
      ],
      functions: [
        {
          signature: 'function deposit(address tokenIn, uint256 amountIn, uint256 minAmountOut) payable',
          selector: '0x0efe6a8b',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'amountIn', eth: 'eeee' },
          note: 'L2BaseSyncPoolUpgradeable; tokenIn 0xEeee…EEeE is native ETH',
        },
        {
          signature: 'function deposit(address tokenIn, uint256 amountIn, uint256 minAmountOut, address referral) payable',
          selector: '0x8b6099db',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'amountIn', eth: 'eeee' },
          note: 'OP-stack / Scroll sync pool variant',
        },
      ],
    },
    {
      name: 'Liquid ETH Teller',
      token: null,
      abiSource: `${EF}:src/interfaces/liquid-interfaces/ILayerZeroTellerWithRateLimiting.sol`,
      note: 'Veda BoringVault teller of ether.fi Liquid ETH: shares of a strategy vault over weETH and other restaked ETH; the share token is read from vault() on-chain, not registered',
      deployments: [
        { chainId: 1, address: '0x9AA79C84b79816ab920bBcE20f8f74557B514734', source: LIQUID_TELLERS, verification: 'primary' },
        { chainId: 534352, address: '0x9AA79C84b79816ab920bBcE20f8f74557B514734', source: LIQUID_TELLERS, verification: 'primary', note: 'the Scroll script says the address matches on every chain' },
      ],
      functions: TELLER_FUNCTIONS,
    },
    {
      name: 'weETHs Teller',
      token: null,
      abiSource: `${EF}:src/interfaces/liquid-interfaces/ILayerZeroTellerWithRateLimiting.sol`,
      note: 'Veda BoringVault teller of ether.fi weETHs (Super Symbiotic LRT, vault 0x917ceE801a67f933F2e6b33fC0cD1ED2d5909D88): restaked ETH and LSTs further restaked in Symbiotic; the share token is not registered',
      deployments: [{ chainId: 1, address: '0x99dE9e5a3eC2750a6983C8732E6e795A35e7B861', source: WEETHS_TELLER, verification: 'secondary' }],
      functions: TELLER_FUNCTIONS,
    },
    {
      name: 'eBTC Teller',
      token: null,
      abiSource: `${EF}:src/interfaces/liquid-interfaces/ILayerZeroTellerWithRateLimiting.sol`,
      note: 'Veda BoringVault teller of ether.fi eBTC (vault 0x657e8C867D8B37dCC18fA4Caead9C45EB088C642): WBTC, LBTC and cbBTC restaked through Symbiotic and Karak; the teller has been replaced before (0xe19a…42D1 earlier), and whether this one is still live was not read on-chain',
      deployments: [{ chainId: 1, address: '0x458797A320e6313c980C2bC7D270466A6288A8bB', source: EBTC_TELLER, verification: 'secondary' }],
      functions: TELLER_FUNCTIONS,
    },
  ],
};
