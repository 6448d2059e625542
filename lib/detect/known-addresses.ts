/**
 * Address lists for the page-side fallback check, which must stay small (it is bundled into every page):
 * a prefix match there only decides whether to ask the background for a full `detect`.
 */
import { addressKey, getContract, listContracts, listTokens } from '../protocols/registry';

/**
 * Unique lowercase prefixes (`0x` + `length - 2` hex digits) of every registered restaking or lending contract and
 * of every LRT token contract, on any chain. 10 chars (32 bits) keep false matches rare across ~150 addresses.
 */
export function knownAddressPrefixes(length = 10): string[] {
  const addresses = [
    ...listContracts().map((c) => c.deployment.address),
    ...listTokens()
      .filter((t) => t.token.kind === 'lrt')
      .map((t) => t.deployment.address),
  ];
  return [...new Set(addresses.map((a) => a.toLowerCase().slice(0, length)))].sort();
}

/** Is this a registered restaking or lending contract on this chain? */
export function isRegisteredContract(chainId: number, address: string): boolean {
  return getContract(chainId, address) !== undefined;
}

