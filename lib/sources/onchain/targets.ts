import type { Address, Hex } from 'viem';
import { getProtocol, getTokenAddress, listTokens } from '../../protocols/registry.ts';
import type { Verification } from '../../protocols/types.ts';

/*
 * Addresses come from the protocol registry (`lib/protocols/`), the single home for them. What the registry does not
 * hold — contracts nobody sends a transaction to (rate oracles, staker registries, an access manager) and DEX pools —
 * is in the block marked NOT IN THE REGISTRY below, each with its source. `targets.test.ts` fails if a registry lookup
 * disappears.
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

/**
 * A contract deployment from the registry. Never throws: a lookup that fails (the registry renamed a contract) drops
 * that target, so the background still loads; targets.test.ts fails on the same drift before it ships.
 */
function registered(protocol: ProtocolId, contract: string, chainId: number): { address: Address; source: string; verification: Verification } | null {
  const d = getProtocol(protocol)
    ?.contracts.find((c) => c.name === contract)
    ?.deployments.find((x) => x.chainId === chainId);
  return d ? { address: d.address, source: d.source, verification: d.verification } : null;
}

const ZERO: Address = '0x0000000000000000000000000000000000000000';

/** A token address from the registry; the zero address if missing (every read of it then fails as "bad return data"). */
function registeredToken(id: string, chainId: number): Address {
  return getTokenAddress(id, chainId) ?? ZERO;
}

interface RegisteredTarget {
  protocol: ProtocolId;
  chainId: number;
  contract: string;
  address: Address;
  verification: Verification;
  addressSource: string;
}

function fromRegistry(protocol: ProtocolId, contract: string, chainId: number): RegisteredTarget | null {
  const r = registered(protocol, contract, chainId);
  return r ? { protocol, chainId, contract, address: r.address, verification: r.verification, addressSource: r.source } : null;
}

function present<T>(list: readonly (T | null)[]): T[] {
  return list.filter((x): x is T => x !== null);
}

/** `fromRegistry` plus fields, or null when the registry lacks the contract. */
function withRegistry<T extends object>(base: RegisteredTarget | null, extra: T): (RegisteredTarget & T) | null {
  return base ? { ...base, ...extra } : null;
}

/*
 * ── NOT IN THE REGISTRY ─────────────────────────────────────────────────────────────────────────────────────────
 * Views no transaction goes to. Move them to the registry if it grows a place for them.
 */
const KELP_README = 'Kelp-DAO/LRT-rsETH@c289b815eb8f3300ed9feab13ef6b8b05515a15c:README.md';
const kelpLrtOracle = { address: '0x349A73444b1a310BAe67ef67973022020d70020d' as Address, verification: 'primary' as const, source: KELP_README };
const renzoRateProvider = {
  address: '0x387dBc0fB00b26fb085aa658527D5BE98302c84C' as Address,
  verification: 'secondary' as const,
  source: 'secondary: DefiLlama/yield-server src/adaptors/renzo/index.js; balancer/code-review rate-providers/ezETHRateProvider.md',
};
const pufferAccessManager = {
  address: '0x8c1686069474410E6243425f4a10177a94EBEE11' as Address,
  source: 'PufferFinance/puffer-contracts@380600060cd231fd8616ba167e674d4140486dbb:mainnet-contracts/README.md',
};
const yieldnestStakingNodesManager = {
  address: '0x8C33A1d6d062dB7b51f79702355771d44359cD7d' as Address,
  source: 'yieldnest/yieldnest-protocol@81046a6a207abba16d324c878b5254e76ba3b45c:deployments/ynETH-1.json (proxy-stakingNodesManager)',
};
/** Upgrade timelocks (the owners of the proxies' admins), each from the protocol's own repository. */
const upgradeTimelocks = {
  etherfi: {
    address: '0x9f26d4C958fD811A1F59B01B86Be7dFFc9d20761' as Address,
    source: 'etherfi-protocol/smart-contracts@b4a0968087b178bc346cdf6bee6c0597bf4c42c7:script/deploys/Deployed.s.sol (UPGRADE_TIMELOCK)',
  },
  kelp: { address: '0x49bD9989E31aD35B0A62c20BE86335196A3135B1' as Address, source: `${KELP_README} (ETH Mainnet, TimelockController)` },
  puffer: {
    address: '0x3C28B7c7Ba1A1f55c9Ce66b263B33B204f2126eA' as Address,
    source: 'PufferFinance/puffer-contracts@380600060cd231fd8616ba167e674d4140486dbb:mainnet-contracts/README.md',
  },
  ineth: {
    address: '0xc70470Cdc428d6A3966cd25F476F84D898158638' as Address,
    source: 'inceptionlrt/smart-contracts@debb372b240b2d61ed33115f978cc2152314a2fb:projects/timelocks/README.md (GenesisTimeLock)',
  },
  ynlsde: {
    address: '0xbB73f8a5B0074b27c6df026c77fA08B0111D017A' as Address,
    source: 'yieldnest/yieldnest-protocol@81046a6a207abba16d324c878b5254e76ba3b45c:deployments/YnLSDe-1.json (upgradeTimelock)',
  },
};
/* ── end of NOT IN THE REGISTRY (the Curve pools below are also outside it) ─────────────────────────────────── */

export const WETH: Address = registeredToken('WETH', 1);

const el = (name: string) => registered('eigenlayer', name, 1)?.address ?? ZERO;

/** EigenLayer core on mainnet (proxies), from the registry. */
export const eigenLayerMainnet = {
  chainId: 1,
  delegationManager: el('DelegationManager'),
  allocationManager: el('AllocationManager'),
  avsDirectory: el('AVSDirectory'),
  /** Pseudo-address for native restaked ETH; its shares are wei (README, "beacon-chain ETH strategy"). */
  beaconChainEthStrategy: '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0' as Address,
  /** `DEFAULT_BURN_ADDRESS` (src/contracts/core/storage/AllocationManagerStorage.sol): where non-redistributed slashes go. */
  burnAddress: '0x00000000000000000000000000000000000E16E4' as Address,
  /** Strategies whose underlying is not ETH-denominated; excluded from ETH-weighted shares. */
  nonEthStrategies: (getProtocol('eigenlayer')?.strategies ?? [])
    .filter((s) => s.chainId === 1 && s.underlying === 'EIGEN')
    .map((s) => s.address),
};

export const rateTargets: readonly RateTarget[] = present<RateTarget>([
  withRegistry(fromRegistry('etherfi', 'WeETH', 1), { symbol: 'weETH', read: 'getRate' as const }),
  { protocol: 'kelp', chainId: 1, symbol: 'rsETH', contract: 'LRTOracle', address: kelpLrtOracle.address, read: 'rsETHPrice', verification: kelpLrtOracle.verification, addressSource: kelpLrtOracle.source },
  { protocol: 'renzo', chainId: 1, symbol: 'ezETH', contract: 'BalancerRateProvider', address: renzoRateProvider.address, read: 'getRate', verification: renzoRateProvider.verification, addressSource: renzoRateProvider.source },
  withRegistry(fromRegistry('puffer', 'PufferVault', 1), { symbol: 'pufETH', read: 'convertToAssets' as const }),
  withRegistry(fromRegistry('swell', 'rswETH', 1), { contract: 'RswETH', symbol: 'rswETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('yieldnest', 'ynETH', 1), { symbol: 'ynETH', read: 'convertToAssets' as const }),
  {
    protocol: 'inception', chainId: 1, symbol: 'inETH', contract: 'inETH', address: registeredToken('inETH', 1), read: 'convertToAmount',
    verification: 'primary', addressSource: 'registry token inETH (inceptionlrt/smart-contracts@66a1e604d785077f0406e9f4359d9d44b48255c2:projects/restaking-pool/README.md, cToken)',
  },
  // The rate an L2 deposit mints at: Kelp's pools read their rsETH oracle; Renzo's reverts once its price is a day old.
  withRegistry(fromRegistry('kelp', 'RSETHPool', 42161), { symbol: 'rsETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('kelp', 'RSETHPool', 8453), { contract: 'RSETHPoolV2', symbol: 'wrsETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('renzo', 'xRenzoDeposit', 42161), { symbol: 'ezETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('renzo', 'xRenzoDeposit', 8453), { symbol: 'ezETH', read: 'getRate' as const }),
]);

const pause = (p: RegisteredTarget | null, read: PauseRead, blocks: readonly PauseSide[]): PauseTarget | null =>
  p ? { protocol: p.protocol, chainId: p.chainId, contract: p.contract, address: p.address, read, blocks, addressSource: p.addressSource } : null;

const DEPOSIT: readonly PauseSide[] = ['deposit'];
const EXIT: readonly PauseSide[] = ['withdrawal'];
const BOTH: readonly PauseSide[] = ['deposit', 'withdrawal'];

const pufferVault = fromRegistry('puffer', 'PufferVault', 1);
const pufferWithdrawals = fromRegistry('puffer', 'PufferWithdrawalManager', 1);
const swellToken = fromRegistry('swell', 'rswETH', 1);
const pufferAm = (read: PauseRead, blocks: readonly PauseSide[]): PauseTarget => ({
  protocol: 'puffer', chainId: 1, contract: 'AccessManager', address: pufferAccessManager.address, read, blocks, addressSource: pufferAccessManager.source,
});
/** A registry function's selector, so a pause read asks about the very function a person calls. */
const selectorOf = (protocol: ProtocolId, contract: string, fn: string): Hex | null =>
  (getProtocol(protocol)?.contracts.find((c) => c.name === contract)?.functions.find((f) => f.signature.startsWith(`function ${fn}(`))?.selector as Hex | undefined) ?? null;
const pufferFunction = (t: RegisteredTarget | null, fn: string, blocks: readonly PauseSide[]): PauseTarget | null => {
  const selector = t && selectorOf('puffer', t.contract, fn);
  return t && selector ? pufferAm({ kind: 'functionAdminOnly', target: t.address, selector, fn }, blocks) : null;
};

/**
 * Every pause that blocks a deposit or an exit, per protocol (the contracts' `whenNotPaused` and equivalent guards):
 * ether.fi's LiquidityPool guards deposits and withdrawal requests; Kelp's rsETH `mint`/`burnFrom` have their own
 * pause besides the deposit pool and the withdrawal manager; Renzo's v2.1 risk-oracle middleware pauses deposits,
 * requests and claims on its own; Puffer closes a target or moves one function to the admin role; Swell's
 * AccessControlManager has separate deposit and withdrawal flags. YieldNest's withdrawal queue has no pause view.
 */
export const pauseTargets: readonly PauseTarget[] = present<PauseTarget>([
  pause(fromRegistry('etherfi', 'LiquidityPool', 1), { kind: 'paused' }, BOTH),
  pause(fromRegistry('etherfi', 'LiquidityPool', 1), { kind: 'pausedUntil' }, BOTH),
  pause(fromRegistry('kelp', 'LRTDepositPool', 1), { kind: 'paused' }, DEPOSIT),
  pause(withRegistry(fromRegistry('kelp', 'LRTDepositPool', 1), { contract: 'RSETH', address: registeredToken('rsETH', 1), addressSource: 'registry token rsETH' }), { kind: 'paused' }, BOTH),
  pause(fromRegistry('kelp', 'LRTWithdrawalManager', 1), { kind: 'paused' }, EXIT),
  pause(fromRegistry('renzo', 'RestakeManager', 1), { kind: 'paused' }, DEPOSIT),
  pause(fromRegistry('renzo', 'RestakeManager', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'depositPaused' }, DEPOSIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'paused' }, EXIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'withdrawRequestPaused' }, EXIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'withdrawClaimPaused' }, EXIT),
  pufferVault ? pufferAm({ kind: 'isTargetClosed', target: pufferVault.address }, BOTH) : null,
  pufferFunction(pufferVault, 'depositETH', DEPOSIT),
  pufferWithdrawals ? pufferAm({ kind: 'isTargetClosed', target: pufferWithdrawals.address }, EXIT) : null,
  pufferFunction(pufferWithdrawals, 'requestWithdrawal', EXIT),
  pause(swellToken && { ...swellToken, contract: 'RswETH' }, { kind: 'viaManager', getter: 'AccessControlManager', flag: 'coreMethodsPaused' }, DEPOSIT),
  pause(swellToken && { ...swellToken, contract: 'RswETH' }, { kind: 'viaManager', getter: 'AccessControlManager', flag: 'withdrawalsPaused' }, EXIT),
  pause(fromRegistry('yieldnest', 'ynETH', 1), { kind: 'depositsPaused' }, DEPOSIT),
  {
    protocol: 'inception', chainId: 1, contract: 'inETH', address: registeredToken('inETH', 1), read: { kind: 'paused' }, blocks: BOTH,
    addressSource: 'registry token inETH',
  },
]);

export const stakerSourceTargets: readonly StakerSourceTarget[] = present<StakerSourceTarget>([
  withRegistry(fromRegistry('kelp', 'LRTDepositPool', 1), { discovery: 'kelp-node-delegator-queue' as const }),
  withRegistry(fromRegistry('renzo', 'RestakeManager', 1), { discovery: 'renzo-operator-delegators' as const }),
  {
    protocol: 'yieldnest', chainId: 1, contract: 'StakingNodesManager', address: yieldnestStakingNodesManager.address,
    discovery: 'yieldnest-staking-nodes', addressSource: yieldnestStakingNodesManager.source,
  },
]);

export const marketTargets: readonly MarketTarget[] = [
  {
    protocol: 'etherfi', chainId: 1, kind: 'curve-stableswap-ng', pool: '0xDB74dfDD3BB46bE8Ce6C33dC9D82777BCFc3dEd5',
    lrt: registeredToken('weETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: Curve pool list "factory-stable-ng-157", Notional staking tests (weETH index 1 → WETH 0), CURVE_WEETHWETHNG constant in an address library, a Curve snapshot test "WETH/weETH"',
  },
  {
    protocol: 'renzo', chainId: 1, kind: 'curve-stableswap-ng', pool: '0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E',
    lrt: registeredToken('ezETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: "Curve.fi Factory Plain Pool: ezETH/WETH" in Veda/BoringVault addresses, Gearbox token data, f(x) ezETH TWAP oracle',
  },
];

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

export const timelockTargets: readonly TimelockTarget[] = [
  { protocol: 'etherfi', lrtId: 'weeth', chainId: 1, contract: 'UpgradeTimelock', ...at(upgradeTimelocks.etherfi), read: 'getMinDelay' },
  { protocol: 'kelp', lrtId: 'rseth', chainId: 1, contract: 'TimelockController', ...at(upgradeTimelocks.kelp), read: 'getMinDelay' },
  {
    protocol: 'puffer', lrtId: 'pufeth', chainId: 1, contract: 'Timelock', ...at(upgradeTimelocks.puffer), read: 'delay',
    // Timelock.sol: the operations multisig waits `delay` (at least 7 days); the community multisig may execute at once.
    note: "the operations multisig's delay; Puffer's community multisig can execute without one",
  },
  { protocol: 'yieldnest', lrtId: 'ynlsde', chainId: 1, contract: 'TimelockController', ...at(upgradeTimelocks.ynlsde), read: 'getMinDelay' },
  // An OpenZeppelin TimelockController (projects/timelocks/contracts/GenesisTimeLock.sol).
  { protocol: 'inception', lrtId: 'ineth', chainId: 1, contract: 'GenesisTimeLock', ...at(upgradeTimelocks.ineth), read: 'getMinDelay' },
];

function at(t: { address: Address; source: string }): { address: Address; addressSource: string } {
  return { address: t.address, addressSource: t.source };
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

/**
 * Every registered Aave v3 pool × every registered LRT of these protocols on its chain. A token the market does not list reads as an
 * empty configuration, which the reader reports as "not a reserve of this market".
 */
export const lendingTargets: readonly LendingTarget[] = (getProtocol('aave-v3')?.contracts.find((c) => c.name === 'Pool')?.deployments ?? []).flatMap(
  (pool) =>
    listTokens()
      .filter((t) => t.token.kind === 'lrt' && t.deployment.chainId === pool.chainId && PROTOCOL_IDS.includes(t.protocol?.id as ProtocolId))
      .map((t) => ({
        chainId: pool.chainId,
        pool: pool.address,
        market: pool.note ?? 'Pool',
        asset: t.deployment.address,
        symbol: t.token.symbol,
        protocol: t.protocol!.id as ProtocolId,
        verification: pool.verification,
        addressSource: pool.source,
        borrowAsset: getTokenAddress('WETH', pool.chainId) ?? null,
      })),
);
