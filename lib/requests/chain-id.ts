/**
 * A chain id as wallets and dApps send it: a number, a hex quantity (`"0xa"`: what `eth_chainId` returns, EIP-695,
 * and what EIP-1193 `chainChanged` carries) or a bare decimal string (`"10"`). A bare string is decimal, as
 * wagmi's `normalizeChainId` and ethers' `getBigInt` read it; only a `0x` prefix makes it hex. Reading `"10"` as
 * hex would judge an Optimism request as one on chain 16.
 */
const HEX = /^0x[0-9a-fA-F]{1,16}$/;
const DECIMAL = /^[0-9]{1,16}$/;

/** The chain id, or null when `value` is missing or not a positive safe integer in one of those forms. */
export function readChainId(value: unknown): number | null {
  let id: number;
  if (typeof value === 'number') id = value;
  else if (typeof value === 'string' && (HEX.test(value) || DECIMAL.test(value))) id = Number(value);
  else return null;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
