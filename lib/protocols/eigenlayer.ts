/**
 * EigenLayer core: direct LST restaking (StrategyManager), native restaking (EigenPodManager), delegation and
 * withdrawals (DelegationManager). For direct restaking the token the person is exposed to is the strategy's
 * underlying asset.
 */
import type { ContractDeployment, ProtocolSpec, StrategySpec } from './types';

const EL = 'Layr-Labs/eigenlayer-contracts@f84a5151080cdf0b77b9b6e46506cde723d06c28';
const MAINNET = `${EL}:README.md (Mainnet) + script/configs/mainnet.json`;
const HOODI = `${EL}:README.md (Testnet Hoodi)`;
const HOLESKY = 'Layr-Labs/eigenlayer-contracts@v1.8.1:README.md (Testnet Holesky; dropped from the HEAD README)';
const M2 = 'Layr-Labs/eigenlayer-contracts@v0.4.3-mainnet-rewards-foundation-incentives:src/contracts/interfaces/IDelegationManager.sol';
const STRATEGIES = `${EL}:README.md (Strategies tables) + script/configs/mainnet.json (preLongtailStrats)`;

const WITHDRAWAL = '(address staker, address delegatedTo, address withdrawer, uint256 nonce, uint32 startBlock, address[] strategies, uint256[] scaledShares)';
const WITHDRAWAL_M2 = '(address staker, address delegatedTo, address withdrawer, uint256 nonce, uint32 startBlock, address[] strategies, uint256[] shares)';
const SIG_EXPIRY = '(bytes signature, uint256 expiry)';

const at = (mainnet: `0x${string}`, hoodi: `0x${string}`, holesky: `0x${string}`): ContractDeployment[] => [
  { chainId: 1, address: mainnet, source: MAINNET, verification: 'primary' },
  { chainId: 560048, address: hoodi, source: HOODI, verification: 'primary' },
  { chainId: 17000, address: holesky, source: HOLESKY, verification: 'primary' },
];

const mainnetStrategy = (underlying: string, address: `0x${string}`): StrategySpec => ({
  chainId: 1,
  address,
  underlying,
  source: STRATEGIES,
  verification: 'primary',
});

export const eigenlayer: ProtocolSpec = {
  id: 'eigenlayer',
  name: 'EigenLayer',
  kind: 'restaking',
  tokens: [
    {
      id: 'EIGEN',
      symbol: 'EIGEN',
      name: 'Eigen',
      kind: 'other',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0xec53bF9167f50cDEB3Ae105f56099aaaB9061F83', source: MAINNET, verification: 'primary' }],
    },
    {
      id: 'bEIGEN',
      symbol: 'bEIGEN',
      name: 'Backing Eigen',
      kind: 'other',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x83E9115d334D248Ce39a6f36144aEaB5b3456e75', source: MAINNET, verification: 'primary' }],
    },
  ],
  strategies: [
    mainnetStrategy('cbETH', '0x54945180dB7943c0ed0FEE7EdaB2Bd24620256bc'),
    mainnetStrategy('stETH', '0x93c4b944D05dfe6df7645A86cd2206016c51564D'),
    mainnetStrategy('rETH', '0x1BeE69b7dFFfA4E2d53C2a2Df135C388AD25dCD2'),
    mainnetStrategy('ETHx', '0x9d7eD45EE2E8FC5482fa2428f15C971e6369011d'),
    mainnetStrategy('ankrETH', '0x13760F50a9d7377e4F20CB8CF9e4c26586c658ff'),
    mainnetStrategy('OETH', '0xa4C637e0F704745D182e4D38cAb7E7485321d059'),
    mainnetStrategy('osETH', '0x57ba429517c3473B6d34CA9aCd56c0e735b94c02'),
    mainnetStrategy('swETH', '0x0Fe4F44beE93503346A3Ac9EE5A26b130a5796d6'),
    mainnetStrategy('wBETH', '0x7CA911E83dabf90C90dD3De5411a10F1A6112184'),
    mainnetStrategy('sfrxETH', '0x8CA7A5d6f3acd3A7A8bC468a8CD0FB14B6BD28b6'),
    mainnetStrategy('LsETH', '0xAe60d8180437b5C34bB956822ac2710972584473'),
    mainnetStrategy('mETH', '0x298aFB19A105D59E74658C4C334Ff360BadE6dd2'),
    mainnetStrategy('EIGEN', '0xaCB55C530Acdb2849e6d4f36992Cd8c9D50ED8F7'),
    // Not a contract: the pseudo-address EigenLayer uses for native (beacon-chain) ETH shares.
    mainnetStrategy('ETH', '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0'),
    { chainId: 560048, address: '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0', underlying: 'ETH', source: HOODI, verification: 'primary' },
    { chainId: 17000, address: '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0', underlying: 'ETH', source: HOLESKY, verification: 'primary' },
    { chainId: 560048, address: '0xF8a1a66130D614c7360e868576D5E59203475FE0', underlying: 'stETH', source: HOODI, verification: 'primary' },
    { chainId: 560048, address: '0x24579aD4fe83aC53546E5c2D3dF5F85D6383420d', underlying: 'WETH', source: HOODI, verification: 'primary' },
    { chainId: 17000, address: '0x7D704507b76571a51d9caE8AdDAbBFd0ba0e63d3', underlying: 'stETH', source: HOLESKY, verification: 'primary' },
    { chainId: 17000, address: '0x3A8fBdf9e77DFc25d09741f51d3E181b25d0c4E0', underlying: 'rETH', source: HOLESKY, verification: 'primary' },
    { chainId: 17000, address: '0x80528D6e9A2BAbFc766965E0E26d5aB08D9CFaF9', underlying: 'WETH', source: HOLESKY, verification: 'primary' },
  ],
  contracts: [
    {
      name: 'StrategyManager',
      token: null,
      abiSource: `${EL}:pkg/bindings/IStrategyManager/binding.go (ABI JSON)`,
      deployments: at('0x858646372CC42E1A627fcE94aa7A7033e7CF075A', '0xeE45e76ddbEDdA2918b8C7E3035cd37Eab3b5D41', '0xdfB5f6CE42aAA7830E94ECFCcAd411beF4d4D5b6'),
      functions: [
        {
          signature: 'function depositIntoStrategy(address strategy, address token, uint256 amount)',
          selector: '0xe7a050aa',
          action: 'restake',
          input: { kind: 'asset-arg', asset: 'token', amount: 'amount' },
          // StrategyManager reverts unless `token` is the strategy's underlyingToken().
          token: { arg: 'token' },
        },
        {
          signature: 'function depositIntoStrategyWithSignature(address strategy, address token, uint256 amount, address staker, uint256 expiry, bytes signature)',
          selector: '0x32e89ace',
          action: 'restake',
          input: { kind: 'asset-arg', asset: 'token', amount: 'amount' },
          token: { arg: 'token' },
          note: 'the staker signed off-chain; the sender may be a relayer',
        },
      ],
    },
    {
      name: 'DelegationManager',
      token: null,
      abiSource: `${EL}:pkg/bindings/IDelegationManager/binding.go + DelegationManager/binding.go`,
      deployments: at('0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A', '0x867837a9722C512e0862d8c2E15b8bE220E8b87d', '0xA44151489861Fe9e3055d95adC98FbD462B948e7'),
      functions: [
        {
          signature: `function delegateTo(address operator, ${SIG_EXPIRY} approverSignatureAndExpiry, bytes32 approverSalt)`,
          selector: '0xeea9064b',
          action: 'delegate',
          input: { kind: 'none' },
        },
        {
          signature: `function redelegate(address newOperator, ${SIG_EXPIRY} newOperatorApproverSig, bytes32 approverSalt)`,
          selector: '0xa33a3433',
          action: 'delegate',
          input: { kind: 'none' },
          note: 'undelegates (queuing withdrawals of all shares) and delegates to a new operator',
        },
        { signature: 'function undelegate(address staker)', selector: '0xda8be864', action: 'undelegate', input: { kind: 'none' }, note: 'queues withdrawals of all shares' },
        {
          signature: 'function queueWithdrawals((address[] strategies, uint256[] depositShares, address __deprecated_withdrawer)[] params)',
          selector: '0x0dd8dd02',
          action: 'withdraw-request',
          input: { kind: 'strategy-arg', strategy: 'params[].strategies[]', amount: 'params[].depositShares[]', unit: 'shares' },
          token: { strategy: 'params[].strategies[]' },
          note: 'same selector before and after the slashing release (3rd member renamed from withdrawer)',
        },
        {
          signature: `function completeQueuedWithdrawal(${WITHDRAWAL} withdrawal, address[] tokens, bool receiveAsTokens)`,
          selector: '0xe4cc3f90',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: { strategy: 'withdrawal.strategies[]' },
          receives: { arg: 'tokens[]' },
        },
        {
          signature: `function completeQueuedWithdrawals(${WITHDRAWAL}[] withdrawals, address[][] tokens, bool[] receiveAsTokens)`,
          selector: '0x9435bb43',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: { strategy: 'withdrawals[].strategies[]' },
          receives: { arg: 'tokens[][]' },
        },
        {
          signature: `function completeQueuedWithdrawal(${WITHDRAWAL_M2} withdrawal, address[] tokens, uint256 middlewareTimesIndex, bool receiveAsTokens)`,
          selector: '0x60d7faed',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: { strategy: 'withdrawal.strategies[]' },
          receives: { arg: 'tokens[]' },
          version: 'legacy',
          source: M2,
          note: 'M2, before the slashing release (Apr 2025)',
        },
        {
          signature: `function completeQueuedWithdrawals(${WITHDRAWAL_M2}[] withdrawals, address[][] tokens, uint256[] middlewareTimesIndexes, bool[] receiveAsTokens)`,
          selector: '0x33404396',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: { strategy: 'withdrawals[].strategies[]' },
          receives: { arg: 'tokens[][]' },
          version: 'legacy',
          source: M2,
          note: 'M2, before the slashing release',
        },
        {
          signature: `function delegateToBySignature(address staker, address operator, ${SIG_EXPIRY} stakerSignatureAndExpiry, ${SIG_EXPIRY} approverSignatureAndExpiry, bytes32 approverSalt)`,
          selector: '0x7f548071',
          action: 'delegate',
          input: { kind: 'none' },
          version: 'legacy',
          source: M2,
          note: 'M2; removed in the slashing release',
        },
      ],
    },
    {
      name: 'EigenPodManager',
      token: 'ETH',
      abiSource: `${EL}:pkg/bindings/IEigenPodManager/binding.go`,
      deployments: at('0x91E677b07F7AF907ec9a428aafA9fc14a0d3A338', '0xcd1442415Fc5C29Aa848A49d2e232720BE07976c', '0x30770d7E3e71112d7A6b7259542D1f680a70e315'),
      functions: [
        { signature: 'function createPod()', selector: '0x84d81062', action: 'restake', input: { kind: 'none' }, note: 'first step of native restaking' },
        {
          signature: 'function stake(bytes pubkey, bytes signature, bytes32 depositDataRoot) payable',
          selector: '0x9b4e4634',
          action: 'restake',
          input: { kind: 'eth' },
          note: 'a 32 ETH validator deposit whose withdrawal credentials point to the EigenPod',
        },
      ],
    },
    {
      name: 'AllocationManager',
      token: null,
      abiSource: `${EL}:pkg/bindings/IAllocationManager/binding.go`,
      note: 'operator and AVS side only (allocations, operator sets): registered so approvals and the in-page check see it',
      deployments: at('0x948a420b8CC1d6BFd0B6087C2E7c344a2CD0bc39', '0x95a7431400F362F3647a69535C5666cA0133CAA0', '0x78469728304326CBc65f8f95FA756B0B73164462'),
      functions: [],
    },
    {
      name: 'AVSDirectory',
      token: null,
      abiSource: `${EL}:pkg/bindings/AVSDirectory/binding.go`,
      note: 'legacy AVS registrations (operator side)',
      deployments: at('0x135DDa560e946695d6f155dACaFC6f1F25C1F5AF', '0xD58f6844f79eB1fbd9f7091d05f7cb30d3363926', '0x055733000064333CaDDbC92763c58BF0192fFeBf'),
      functions: [],
    },
    {
      name: 'RewardsCoordinator',
      token: null,
      abiSource: `${EL}:pkg/bindings/IRewardsCoordinator/binding.go`,
      note: 'rewards claims are not a restaking intent; registered so approvals and the in-page check see it',
      deployments: at('0x7750d328b314EfFa365A0402CcfD489B80B0adda', '0x29e8572678e0c272350aa0b4B8f304E47EBcd5e7', '0xAcc1fb458a1317E886dB376Fc8141540537E68fE'),
      functions: [],
    },
  ],
};
