/**
 * What a wallet request means for restaking. This shape is also the CLI's JSON output
 * (`lrt-advisor inspect --json`), so changing it is a breaking change.
 */
export type IntentAction =
  | 'deposit'
  | 'wrap'
  | 'unwrap'
  | 'approve'
  | 'permit'
  | 'restake'
  | 'delegate'
  | 'undelegate'
  | 'withdraw-request'
  | 'withdraw-claim'
  | 'instant-redeem'
  | 'supply-collateral'
  | 'bridge'
  | 'swap';

/** How an address or fact was verified: read from the protocol's own repository, from third parties, or one weak source. */
export type Verification = 'primary' | 'secondary' | 'unverified';

/** ETH as an asset (EIP-7528). */
export const NATIVE_ETH = '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE' as const;

export interface Intent {
  action: IntentAction;
  /** Registry id: etherfi, renzo, puffer, kelp, swell, eigenlayer, yieldnest, inception, eigenpie, … or a lending market id. */
  protocol: string;
  chainId: number;
  contract: { address: `0x${string}`; name: string; verification: Verification };
  /** Canonical signature, e.g. `depositETH(uint256,string)`. */
  function: string;
  /** What leaves the wallet. `amount`: decimal string in base units, `"unlimited"` for max approvals, `null` when unknown. */
  asset: { symbol: string; address: `0x${string}`; amount: string | 'unlimited' | null };
  /** The LRT the person ends up holding or exposed to (for EigenLayer direct restaking: the strategy's underlying). */
  token: { symbol: string; address: `0x${string}`; chainId: number } | null;
  /** Approvals and permits: the contract allowed to pull the asset. */
  spender?: `0x${string}`;
  /** What the person receives when it differs from `token` (withdrawals: ETH or the asset chosen). */
  receives?: { symbol: string; address: `0x${string}`; chainId: number } | null;
  /** When the call names an amount in shares (stETH shares, EigenLayer strategy shares) rather than token units. */
  shares?: string;
  /** A third-party venue (DEX, aggregator, lending market, bridge) that is the counterparty: lib/venues. */
  venue?: { id: string; name: string };
  /** Reached through a Safe multisig rather than sent by the wallet itself. */
  via?: SafeRoute;
  /** Pendle: what changes hands is the principal (PT) or yield (YT) token of `token`/`asset`, traded in `market`. */
  derivative?: { kind: 'PT' | 'YT'; market: `0x${string}` };
  /** Facts worth showing that the fields above cannot carry (legacy signature, unregistered strategy, …). */
  notes?: string[];
  /** Reasons to doubt the counterparty, read by the official-contract risk rule. */
  flags?: IntentFlag[];
}

/**
 * `safe-signature`: an owner signs the Safe's transaction (SafeTx typed data); it runs when the Safe executes it, once
 * enough owners have signed. `safe-execution`: the wallet sends the Safe's `execTransaction`, and the Safe makes the
 * call. `safe`: the Safe the person acts for (the outermost, when Safes own Safes); `batch`: inside a MultiSend batch.
 */
export interface SafeRoute {
  kind: 'safe-signature' | 'safe-execution';
  safe: `0x${string}` | null;
  batch: boolean;
}

/**
 * `unregistered-spender`: an LRT approved or permitted to an address that is neither a registered protocol contract
 * nor a registered venue. `look-alike-spender`: that address shares its first and last characters with a registered
 * one (address poisoning). `wrong-chain`: a registered contract's address used on a chain where the protocol has no
 * such contract. `impostor-token`: a contract that presents itself as a registered LRT (its EIP-712 name, or a
 * protocol's own deposit function or EIP-712 domain) at an address the registry does not hold. `foreign-receiver`: a
 * signed order whose proceeds go to an address other than the signer's.
 */
export type IntentFlag = 'unregistered-spender' | 'look-alike-spender' | 'wrong-chain' | 'impostor-token' | 'foreign-receiver';
