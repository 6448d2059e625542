/** Which registered venue an address is on a chain; and whether it only looks like a registered address. */
import { listContracts, listTokens } from '../protocols/registry';
import { venueFamilies } from './index';
import type { VenueContract, VenueDeployment, VenueFamily } from './types';

export interface VenueHit {
  family: VenueFamily;
  contract: VenueContract;
  deployment: VenueDeployment;
}

let byKey: Map<string, VenueHit> | null = null;
let known: Map<string, string> | null = null;
let byEnds: Map<string, string> | null = null;

function index(): Map<string, VenueHit> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const family of venueFamilies)
    for (const contract of family.contracts)
      for (const deployment of contract.deployments) byKey.set(`${deployment.chainId}:${deployment.address.toLowerCase()}`, { family, contract, deployment });
  return byKey;
}

export function venueAt(chainId: number, address: string): VenueHit | null {
  return index().get(`${chainId}:${address.toLowerCase()}`) ?? null;
}

/** Every registered address (venues, protocol contracts, tokens), lowercase → its name. */
function knownAddresses(): Map<string, string> {
  if (known) return known;
  known = new Map();
  for (const hit of index().values()) known.set(hit.deployment.address.toLowerCase(), hit.contract.name);
  for (const c of listContracts()) known.set(c.deployment.address.toLowerCase(), `${c.protocol.name} ${c.contract.name}`);
  for (const t of listTokens()) known.set(t.deployment.address.toLowerCase(), t.token.symbol);
  return known;
}

/** Hex characters compared at each end: address-poisoning tools grind vanity addresses that match what wallets show. */
const ENDS = 4;
const ends = (lower: string) => `${lower.slice(2, 2 + ENDS)}…${lower.slice(-ENDS)}`;

function knownByEnds(): Map<string, string> {
  if (byEnds) return byEnds;
  byEnds = new Map();
  for (const address of knownAddresses().keys()) byEnds.set(ends(address), address);
  return byEnds;
}

/**
 * The registered address this one imitates: same first and last characters, different address (address poisoning,
 * https://www.coinbase.com/learn/crypto-glossary/what-is-address-poisoning). Null when it imitates none.
 */
export function lookAlikeOf(address: string): { address: string; name: string } | null {
  const lower = address.toLowerCase();
  const map = knownAddresses();
  if (map.has(lower)) return null;
  const other = knownByEnds().get(ends(lower));
  return other ? { address: other, name: map.get(other)! } : null;
}
