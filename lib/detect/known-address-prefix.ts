/**
 * A cheap first look, small enough for the content script (which does not load the registry): may `address` be a
 * registered contract? A match means "ask the background for a full detect", not "known".
 */
import { KNOWN_ADDRESS_PREFIXES } from './known-address-prefixes.generated';

// Built on first use: the page bridge that carries this check runs on every page, and almost none ever asks.
let prefixes: Set<string> | null = null;

export function hasKnownAddressPrefix(address: string): boolean {
  return typeof address === 'string' && (prefixes ??= new Set(KNOWN_ADDRESS_PREFIXES.split(' '))).has(address.slice(0, 10).toLowerCase());
}
