// Generated from lib/protocols by lib/detect/write-known-address-prefixes.ts; do not edit.
// Lowercase 10-char prefixes of registered restaking/lending contracts and LRT tokens, for the in-page check.
const PREFIXES = new Set('0x01f0a316 0x03667638 0x04c0599a 0x05573300 0x057297e4 0x09db87a5 0x0aa97c28 0x0bc9bc81 0x11fcfe75 0x135dda56 0x1558959f 0x18f313fc 0x1bc71130 0x1bf74c01 0x23da5f2d 0x2416092f 0x24db6717 0x29108831 0x29e85726 0x30770d7e 0x308861a4 0x30d91df5 0x31071827 0x32bd822d 0x3436e0b8 0x352a3144 0x35751007 0x35e7d6fe 0x35ec69a7 0x35fa1647 0x376a7564 0x37d6382b 0x39053d51 0x4186bfc7 0x41b300f5 0x41e60cf9 0x46199caa 0x49446a08 0x4aa799c5 0x4d757204 0x4e033931 0x52c4221c 0x58749c46 0x5a4a503f 0x5a7facb9 0x5efc9d10 0x62de59c0 0x64274835 0x65421ba9 0x6807dc92 0x68a9ec5b 0x6be2425c 0x74a09653 0x750cf0fd 0x7750d328 0x78469728 0x78e30497 0x794a6135 0x7d5706f6 0x823106e7 0x85864637 0x867837a9 0x87870bca 0x87905427 0x87eee96d 0x8a053350 0x91e677b0 0x948a420b 0x95a74314 0x98083e22 0x9a1722b1 0x9e72155d 0x9ffdf407 0xa1290d69 0xa238dd80 0xa25b2554 0xa4415148 0xa939c02d 0xaaa687e2 0xacc1fb45 0xb80deaec 0xbbbbbbbb 0xbdf612e6 0xbf5495ef 0xc1fa6e2e 0xc38e046d 0xc47b8c00 0xc4d46e84 0xca276450 0xcd144241 0xcd5fe23c 0xcfc6d9bd 0xd0572803 0xd09124e8 0xd2671165 0xd4169e04 0xd58f6844 0xd7d2802f 0xd9a44285 0xdadef1ff 0xdda04831 0xdfb5f6ce 0xe119d214 0xe46a5e19 0xe7903b1f 0xedfa2360 0xee45e76d 0xf073bac2 0xf2548465 0xfae103dc 0xfbfe6b9c'.split(' '));

/** True when `address` may be a registered contract: ask the background for a full detect. */
export function hasKnownAddressPrefix(address: string): boolean {
  return typeof address === 'string' && PREFIXES.has(address.slice(0, 10).toLowerCase());
}

/** Argument word (0-based) holding the spender, by allowance selector: approve, increaseAllowance, EIP-2612 permit, Permit2 approve. */
const SPENDER_WORD: Record<string, number> = { '0x095ea7b3': 0, '0x39509351': 0, '0xd505accf': 1, '0x87517c45': 1 };

/** True when a call goes to, or gives an allowance to, a possibly registered contract. */
export function mayConcernRestaking(to: unknown, data: unknown): boolean {
  if (typeof to === 'string' && hasKnownAddressPrefix(to)) return true;
  if (typeof data !== 'string') return false;
  const word = SPENDER_WORD[data.slice(0, 10).toLowerCase()];
  return word !== undefined && hasKnownAddressPrefix(`0x${data.slice(34 + word * 64, 42 + word * 64)}`);
}
