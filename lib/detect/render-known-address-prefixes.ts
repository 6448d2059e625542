/**
 * Renders `known-address-prefixes.generated.ts` from the registry (`npm run generate` writes it). The file holds
 * data only: the page-side check that reads it is `known-address-prefix.ts`.
 */
import { knownAddressPrefixes } from './known-addresses';

export function renderKnownAddressPrefixes(): string {
  return `// Generated from lib/protocols by \`npm run generate\` (lib/detect/render-known-address-prefixes.ts); do not edit.
// The first hex digits (after 0x, lowercase, run together) of registered restaking/lending contracts and LRT tokens,
// for the in-page check (known-address-prefix.ts).
export const KNOWN_ADDRESS_PREFIXES = '${knownAddressPrefixes().join('')}';
`;
}
