/**
 * Renders `known-address-prefixes.generated.ts` from the registry (`npm run generate` writes it). The file holds
 * data only: the page-side check that reads it is `known-address-prefix.ts`.
 */
import { knownAddressPrefixes } from './known-addresses';

export function renderKnownAddressPrefixes(): string {
  return `// Generated from lib/protocols by \`npm run generate\` (lib/detect/render-known-address-prefixes.ts); do not edit.
// The first hex digits (after 0x) of registered restaking/lending contracts and LRT tokens, for the in-page check
// (known-address-prefix.ts): their values in order, each as its distance from the one before, in base 36.
export const KNOWN_ADDRESS_PREFIXES = '${gaps(knownAddressPrefixes())}';
`;
}

/** Sorted hex prefixes as base-36 gaps between their values: about a third smaller gzipped than the hex run. */
export function gaps(hexPrefixes: readonly string[]): string {
  let previous = 0;
  return hexPrefixes
    .map((hex) => {
      const value = parseInt(hex, 16);
      const gap = value - previous;
      previous = value;
      return gap.toString(36);
    })
    .join(',');
}
