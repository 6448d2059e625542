/**
 * The calls that give someone an allowance, by selector, and which argument word names the spender. The decoder
 * (lib/detect/detect-call.ts) and the content script's quick look (lib/messaging/hold-controller.ts) read them here.
 */
export const ALLOWANCE_CALLS = {
  approve: { selector: '0x095ea7b3', signature: 'approve(address,uint256)', spenderWord: 0 },
  increaseAllowance: { selector: '0x39509351', signature: 'increaseAllowance(address,uint256)', spenderWord: 0 },
  /** EIP-2612: https://eips.ethereum.org/EIPS/eip-2612 */
  permit: { selector: '0xd505accf', signature: 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)', spenderWord: 1 },
  /** Uniswap Permit2 `approve(token, spender, amount, expiration)`: https://github.com/Uniswap/permit2 */
  permit2Approve: { selector: '0x87517c45', signature: 'approve(address,address,uint160,uint48)', spenderWord: 1 },
} as const;

const BY_SELECTOR = new Map<string, number>(Object.values(ALLOWANCE_CALLS).map((c) => [c.selector, c.spenderWord]));

/** The spender's address word (not checked for a clean address: the reader does) of an allowance call, or null. */
export function spenderOf(data: string): string | null {
  const word = BY_SELECTOR.get(data.slice(0, 10).toLowerCase());
  if (word === undefined) return null;
  const end = 10 + (word + 1) * 64;
  return data.length < end ? null : `0x${data.slice(end - 40, end)}`;
}
