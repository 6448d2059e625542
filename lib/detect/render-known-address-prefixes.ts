/**
 * Renders `known-address-prefixes.generated.ts` from the registry (`npm run generate` writes it). The file holds
 * data only: the page-side check that reads it is `known-address-prefix.ts`.
 */
import { knownAddressPrefixes } from './known-addresses';

export function renderKnownAddressPrefixes(): string {
  return `// Generated from lib/protocols by \`npm run generate\` (lib/detect/render-known-address-prefixes.ts); do not edit.
// Lowercase 10-char prefixes of registered restaking/lending contracts and LRT tokens, for the in-page check.
export const KNOWN_ADDRESS_PREFIXES = '${knownAddressPrefixes().join(' ')}';
`;
}
