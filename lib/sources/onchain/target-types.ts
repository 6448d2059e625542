/** The shapes of what the on-chain refresh reads: one target per view, each with where its address comes from. */
import type { Address, Hex } from 'viem';
import type { Verification } from '../../protocols/types.ts';

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
  /** AccessManager.getTargetFunctionRole(target, selector) is ADMIN_ROLE (0): the function is closed to everyone else. */
  | { kind: 'functionAdminOnly'; target: Address; selector: Hex; fn: string }
  /** Two steps: the contract's manager (Swell's AccessControlManager, Renzo's riskOracleMiddleware), then its flag. */
  | {
      kind: 'viaManager';
      getter: 'AccessControlManager' | 'riskOracleMiddleware';
      flag: 'coreMethodsPaused' | 'withdrawalsPaused' | 'depositPaused' | 'withdrawRequestPaused' | 'withdrawClaimPaused';
    };

/** What a pause stops. */
export type PauseSide = 'deposit' | 'withdrawal';

export interface PauseTarget {
  protocol: ProtocolId;
  chainId: number;
  contract: string;
  address: Address;
  read: PauseRead;
  blocks: readonly PauseSide[];
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

interface MarketTargetBase {
  protocol: ProtocolId;
  chainId: number;
  pool: Address;
  lrt: Address;
  quote: Address;
  quoteSymbol: string;
  /**
   * A quote token that is not worth 1 ETH: the contract whose `stEthPerToken()` converts it (Lido's wstETH), stETH
   * counted at 1 ETH. Absent for WETH.
   */
  quoteRate?: { address: Address; source: string };
  verification: Verification;
  addressSource: string;
}

/**
 * A two-coin Curve pool: `get_dy(i, j, dx)` quotes selling the LRT for the quote token; StableSwap-NG takes int128
 * indices, Twocrypto-NG (a cryptoswap pool) unsigned ones.
 */
export interface CurveMarketTarget extends MarketTargetBase {
  kind: 'curve-stableswap-ng' | 'curve-twocrypto-ng';
}

/**
 * A Uniswap v3 pool: its pair, fee tier and factory are read from the pool, and Uniswap's Quoter
 * (`quoteExactInputSingle`) quotes selling the LRT through the factory's pool for that pair and fee.
 */
export interface UniswapV3MarketTarget extends MarketTargetBase {
  kind: 'uniswap-v3';
  /** Fee tier in hundredths of a basis point (500 = 0.05 %). */
  fee: number;
  factory: Address;
  quoter: Address;
}

/** A DEX pool that can quote selling the LRT for WETH on-chain. */
export type MarketTarget = CurveMarketTarget | UniswapV3MarketTarget;

/** A timelock that holds the upgrade rights over an LRT's contracts, and the view giving its delay in seconds. */
export interface TimelockTarget {
  protocol: ProtocolId;
  /** The snapshot's LRT id. */
  lrtId: string;
  chainId: number;
  contract: string;
  address: Address;
  /** OpenZeppelin TimelockController `getMinDelay()`, or Puffer's Timelock `delay()`. */
  read: 'getMinDelay' | 'delay';
  addressSource: string;
  /** What the figure leaves out, shown with it. */
  note?: string;
}

/** A protocol's own exit wait, a setting read on-chain (Kelp's LRTWithdrawalManager.withdrawalDelayBlocks). */
export interface ExitDelayTarget {
  protocol: ProtocolId;
  /** The snapshot's LRT id. */
  lrtId: string;
  chainId: number;
  contract: string;
  address: Address;
  read: 'withdrawalDelayBlocks';
  addressSource: string;
}

/** An Aave v3 reserve that an LRT could be supplied to as collateral: the pool and the token, both from the registry. */
export interface LendingTarget {
  chainId: number;
  pool: Address;
  /** The market's name in the registry ("Core market", …), or "Pool". */
  market: string;
  asset: Address;
  symbol: string;
  /** The protocol that issues the token. */
  protocol: ProtocolId;
  verification: Verification;
  addressSource: string;
  /** What a loop borrows against the LRT (the registry's WETH on the chain); null where the registry has none. */
  borrowAsset: Address | null;
}
