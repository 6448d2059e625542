/**
 * A cheap first look, small enough for the content script (which does not load the registry): may `address` be a
 * registered contract? A match means "ask the background for a full detect", not "known".
 */
import { KNOWN_ADDRESS_PREFIXES } from './known-address-prefixes.generated';

/** Hex digits after `0x` kept per address in the generated list (known-addresses.ts says why six). */
export const KNOWN_PREFIX_DIGITS = 6;

// Built on first use: the page bridge that carries this check runs on every page, and almost none ever asks.
let prefixes: Set<string> | null = null;

export function hasKnownAddressPrefix(address: string): boolean {
  if (typeof address !== 'string') return false;
  if (!prefixes) {
    prefixes = new Set();
    for (let i = 0; i < KNOWN_ADDRESS_PREFIXES.length; i += KNOWN_PREFIX_DIGITS) prefixes.add(KNOWN_ADDRESS_PREFIXES.slice(i, i + KNOWN_PREFIX_DIGITS));
  }
  return prefixes.has(address.slice(2, 2 + KNOWN_PREFIX_DIGITS).toLowerCase());
}
