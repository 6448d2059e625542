/**
 * Off-chain signatures: a Safe owner's `SafeTx` (read as the transaction it approves, detect-safe.ts), signed swap
 * orders (CoW, UniswapX, 1inch: detect-orders.ts), permits of a token posing as an LRT, and those that
 * hand a registered contract an allowance: EIP-2612 `Permit` (the token is the domain's
 * verifyingContract) and Permit2 `PermitSingle` / `PermitBatch` / `PermitTransferFrom` / `PermitBatchTransferFrom`
 * and their witness variants (the token is in the message).
 * EIP-2612: https://eips.ethereum.org/EIPS/eip-2612 · Permit2 types: https://github.com/Uniswap/permit2/blob/main/src/libraries/PermitHash.sol
 */
import type { ParsedTypedData } from '../requests/types';
import { approvalIntent } from './approval-intent';
import { PERMIT2 } from './detect-call';
import { detectOrder } from './detect-orders';
import { detectSafeTx } from './detect-safe';
import { impostorPermit } from './impostor-intent';
import type { Intent } from './intent';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const MAX_ITEMS = 64;

function asAddress(value: unknown): string | null {
  return typeof value === 'string' && ADDRESS.test(value) ? value.toLowerCase() : null;
}

/** uint values in typed data arrive as decimal strings, hex strings or numbers. */
function asUint(value: unknown): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : null;
  if (typeof value === 'string' && value.length <= 80 && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(value)) return BigInt(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Name(type name,…)` as EIP-712 encodes the primary type, when the request lists it. */
function typeSignature(typedData: ParsedTypedData): string {
  const fields = typedData.types[typedData.primaryType];
  return fields ? `${typedData.primaryType}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})` : typedData.primaryType;
}

export function detectTypedData(chainId: number, typedData: ParsedTypedData): Intent[] {
  const safeTx = detectSafeTx(chainId, typedData);
  if (safeTx) return safeTx;
  const order = detectOrder(chainId, typedData);
  if (order) return order;
  const { message, domain } = typedData;
  const spender = asAddress(message.spender);
  if (!spender) return [];
  const fn = typeSignature(typedData);
  const isPermit2 = domain.verifyingContract === PERMIT2 || domain.name === 'Permit2';
  const intents: Intent[] = [];
  if (isPermit2) {
    // PermitSingle/PermitBatch carry `details`; the transfer variants carry `permitted`.
    const items = message.details ?? message.permitted;
    const list = Array.isArray(items) ? items.slice(0, MAX_ITEMS) : [items];
    for (const item of list) {
      if (!isRecord(item)) continue;
      const token = asAddress(item.token);
      if (!token) continue;
      const intent = approvalIntent(chainId, spender, token, asUint(item.amount), 'permit', fn, true);
      if (intent) intents.push(intent);
    }
    return intents;
  }
  const token = domain.verifyingContract;
  if (!token) return [];
  const impostor = impostorPermit(chainId, typedData, spender, fn);
  if (impostor) return [impostor];
  // DAI-style permits say `allowed: true` instead of an amount: that is an unlimited allowance.
  const amount = message.allowed === true ? (1n << 256n) - 1n : asUint(message.value);
  const intent = approvalIntent(chainId, spender, token, amount, 'permit', fn);
  return intent ? [intent] : [];
}
