/**
 * The calls that give someone an allowance, by selector, and which argument word names the spender. The decoder
 * (lib/detect/detect-call.ts) and the content script's quick look (lib/messaging/hold-controller.ts) read them here.
 */
const SELECTORS = {
  approve: { selector: '0x095ea7b3', spenderWord: 0 },
  increaseAllowance: { selector: '0x39509351', spenderWord: 0 },
  permit: { selector: '0xd505accf', spenderWord: 1 },
  permit2Approve: { selector: '0x87517c45', spenderWord: 1 },
} as const;
/** Their signatures, apart: the content script's quick look needs only the selectors, and carries only those. */
const SIGNATURES: Record<keyof typeof SELECTORS, string> = {
  approve: 'approve(address,uint256)',
  increaseAllowance: 'increaseAllowance(address,uint256)',
  /** EIP-2612: https://eips.ethereum.org/EIPS/eip-2612 */
  permit: 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)',
  /** Uniswap Permit2 `approve(token, spender, amount, expiration)`: https://github.com/Uniswap/permit2 */
  permit2Approve: 'approve(address,address,uint160,uint48)',
};
const withSignature = <K extends keyof typeof SELECTORS>(name: K) => ({ ...SELECTORS[name], signature: SIGNATURES[name] });
export const ALLOWANCE_CALLS = {
  approve: /* @__PURE__ */ withSignature('approve'),
  increaseAllowance: /* @__PURE__ */ withSignature('increaseAllowance'),
  permit: /* @__PURE__ */ withSignature('permit'),
  permit2Approve: /* @__PURE__ */ withSignature('permit2Approve'),
};

/** The spender's address word (not checked for a clean address: the reader does) of an allowance call, or null. */
export function spenderOf(data: string): string | null {
  const selector = data.slice(0, 10).toLowerCase();
  // Four entries, looked through on each call: nothing is built when the content script loads on a page.
  const call = Object.values(SELECTORS).find((c) => c.selector === selector);
  if (!call) return null;
  const end = 10 + (call.spenderWord + 1) * 64;
  return data.length < end ? null : `0x${data.slice(end - 40, end)}`;
}
