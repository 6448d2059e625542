/**
 * What the page gets when a held request does not go to the wallet: the wallet's own user rejection, so every
 * library reads it as one (ethers v5 maps only `/user denied/i` to ACTION_REJECTED; web3.js wraps a plain object and
 * passes an `Error` through; viem reads `code`). In order of trust:
 * 1. the shape of a 4001 this wallet itself returned earlier on this page (plain object or Error, its message);
 * 2. the wallet's flags: MetaMask's in-page provider (`@metamask/providers`) rejects with the plain object its
 *    background serialised — "MetaMask Tx Signature: User denied transaction signature." for transactions
 *    (`@metamask/transaction-controller`), "User rejected the request." otherwise (`@metamask/rpc-errors`); Frame's
 *    `ethereum-provider` rejects with the plain `payload.error` it received;
 * 3. EIP-1193's shape: an Error with code 4001 and "User rejected the request.".
 * `data` always says that LRT Advisor stopped it, and why.
 */
import { ErrorCtor, createWeakMap, defineProperty, getOwnPropertyDescriptor, hasOwn, isError } from './safe-globals';

export const USER_REJECTED = 4001;
const STANDARD = 'User rejected the request.';
const METAMASK_TX = 'MetaMask Tx Signature: User denied transaction signature.';
const TX: Record<string, 1> = { __proto__: null, eth_sendTransaction: 1, wallet_sendTransaction: 1, eth_signTransaction: 1 } as never;

type Shape = { plain: boolean; tx: string | null; other: string | null };
const learned = createWeakMap<Shape>();

const flag = (provider: object, name: string): boolean => {
  try {
    const d = getOwnPropertyDescriptor(provider, name);
    return !!d && hasOwn(d, 'value') && d.value === true;
  } catch {
    return false;
  }
};

/** Remembers the shape of the wallet's own 4001 (seen on a request it passed on). */
export function learnRejection(provider: object, method: string, error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  const code = getOwnPropertyDescriptor(error, 'code');
  const message = getOwnPropertyDescriptor(error, 'message');
  if (!code || code.value !== USER_REJECTED || !message || typeof message.value !== 'string') return;
  const shape = learned.get(provider) ?? { plain: false, tx: null, other: null };
  shape.plain = !isError(error);
  if (TX[method]) shape.tx = message.value;
  else shape.other = message.value;
  learned.set(provider, shape);
}

/**
 * The rejection for `method` on `provider`. `why` goes into `data`; `extra` is appended to the message when the page
 * must read more than "rejected" (a flood turned away).
 */
export function walletRejection(provider: object, method: string, why: string, extra = ''): unknown {
  const shape = learned.get(provider);
  const metamask = flag(provider, 'isMetaMask');
  const tx = !!TX[method];
  const message = (shape && (tx ? shape.tx : shape.other)) || (metamask && tx ? METAMASK_TX : STANDARD);
  return refusal(shape ? shape.plain : metamask || flag(provider, 'isFrame'), USER_REJECTED, message + extra, why);
}

/**
 * How a failed legacy `sendAsync` calls back on this wallet: Frame's `ethereum-provider` passes its error alone
 * (`callback(e)`, for one payload and for a batch); MetaMask, and EIP-1193's legacy shape, pass a JSON-RPC response too.
 */
export const errorAloneInCallback = (provider: object): boolean => flag(provider, 'isFrame') && !flag(provider, 'isMetaMask');

/**
 * A request the hook cannot judge is never handed over silently: it fails with this, an EIP-1193 internal error
 * (-32603) whose message says so and whose `data.reason` says why.
 */
export const uncheckedError = (reason: string): unknown =>
  refusal(false, -32603, 'LRT Advisor could not check this request (' + reason + '), so it was not sent to your wallet.', reason);

function refusal(plain: boolean, code: number, message: string, reason: string): unknown {
  const data = { source: 'LRT Advisor', reason };
  if (plain) return { code, message, data };
  const error = new ErrorCtor(message);
  const own = (key: string, value: unknown) => defineProperty(error, key, { value, enumerable: true, writable: true, configurable: true });
  own('code', code);
  own('data', data);
  return error;
}
