/**
 * The shape of the protocol registry: data only. One file per protocol declares its tokens, its contracts per
 * chain and every user entry point, each with the source it was read from and a verification label that is
 * copied from the source material and never upgraded.
 */
import type { IntentAction, Verification } from '../detect/intent';

export type { IntentAction, Verification };
export type Address = `0x${string}`;
export type Hex = `0x${string}`;

/**
 * Where a fact comes from — `owner/repo@commit:path` or a URL — and how well it is verified:
 * `primary` = the protocol's own repository, `secondary` = several third parties agree, `unverified` = one weak source.
 */
export interface Sourced {
  source: string;
  verification: Verification;
}

export type TokenKind = 'lrt' | 'lst' | 'eth' | 'other';

export interface TokenDeployment extends Sourced {
  chainId: number;
  address: Address;
  note?: string;
}

export interface TokenSpec {
  /** Registry-wide id; equal to the symbol unless two tokens share one. */
  id: string;
  symbol: string;
  name: string;
  kind: TokenKind;
  decimals: number;
  deployments: readonly TokenDeployment[];
}

/**
 * A path into the decoded arguments: a parameter name, `a.b` for a struct member, `a[]` to take every element of
 * an array (one intent per element). Example: `permitData.amount`, `params[].strategies[]`.
 */
export type ArgPath = string;

/** How the ETH placeholder is spelled in an argument: EIP-7528 `0xEeee…EEeE` or the zero address. */
export type EthSentinel = 'eeee' | 'zero';

/** What leaves the wallet. */
export type InputSpec =
  /** The native currency attached to the call (`msg.value`): ETH, or BNB on BNB Chain. */
  | { kind: 'eth' }
  /** A fixed token (registry id, resolved on the call's chain); `amount` null when the call does not say. */
  | { kind: 'token'; token: string; amount: ArgPath | null; unit?: 'shares' }
  /** A token named by an argument; with `eth`, the sentinel address means ETH. */
  | { kind: 'asset-arg'; asset: ArgPath; amount: ArgPath | null; eth?: EthSentinel; unit?: 'shares' }
  /** EigenLayer: the underlying of the strategy named by an argument. */
  | { kind: 'strategy-arg'; strategy: ArgPath; amount: ArgPath | null; unit?: 'shares' }
  /** Any other token reference (e.g. the Eigenpie mLRT that matches the asset argument). */
  | { kind: 'ref'; token: TokenRef; amount: ArgPath | null; unit?: 'shares' }
  /** Nothing but the (usually zero) `msg.value`: claims, delegation. */
  | { kind: 'none' };

/** A token the person ends up holding, exposed to, or receiving. */
export type TokenRef =
  /** Registry id, resolved on the call's chain; `ETH` is the chain's native currency (BNB on BNB Chain). */
  | { id: string }
  /** A token address in an argument (resolved through the registry when known). */
  | { arg: ArgPath; eth?: EthSentinel }
  /** EigenLayer: the underlying token of the strategy in an argument. */
  | { strategy: ArgPath }
  /** The token minted depends on the asset deposited (Eigenpie: one mLRT per LST; `eth` for native ETH). */
  | { byAsset: ArgPath; map: Readonly<Record<string, string>>; eth?: string; sentinel?: EthSentinel };

export interface FunctionSpec {
  /** Human-readable ABI item with parameter names, as `viem.parseAbiItem` reads it. */
  signature: string;
  /** `keccak256(canonical)[0:4]`; the registry test recomputes it from `signature`. */
  selector: Hex;
  action: IntentAction;
  input: InputSpec;
  /** The LRT held or exposed to afterwards. Defaults to the contract's `token`; `null` when there is none. */
  token?: TokenRef | null;
  /** What the person receives when it differs from `token` (withdrawals: ETH or the asset chosen). */
  receives?: TokenRef;
  /** Signature source when it differs from the contract's `abiSource` (old or new versions). */
  source?: string;
  /** `legacy`: an older signature that may still be deployed; `head`: newest source, deployment not verified. */
  version?: 'legacy' | 'head';
  note?: string;
}

export interface ContractDeployment extends Sourced {
  chainId: number;
  address: Address;
  /** Overrides the contract's `token` on this chain (e.g. an L2 pool that pays a wrapper). */
  token?: string;
  note?: string;
}

export interface ContractSpec {
  name: string;
  /** Token id the person ends up holding or exposed to through this contract; `null` when it depends on the call. */
  token: string | null;
  /** Where the function signatures were read. */
  abiSource: string;
  /** Empty when no address was found: kept so the entry points stay documented, never detected. */
  deployments: readonly ContractDeployment[];
  functions: readonly FunctionSpec[];
  note?: string;
}

export interface StrategySpec extends Sourced {
  chainId: number;
  address: Address;
  /** Registry token id of `underlyingToken()`; `ETH` for the beacon-chain pseudo-strategy. */
  underlying: string;
}

/** The restaking layer whose slashing model a deposit is exposed to (lib/layers holds one model per layer). */
export type RestakingLayer = 'eigenlayer' | 'symbiotic' | 'karak' | 'kernel';

export interface ProtocolSpec {
  /** Stable id; part of the CLI's JSON output. */
  id: string;
  name: string;
  /** `lending`: intents only when the asset is an LRT (the looping case). */
  kind: 'restaking' | 'lending';
  /** Set where the protocol is itself a layer or builds on exactly one (Mellow on Symbiotic). */
  layer?: RestakingLayer;
  tokens: readonly TokenSpec[];
  contracts: readonly ContractSpec[];
  strategies?: readonly StrategySpec[];
  /** Set when only some of the protocol's vaults or strategies are registered: what it accepts stays open-ended. */
  strategiesPartial?: true;
}
