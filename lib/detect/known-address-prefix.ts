/**
 * A cheap first look, small enough for the content script (which does not load the registry): may `address` be a
 * registered contract? A match means "ask the background for a full detect", not "known".
 */
import { KNOWN_ADDRESS_PREFIXES } from './known-address-prefixes.generated';

const PREFIXES = new Set(KNOWN_ADDRESS_PREFIXES.split(' '));

export function hasKnownAddressPrefix(address: string): boolean {
  return typeof address === 'string' && PREFIXES.has(address.slice(0, 10).toLowerCase());
}
