/**
 * A cheap first look, small enough for the content script (which does not load the registry): may `address` be a
 * registered contract? A match means "ask the background for a full detect", not "known".
 */
import { KNOWN_ADDRESS_PREFIXES } from './known-address-prefixes.generated';

/** Hex digits after `0x` kept per address in the generated list (known-addresses.ts says why five). */
export const KNOWN_PREFIX_DIGITS = 5;

// Built on first use: the page bridge that carries this check runs on every page, and almost none ever asks.
let prefixes: Set<number> | null = null;

export function hasKnownAddressPrefix(address: string): boolean {
  if (typeof address !== 'string') return false;
  const head = address.slice(2, 2 + KNOWN_PREFIX_DIGITS);
  if (!/^[0-9a-f]{5}$/i.test(head)) return false;
  if (!prefixes) {
    // The sorted prefixes' values, each written as its distance from the one before, in base 36.
    let value = 0;
    prefixes = new Set(KNOWN_ADDRESS_PREFIXES.split(',').map((gap) => (value += parseInt(gap, 36))));
  }
  return prefixes.has(parseInt(head, 16));
}
