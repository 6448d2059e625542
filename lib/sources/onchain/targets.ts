import type { Address } from 'viem';
import type { Verification } from '../../detect/intent.ts';

/*
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  TEMPORARY ADDRESS TABLE. The protocol registry (`lib/protocols/`) is the single home for addresses; until it
 *  exports them, the few the on-chain readers need live here and nowhere else. Replace this file's constants with
 *  imports from the registry when it lands. Every address cites its source (repo@commit:path), and carries the
 *  same verification level as in the shared reference.
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 */

export type ProtocolId =
  | 'etherfi'
  | 'renzo'
  | 'puffer'
  | 'kelp'
  | 'swell'
  | 'eigenlayer'
  | 'yieldnest'
  | 'inception'
  | 'eigenpie';

export const PROTOCOL_IDS: readonly ProtocolId[] = [
  'etherfi',
  'renzo',
  'puffer',
  'kelp',
  'swell',
  'eigenlayer',
  'yieldnest',
  'inception',
  'eigenpie',
];

/** Protocols that issue a liquid restaking token (EigenLayer itself is restaked directly, not through an LRT). */
export const LRT_PROTOCOL_IDS: readonly ProtocolId[] = PROTOCOL_IDS.filter((p) => p !== 'eigenlayer');

export type RateRead = 'getRate' | 'rsETHPrice' | 'convertToAssets' | 'convertToAmount';

/** A view returning ETH (wei) per 1e18 of the LRT. */
export interface RateTarget {
  protocol: ProtocolId;
  chainId: number;
  symbol: string;
  contract: string;
  address: Address;
  read: RateRead;
  verification: Verification;
  addressSource: string;
}

export type PauseRead =
  | { kind: 'paused' }
  | { kind: 'pausedUntil' }
  | { kind: 'depositsPaused' }
  | { kind: 'isTargetClosed'; target: Address }
  /** Two steps: the token's AccessControlManager, then its `coreMethodsPaused()`. */
  | { kind: 'swellCoreMethodsPaused' };

export interface PauseTarget {
  protocol: ProtocolId;
  chainId: number;
  contract: string;
  address: Address;
  read: PauseRead;
  addressSource: string;
}

export type StakerDiscovery = 'kelp-node-delegator-queue' | 'renzo-operator-delegators' | 'yieldnest-staking-nodes';

/** A contract that lists a protocol's EigenLayer stakers (the addresses that hold shares and delegate). */
export interface StakerSourceTarget {
  protocol: ProtocolId;
  chainId: number;
  contract: string;
  address: Address;
  discovery: StakerDiscovery;
  addressSource: string;
}

/** A DEX pool that can quote selling the LRT for WETH on-chain. */
export interface MarketTarget {
  protocol: ProtocolId;
  chainId: number;
  kind: 'curve-stableswap-ng';
  pool: Address;
  lrt: Address;
  quote: Address;
  quoteSymbol: string;
  verification: Verification;
  addressSource: string;
}

const ETHERFI = 'etherfi-protocol/smart-contracts@b4a0968087b178bc346cdf6bee6c0597bf4c42c7:script/deploys/Deployed.s.sol';
const KELP = 'Kelp-DAO/LRT-rsETH@c289b815eb8f3300ed9feab13ef6b8b05515a15c:README.md';
const RENZO_SECONDARY =
  'secondary: DefiLlama/yield-server src/adaptors/renzo/index.js; balancer/code-review rate-providers/ezETHRateProvider.md';
const PUFFER = 'PufferFinance/puffer-contracts@380600060cd231fd8616ba167e674d4140486dbb:mainnet-contracts/README.md';
const SWELL_SECONDARY = 'secondary: DefiLlama/yield-server src/adaptors/swell-liquid-restaking/index.js';
const YIELDNEST = 'yieldnest/yieldnest-protocol@81046a6a207abba16d324c878b5254e76ba3b45c:deployments/ynETH-1.json';
const INCEPTION =
  'inceptionlrt/smart-contracts@aecc1be5623e64d784125d6da7c0813304302655:projects/restaking-pool/deployments/mainnet/cToken.json';
const EIGENLAYER = 'Layr-Labs/eigenlayer-contracts@f84a5151080cdf0b77b9b6e46506cde723d06c28:README.md';

export const WETH: Address = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';

/** EigenLayer core on mainnet (proxies). */
export const eigenLayerMainnet = {
  chainId: 1,
  delegationManager: '0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A',
  allocationManager: '0x948a420b8CC1d6BFd0B6087C2E7c344a2CD0bc39',
  avsDirectory: '0x135dda560e946695d6f155dacafc6f1f25c1f5af',
  /** Pseudo-address for native restaked ETH; its shares are wei. */
  beaconChainEthStrategy: '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0',
  /** `DEFAULT_BURN_ADDRESS` (src/contracts/core/storage/AllocationManagerStorage.sol): where non-redistributed slashes go. */
  burnAddress: '0x00000000000000000000000000000000000E16E4',
  /** Strategies whose underlying is not ETH-denominated; excluded from ETH-weighted shares. */
  nonEthStrategies: ['0xaCB55C530Acdb2849e6d4f36992Cd8c9D50ED8F7'],
  addressSource: EIGENLAYER,
} as const satisfies Record<string, unknown>;

export const rateTargets: readonly RateTarget[] = [
  { protocol: 'etherfi', chainId: 1, symbol: 'weETH', contract: 'WeETH', address: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', read: 'getRate', verification: 'primary', addressSource: ETHERFI },
  { protocol: 'kelp', chainId: 1, symbol: 'rsETH', contract: 'LRTOracle', address: '0x349A73444b1a310BAe67ef67973022020d70020d', read: 'rsETHPrice', verification: 'primary', addressSource: KELP },
  { protocol: 'renzo', chainId: 1, symbol: 'ezETH', contract: 'BalancerRateProvider', address: '0x387dBc0fB00b26fb085aa658527D5BE98302c84C', read: 'getRate', verification: 'secondary', addressSource: RENZO_SECONDARY },
  { protocol: 'puffer', chainId: 1, symbol: 'pufETH', contract: 'PufferVault', address: '0xD9A442856C234a39a81a089C06451EBAa4306a72', read: 'convertToAssets', verification: 'primary', addressSource: PUFFER },
  { protocol: 'swell', chainId: 1, symbol: 'rswETH', contract: 'RswETH', address: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', read: 'getRate', verification: 'secondary', addressSource: SWELL_SECONDARY },
  { protocol: 'yieldnest', chainId: 1, symbol: 'ynETH', contract: 'ynETH', address: '0x09db87A538BD693E9d08544577d5cCfAA6373A48', read: 'convertToAssets', verification: 'primary', addressSource: YIELDNEST },
  { protocol: 'inception', chainId: 1, symbol: 'inETH', contract: 'inETH', address: '0xf073bAC22DAb7FaF4a3Dd6c6189a70D54110525C', read: 'convertToAmount', verification: 'primary', addressSource: INCEPTION },
  // The rate an L2 deposit mints at: Kelp's pools read their rsETH oracle; Renzo's reverts once its price is a day old.
  { protocol: 'kelp', chainId: 42161, symbol: 'rsETH', contract: 'RSETHPool', address: '0x376A7564AF88242D6B8598A5cfdD2E9759711B61', read: 'getRate', verification: 'primary', addressSource: KELP },
  { protocol: 'kelp', chainId: 8453, symbol: 'wrsETH', contract: 'RSETHPoolV2', address: '0x291088312150482826b3A37d5A69a4c54DAa9118', read: 'getRate', verification: 'primary', addressSource: KELP },
  { protocol: 'renzo', chainId: 42161, symbol: 'ezETH', contract: 'xRenzoDeposit', address: '0xf25484650484DE3d554fB0b7125e7696efA4ab99', read: 'getRate', verification: 'secondary', addressSource: 'secondary: balancer/code-review xRenzoDeposit rate-provider review (arbitrum)' },
  { protocol: 'renzo', chainId: 8453, symbol: 'ezETH', contract: 'xRenzoDeposit', address: '0xf25484650484DE3d554fB0b7125e7696efA4ab99', read: 'getRate', verification: 'secondary', addressSource: 'secondary: third-party SDK chain specs (base)' },
];

export const pauseTargets: readonly PauseTarget[] = [
  { protocol: 'etherfi', chainId: 1, contract: 'LiquidityPool', address: '0x308861A430be4cce5502d0A12724771Fc6DaF216', read: { kind: 'paused' }, addressSource: ETHERFI },
  { protocol: 'etherfi', chainId: 1, contract: 'LiquidityPool', address: '0x308861A430be4cce5502d0A12724771Fc6DaF216', read: { kind: 'pausedUntil' }, addressSource: ETHERFI },
  { protocol: 'kelp', chainId: 1, contract: 'LRTDepositPool', address: '0x036676389e48133B63a802f8635AD39E752D375D', read: { kind: 'paused' }, addressSource: KELP },
  { protocol: 'renzo', chainId: 1, contract: 'RestakeManager', address: '0x74a09653A083691711cF8215a6ab074BB4e99ef5', read: { kind: 'paused' }, addressSource: 'secondary: third-party repos (DELV hyperdrive tests, Renzo substreams)' },
  { protocol: 'puffer', chainId: 1, contract: 'AccessManager', address: '0x8c1686069474410E6243425f4a10177a94EBEE11', read: { kind: 'isTargetClosed', target: '0xD9A442856C234a39a81a089C06451EBAa4306a72' }, addressSource: PUFFER },
  { protocol: 'swell', chainId: 1, contract: 'RswETH', address: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', read: { kind: 'swellCoreMethodsPaused' }, addressSource: SWELL_SECONDARY },
  { protocol: 'yieldnest', chainId: 1, contract: 'ynETH', address: '0x09db87A538BD693E9d08544577d5cCfAA6373A48', read: { kind: 'depositsPaused' }, addressSource: YIELDNEST },
  { protocol: 'inception', chainId: 1, contract: 'inETH', address: '0xf073bAC22DAb7FaF4a3Dd6c6189a70D54110525C', read: { kind: 'paused' }, addressSource: INCEPTION },
];

export const stakerSourceTargets: readonly StakerSourceTarget[] = [
  { protocol: 'kelp', chainId: 1, contract: 'LRTDepositPool', address: '0x036676389e48133B63a802f8635AD39E752D375D', discovery: 'kelp-node-delegator-queue', addressSource: KELP },
  { protocol: 'renzo', chainId: 1, contract: 'RestakeManager', address: '0x74a09653A083691711cF8215a6ab074BB4e99ef5', discovery: 'renzo-operator-delegators', addressSource: 'secondary: third-party repos (DELV hyperdrive tests, Renzo substreams)' },
  { protocol: 'yieldnest', chainId: 1, contract: 'StakingNodesManager', address: '0x8C33A1d6d062dB7b51f79702355771d44359cD7d', discovery: 'yieldnest-staking-nodes', addressSource: YIELDNEST },
];

/**
 * Curve stableswap-ng pools. Not in any protocol's own repo, so secondary: each address appears in several
 * independent integrations. Coin order is read from the pool (`coins(i)`), not assumed, because sources disagree.
 */
export const marketTargets: readonly MarketTarget[] = [
  {
    protocol: 'etherfi', chainId: 1, kind: 'curve-stableswap-ng', pool: '0xDB74dfDD3BB46bE8Ce6C33dC9D82777BCFc3dEd5',
    lrt: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee', quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: Curve pool list "factory-stable-ng-157", Notional staking tests (weETH index 1 → WETH 0), CURVE_WEETHWETHNG constant in an address library, a Curve snapshot test "WETH/weETH"',
  },
  {
    protocol: 'renzo', chainId: 1, kind: 'curve-stableswap-ng', pool: '0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E',
    lrt: '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110', quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: "Curve.fi Factory Plain Pool: ezETH/WETH" in Veda/BoringVault addresses, Gearbox token data, f(x) ezETH TWAP oracle',
  },
];
