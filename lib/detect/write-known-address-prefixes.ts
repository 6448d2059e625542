/**
 * Regenerates `known-address-prefixes.generated.ts` from the registry:
 *   node --import tsx lib/detect/write-known-address-prefixes.ts
 * The known-addresses test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { knownAddressPrefixes } from './known-addresses';

export function renderKnownAddressPrefixes(): string {
  return `// Generated from lib/protocols by lib/detect/write-known-address-prefixes.ts; do not edit.
// Lowercase 10-char prefixes of registered restaking/lending contracts and LRT tokens, for the in-page check.
// Built on first use: the page bridge that carries this check runs on every page, and almost none ever asks.
const LIST = '${knownAddressPrefixes().join(' ')}';
let prefixes: Set<string> | null = null;

/** True when \`address\` may be a registered contract: ask the background for a full detect. */
export function hasKnownAddressPrefix(address: string): boolean {
  return typeof address === 'string' && (prefixes ??= new Set(LIST.split(' '))).has(address.slice(0, 10).toLowerCase());
}

/** Argument word (0-based) holding the spender, by allowance selector: approve, increaseAllowance, EIP-2612 permit, Permit2 approve. */
const SPENDER_WORD: Record<string, number> = { '0x095ea7b3': 0, '0x39509351': 0, '0xd505accf': 1, '0x87517c45': 1 };

/** True when a call goes to, or gives an allowance to, a possibly registered contract. */
export function mayConcernRestaking(to: unknown, data: unknown): boolean {
  if (typeof to === 'string' && hasKnownAddressPrefix(to)) return true;
  if (typeof data !== 'string') return false;
  const word = SPENDER_WORD[data.slice(0, 10).toLowerCase()];
  return word !== undefined && hasKnownAddressPrefix(\`0x\${data.slice(34 + word * 64, 42 + word * 64)}\`);
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('./known-address-prefixes.generated.ts', import.meta.url), renderKnownAddressPrefixes());
}
