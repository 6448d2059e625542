/**
 * Token facts as intents show them: `{symbol, address, chainId}` with the EIP-55 address, memoised so the hot path
 * does no hashing for registered tokens.
 */
import { getAddress } from 'viem';
import { getTokenById, getToken, type RegisteredToken } from '../protocols/registry';
import { NATIVE_ETH } from './intent';

export interface TokenRefOut {
  symbol: string;
  address: `0x${string}`;
  chainId: number;
}

export interface ResolvedToken {
  out: TokenRefOut;
  /** Registry id, or null for an unregistered address. */
  id: string | null;
  kind: 'lrt' | 'lst' | 'eth' | 'other' | 'unknown';
}

const byId = new Map<string, ResolvedToken | null>();
const byAddress = new Map<string, ResolvedToken>();
const ETH_LOWER = NATIVE_ETH.toLowerCase();
const ZERO = '0x0000000000000000000000000000000000000000';

/** The native currency where it is not ether: Kernel takes BNB on BNB Chain through `msg.value`. */
const NATIVE_SYMBOL: Readonly<Record<number, string>> = { 56: 'BNB' };

/** The chain's native currency (registry id `ETH`), spelled with the EIP-7528 placeholder address. */
export function ethToken(chainId: number): ResolvedToken {
  return { out: { symbol: NATIVE_SYMBOL[chainId] ?? 'ETH', address: NATIVE_ETH, chainId }, id: 'ETH', kind: 'eth' };
}

/** A registry id on a chain (`ETH` is native ether); null when the token has no deployment there. */
export function tokenById(id: string, chainId: number): ResolvedToken | null {
  if (id === 'ETH') return ethToken(chainId);
  const key = `${chainId}:${id}`;
  const cached = byId.get(key);
  if (cached !== undefined) return cached;
  const entry = getTokenById(id);
  const deployment = entry?.token.deployments.find((d) => d.chainId === chainId);
  const resolved = entry && deployment ? fromRegistered({ token: entry.token, deployment, protocol: entry.protocol }, chainId) : null;
  byId.set(key, resolved);
  return resolved;
}

function fromRegistered(hit: RegisteredToken, chainId: number): ResolvedToken {
  return { out: { symbol: hit.token.symbol, address: hit.deployment.address, chainId }, id: hit.token.id, kind: hit.token.kind };
}

/**
 * A token named by address. `sentinel` says how the function spells ETH (EIP-7528 `0xEeee…` or the zero address).
 * Unregistered addresses come back as `unknown` with their checksummed address.
 */
export function tokenByAddress(chainId: number, lowerAddress: string, sentinel?: 'eeee' | 'zero'): ResolvedToken {
  if ((sentinel === 'eeee' && lowerAddress === ETH_LOWER) || (sentinel === 'zero' && lowerAddress === ZERO)) return ethToken(chainId);
  const key = `${chainId}:${lowerAddress}`;
  const cached = byAddress.get(key);
  if (cached) return cached;
  const hit = getToken(chainId, lowerAddress);
  const resolved: ResolvedToken = hit
    ? fromRegistered(hit, chainId)
    : { out: { symbol: 'unknown', address: getAddress(lowerAddress), chainId }, id: null, kind: 'unknown' };
  // Bounded: hostile pages could otherwise grow the cache with random addresses.
  if (byAddress.size > 4096) byAddress.clear();
  byAddress.set(key, resolved);
  return resolved;
}
