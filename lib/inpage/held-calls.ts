/**
 * Which calls are held, and how a held call is read: its method, its params as snapshotted, and its content as one
 * canonical string (the key a one-shot approval is bound to; null when it cannot be read).
 */
import { canonical } from './canonical';
import { createObject, hasOwn, isArray } from './safe-globals';

/**
 * Held while assessed: they move funds or sign something that can (EIP-5792 batches, EIP-712 permits, a signed
 * transaction someone else broadcasts, a raw hash), each with the method the extension assesses it as.
 * `wallet_sendTransaction` is the wallet-namespace alias some wallets accept and viem tries when
 * `eth_sendTransaction` is refused; the wallet still gets the page's own method name.
 */
export const HELD: Record<string, string> = createObject(null);
HELD.eth_sendTransaction = HELD.wallet_sendTransaction = 'eth_sendTransaction';
HELD.eth_signTransaction = 'eth_signTransaction';
HELD.wallet_sendCalls = 'wallet_sendCalls';
HELD.eth_sign = 'eth_sign';
HELD.eth_signTypedData = 'eth_signTypedData';
HELD.eth_signTypedData_v3 = 'eth_signTypedData_v3';
HELD.eth_signTypedData_v4 = 'eth_signTypedData_v4';

/** One held call: the page's method, its params as snapshotted, and its content as one string (null: unreadable). */
export type Call = { method: string; params: unknown; key: string | null };
export type Via = 'request' | 'send' | 'sendAsync';

/** Reads one held call from a snapshot; null when it is not a held method. */
export function heldCall(payload: unknown): Call | null {
  if (typeof payload !== 'object' || payload === null || isArray(payload)) return null;
  const p = payload as Record<string, unknown>;
  const method = hasOwn(p, 'method') ? p.method : undefined;
  if (typeof method !== 'string' || !hasOwn(HELD, method)) return null;
  const params = hasOwn(p, 'params') ? p.params : undefined;
  const content = canonical(params);
  return { method, params, key: content === null ? null : method + '\n' + content };
}
export function heldCalls(value: unknown): Call[] {
  const batch = isArray(value) ? (value as unknown[]) : [value];
  const calls: Call[] = [];
  for (let i = 0; i < batch.length; i++) {
    const call = heldCall(batch[i]);
    if (call) calls[calls.length] = call;
  }
  return calls;
}

