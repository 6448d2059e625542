/** What the Symbiotic vault reader asks (the views of versions 1 and 2 of Symbiotic's core) and what it answers. */
import { parseAbi, type Address, type Hex } from 'viem';
import type { OnchainFact } from './fact.ts';

/** Vault / VaultTokenized views (symbioticfi/core@3b6add2, tag 1.0.0: src/interfaces/vault/IVaultStorage.sol, IVault.sol). */
export const symbioticVaultAbi = parseAbi([
  'function collateral() view returns (address)',
  'function burner() view returns (address)',
  'function slasher() view returns (address)',
  'function epochDuration() view returns (uint48)',
  'function totalStake() view returns (uint256)',
]);

/** Slasher modules: IEntity.TYPE() (0 Slasher, 1 VetoSlasher, asserted in script/deploy/Core.s.sol) and IVetoSlasher views. */
export const symbioticSlasherAbi = parseAbi([
  'function TYPE() view returns (uint64)',
  'function vetoDuration() view returns (uint48)',
  'function resolver(bytes32 subnetwork, bytes hint) view returns (address)',
]);

/**
 * Version 2 (symbioticfi/core@327c00585232fa2d6220d102cbef30da0cd32528, tag v2.0.0): VaultV2 is an ERC-4626 vault
 * with no slasher, burner or epochs (src/interfaces/vault/IVaultV2.sol); its UniversalDelegator spreads the assets
 * over adapters (src/interfaces/delegator/IUniversalDelegator.sol), and an app adapter is what a network slashes
 * (src/interfaces/adapters/IAppAdapter.sol). `version()` is IMigratableEntity's, on every vault of both versions.
 */
export const symbioticVaultV2Abi = parseAbi([
  'function version() view returns (uint64)',
  'function asset() view returns (address)',
  'function totalAssets() view returns (uint256)',
  'function delegator() view returns (address)',
]);
export const symbioticDelegatorV2Abi = parseAbi(['function adapters(uint256 index) view returns (address)']);
export const symbioticAppAdapterAbi = parseAbi([
  'function burner() view returns (address)',
  'function duration() view returns (uint48)',
  'function subnetwork() view returns (bytes32)',
  'function operator() view returns (address)',
  'function slashable() view returns (uint256)',
]);

/** IVaultV2.sol: `VAULT_V2_VERSION = 3`. Versions 1 and 2 are Vault and VaultTokenized. */
export const VAULT_V2_VERSION = 3;
/** IUniversalDelegator.sol: `MAX_ADAPTERS = 20`, so every adapter index is asked in one round. */
export const MAX_ADAPTERS = 20;

export interface SymbioticVaultTarget {
  chainId: number;
  address: Address;
  name: string;
  /** Subnetworks (`network ‖ identifier`) whose VetoSlasher resolver to read; resolvers are per subnetwork. */
  subnetworks?: readonly Hex[];
}

export type SlasherKind = 'none' | 'instant' | 'veto';

export interface SlasherValue {
  /** null when the vault has no slasher (`address(0)`), and for a version 2 vault (slashed through its adapters). */
  address: Address | null;
  type: number | null;
  /** null for a TYPE this reader does not know. */
  kind: SlasherKind | null;
}

/** One adapter of a version 2 vault's delegator. */
export interface VaultAdapter {
  address: Address;
  /** An app adapter: the network's middleware can slash what it holds, at once (AppAdapter.slash). */
  app: boolean;
  /** Where slashed assets go; null for an adapter that is not an app adapter. */
  burner: Address | null;
  /** Seconds ahead the adapter's stake checkpoint looks: stake leaving within it can still be slashed. */
  durationSeconds: number | null;
  subnetwork: Hex | null;
  operator: Address | null;
  /** Collateral units a slash could take now. */
  slashable: bigint | null;
}

export interface SymbioticVaultFacts {
  chainId: number;
  vault: Address;
  name: string;
  /** 1 Vault, 2 VaultTokenized, 3 VaultV2. */
  version: OnchainFact<number>;
  collateral: OnchainFact<Address>;
  burner: OnchainFact<Address>;
  /** Seconds. */
  epochDuration: OnchainFact<number>;
  /** Collateral units: active stake plus withdrawals still slashable (version 2: the vault's total assets). */
  totalStake: OnchainFact<bigint>;
  slasher: OnchainFact<SlasherValue>;
  /** Seconds; not applicable unless the slasher is a VetoSlasher. */
  vetoDuration: OnchainFact<number>;
  resolvers: OnchainFact<{ subnetwork: Hex; resolver: Address | null }[]>;
  /** Version 2 only: the delegator's adapters and what each lets a network slash. */
  adapters: OnchainFact<VaultAdapter[]>;
}

/** The vault's facts a version-specific reader builds; the version and adapters are added by the caller. */
export type VaultFactsCore = Omit<SymbioticVaultFacts, 'version' | 'adapters'>;

export const vaultLabel = (t: SymbioticVaultTarget) => `Vault@${t.address}`;
