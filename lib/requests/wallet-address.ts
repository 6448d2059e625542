/**
 * An address as a wallet reads it. MetaMask normalises a transaction's `to` with `addHexPrefix(to).toLowerCase()`
 * before it checks it (`0X…` and a bare 40-digit hex both become `0x…`) and sends to that contract: detection must
 * read the same address, or a deposit written `0X308861…` goes unrecognised while the wallet sends it to ether.fi.
 * Lowercase; null when no wallet would take it as an address.
 */
export function walletAddress(value: unknown): `0x${string}` | null {
  if (typeof value !== 'string') return null;
  const hex = value.startsWith('0x') || value.startsWith('0X') ? value.slice(2) : value;
  return /^[0-9a-fA-F]{40}$/.test(hex) ? (`0x${hex.toLowerCase()}` as const) : null;
}
