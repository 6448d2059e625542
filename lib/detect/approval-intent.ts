/**
 * An allowance given to a registered contract: ERC-20 `approve`/`increaseAllowance`, an EIP-2612 permit, or a
 * Permit2 allowance. The allowance is the step before the deposit (or the withdrawal) that pulls the token.
 * EIP-2612: https://eips.ethereum.org/EIPS/eip-2612 · Permit2: https://github.com/Uniswap/permit2
 */
import type { Intent, IntentAction } from './intent';
import { contractEntries } from './plans';
import { getAddress } from 'viem';
import { addressKey, getToken } from '../protocols/registry';
import { tokenByAddress, tokenById, type ResolvedToken } from './tokens';
import { lookAlikeOf, venueAt } from '../venues/venue-at';

/** Amounts at or above 2^255 are "infinite" approvals in practice (dApps send 2^256-1 or close to it). */
const UNLIMITED_FROM = 1n << 255n;
/** Permit2 allowances are uint160; its max is Permit2's "unlimited". */
export const PERMIT2_MAX = (1n << 160n) - 1n;

export function allowanceAmount(amount: bigint | null, permit2: boolean): string | null {
  if (amount === null) return null;
  if (amount >= UNLIMITED_FROM || (permit2 && amount === PERMIT2_MAX)) return 'unlimited';
  return amount.toString();
}

export function approvalIntent(
  chainId: number,
  spender: string,
  tokenAddress: string,
  amount: bigint | null,
  action: IntentAction,
  fn: string,
  permit2 = false,
): Intent | null {
  const entry = contractEntries().get(addressKey(chainId, spender));
  const asset = tokenByAddress(chainId, tokenAddress);
  if (!entry) {
    if (asset.kind !== 'lrt') return null;
    const venue = venueAt(chainId, spender);
    const request = { chainId, spender, tokenAddress, amount, action, fn, permit2 };
    return venue ? venueSpenderIntent(request, asset, venue) : unregisteredSpenderIntent(request, asset);
  }
  let token: ResolvedToken | null = entry.tokenId ? tokenById(entry.tokenId, chainId) : null;
  if (!entry.tokenId) {
    // Contracts whose product depends on the asset: Eigenpie mints the mLRT of the LST; EigenLayer and lending
    // markets keep the person exposed to the asset itself.
    const byAsset = entry.contract.functions.map((f) => f.token).find((t) => t && 'byAsset' in t);
    const mapped = byAsset && 'byAsset' in byAsset && asset.id ? byAsset.map[asset.id] : undefined;
    token = mapped ? tokenById(mapped, chainId) : asset;
  }
  if (entry.protocol.kind === 'lending' && asset.kind !== 'lrt') return null;
  // A lending market is a venue too (lib/venues reads it from the protocol registry).
  const venue = entry.protocol.kind === 'lending' ? venueAt(chainId, spender) : null;
  return {
    action,
    protocol: entry.protocol.id,
    chainId,
    contract: entry.info,
    function: fn,
    asset: { symbol: asset.out.symbol, address: asset.out.address, amount: allowanceAmount(amount, permit2) },
    token: token ? token.out : null,
    spender: entry.info.address,
    ...(venue ? { venue: { id: venue.family.id, name: venue.family.name } } : {}),
  };
}

/** An allowance request as the wallet call says it, whoever the spender is. */
interface Allowance {
  chainId: number;
  spender: string;
  tokenAddress: string;
  amount: bigint | null;
  action: IntentAction;
  fn: string;
  permit2: boolean;
}

/** An LRT allowance to `contract`, a spender no registered protocol owns: what it says, issuer first. */
function lrtAllowanceIntent(a: Allowance, asset: ResolvedToken, contract: Intent['contract']): Intent {
  return {
    action: a.action,
    protocol: getToken(a.chainId, a.tokenAddress)?.protocol?.id ?? 'unknown',
    chainId: a.chainId,
    contract,
    function: a.fn,
    asset: { symbol: asset.out.symbol, address: asset.out.address, amount: allowanceAmount(a.amount, a.permit2) },
    token: asset.out,
    spender: contract.address,
  };
}

/** An LRT allowance to a registered venue (a DEX router, Permit2, a lending market, a bridge): lib/venues. */
function venueSpenderIntent(a: Allowance, asset: ResolvedToken, venue: NonNullable<ReturnType<typeof venueAt>>): Intent {
  const contract = { address: venue.deployment.address, name: venue.contract.name, verification: venue.deployment.verification };
  return { ...lrtAllowanceIntent(a, asset, contract), venue: { id: venue.family.id, name: venue.family.name } };
}

/**
 * An LRT allowance to a contract that no registered protocol owns. It may be a DEX or a vault the person means to
 * use; it may be a phishing contract. Either way the person should see who gets the allowance.
 */
function unregisteredSpenderIntent(a: Allowance, asset: ResolvedToken): Intent {
  const address = getAddress(a.spender);
  const imitated = lookAlikeOf(a.spender);
  const notes = [`${address} is not a registered contract of any protocol or venue on chain ${a.chainId}`];
  if (imitated) notes.push(`${address} imitates ${imitated.name} ${getAddress(imitated.address)}: same first and last characters`);
  return {
    ...lrtAllowanceIntent(a, asset, { address, name: 'an unregistered contract', verification: 'unverified' }),
    notes,
    flags: imitated ? ['unregistered-spender', 'look-alike-spender'] : ['unregistered-spender'],
  };
}
