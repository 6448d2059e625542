/**
 * Addresses come from the protocol registry (`lib/protocols/`), the single home for them. What the registry does not
 * hold — contracts nobody sends a transaction to (rate oracles, staker registries, an access manager) and DEX pools —
 * is in the block marked NOT IN THE REGISTRY below, each with its source. `targets.test.ts` fails if a registry lookup
 * disappears.
 */
import type { Address } from 'viem';
import { getProtocol, getTokenAddress } from '../../protocols/registry.ts';
import type { Verification } from '../../protocols/types.ts';
import type { ProtocolId } from './target-types.ts';


/**
 * A contract deployment from the registry. Never throws: a lookup that fails (the registry renamed a contract) drops
 * that target, so the background still loads; targets.test.ts fails on the same drift before it ships.
 */
export function registered(protocol: ProtocolId, contract: string, chainId: number): { address: Address; source: string; verification: Verification } | null {
  const d = getProtocol(protocol)
    ?.contracts.find((c) => c.name === contract)
    ?.deployments.find((x) => x.chainId === chainId);
  return d ? { address: d.address, source: d.source, verification: d.verification } : null;
}

export const ZERO: Address = '0x0000000000000000000000000000000000000000';

/** A token address from the registry; the zero address if missing (every read of it then fails as "bad return data"). */
export function registeredToken(id: string, chainId: number): Address {
  return getTokenAddress(id, chainId) ?? ZERO;
}

export interface RegisteredTarget {
  protocol: ProtocolId;
  chainId: number;
  contract: string;
  address: Address;
  verification: Verification;
  addressSource: string;
}

export function fromRegistry(protocol: ProtocolId, contract: string, chainId: number): RegisteredTarget | null {
  const r = registered(protocol, contract, chainId);
  return r ? { protocol, chainId, contract, address: r.address, verification: r.verification, addressSource: r.source } : null;
}

export function present<T>(list: readonly (T | null)[]): T[] {
  return list.filter((x): x is T => x !== null);
}

/** `fromRegistry` plus fields, or null when the registry lacks the contract. */
export function withRegistry<T extends object>(base: RegisteredTarget | null, extra: T): (RegisteredTarget & T) | null {
  return base ? { ...base, ...extra } : null;
}

/*
 * ── NOT IN THE REGISTRY ─────────────────────────────────────────────────────────────────────────────────────────
 * Views no transaction goes to. Move them to the registry if it grows a place for them.
 */
export const KELP_README = 'Kelp-DAO/LRT-rsETH@c289b815eb8f3300ed9feab13ef6b8b05515a15c:README.md';
export const kelpLrtOracle = { address: '0x349A73444b1a310BAe67ef67973022020d70020d' as Address, verification: 'primary' as const, source: KELP_README };
export const renzoRateProvider = {
  address: '0x387dBc0fB00b26fb085aa658527D5BE98302c84C' as Address,
  verification: 'secondary' as const,
  source: 'secondary: DefiLlama/yield-server src/adaptors/renzo/index.js; balancer/code-review rate-providers/ezETHRateProvider.md',
};
export const pufferAccessManager = {
  address: '0x8c1686069474410E6243425f4a10177a94EBEE11' as Address,
  source: 'PufferFinance/puffer-contracts@380600060cd231fd8616ba167e674d4140486dbb:mainnet-contracts/README.md',
};
export const yieldnestStakingNodesManager = {
  address: '0x8C33A1d6d062dB7b51f79702355771d44359cD7d' as Address,
  source: 'yieldnest/yieldnest-protocol@81046a6a207abba16d324c878b5254e76ba3b45c:deployments/ynETH-1.json (proxy-stakingNodesManager)',
};
/** Upgrade timelocks (the owners of the proxies' admins), each from the protocol's own repository. */
export const upgradeTimelocks = {
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
/** Uniswap v3 on Ethereum: the factory every pool is checked against, and the Quoter that prices a sale. */
export const uniswapV3Mainnet = {
  factory: '0x1F98431c8aD98523631AE4a59f267346ea31F984' as Address,
  quoter: '0xb27308f9F90D607463bb33eA1BeBb41C27CE5AB6' as Address,
  source: 'Uniswap/v3-periphery@0682387198a24c7cd63566a2c58398533860a5d1:deploys.md (UniswapV3Factory, Quoter)',
};
/** Lido's wstETH on Ethereum: a pool quote in wstETH counts at its `stEthPerToken()`. */
export const WSTETH = {
  address: registeredToken('wstETH', 1),
  source: 'lidofinance/core@33fe1ebbcdcf1e33a8fcaa5f0f005c2b21510fcd:contracts/0.6.12/WstETH.sol (stEthPerToken)',
};
/* ── end of NOT IN THE REGISTRY (the DEX pools below are also outside it) ─────────────────────────────────── */

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
