/**
 * Address lists for the page-side fallback check, which must stay small (it is bundled into every page):
 * a prefix match there only decides whether to ask the background for a full `detect`.
 */
import { addressKey, getContract, listContracts, listTokens } from '../protocols/registry';
import { KNOWN_PREFIX_DIGITS } from './known-address-prefix';

/**
 * Unique lowercase prefixes (the first `digits` hex digits after `0x`) of every registered restaking or lending
 * contract and of every LRT token contract, on any chain. Five digits (20 bits) over ~250 addresses: about one random
 * address in 4,000 matches one by chance, and a match only holds the request behind a "Not checked" warning while
 * the worker cannot answer (a miss would let it through unwarned then); the list is bundled into every page.
 */
export function knownAddressPrefixes(digits = KNOWN_PREFIX_DIGITS): string[] {
  const addresses = [
    ...listContracts().map((c) => c.deployment.address),
    ...listTokens()
      .filter((t) => t.token.kind === 'lrt')
      .map((t) => t.deployment.address),
  ];
  return [...new Set(addresses.map((a) => a.toLowerCase().slice(2, 2 + digits)))].sort();
}

/** Is this a registered restaking or lending contract on this chain? */
export function isRegisteredContract(chainId: number, address: string): boolean {
  return getContract(chainId, address) !== undefined;
}

