/**
 * The bodies of the wrapped entry points (`request`, `send`, `sendAsync`, `_rpcRequest`): each snapshots what the
 * page passed, passes anything not held straight to the wallet's own function, and sends a held call through one
 * path (`hold`) that either hands the same snapshot to the wallet with a one-shot grant or answers the page with a
 * refusal shaped like the wallet's own: as a rejected promise, or through the legacy callback.
 */
import type { Decide, Stop } from './hold-queue';
import { heldCall, heldCalls, type Call, type Via } from './held-calls';
import { errorAloneInCallback, learnRejection, uncheckedError, walletRejection } from './rejection';
import { PromiseCtor, apply, hasOwn, isArray, snapshot, whenSettled } from './safe-globals';

const BUSY = ' (LRT Advisor: too many requests from this page are waiting for your decision)';
/** Entry points into a wallet: MetaMask's `request`, `send`, `sendAsync` and `requestBatch` all end in `_rpcRequest`. */
export const METHODS = ['request', 'send', 'sendAsync', '_rpcRequest'];

/** The error the page gets for a call that does not go to the wallet, shaped like the wallet's own. */
const refusal = (provider: object, method: string, why: Stop, reason?: string): unknown =>
  why === 'unchecked'
    ? uncheckedError(reason ?? 'unknown reason')
    : walletRejection(provider, method, why === 'busy' ? 'too many requests waiting' : 'cancelled in LRT Advisor', why === 'busy' ? BUSY : '');

const rejected = (error: unknown): Promise<never> => new PromiseCtor((_, reject) => reject(error));
const uncopied = () => uncheckedError('the request could not be copied');
const objectOr = (self: unknown, fallback: object): object => (typeof self === 'object' && self !== null ? self : fallback);

/** One wrapped call: the wallet's function, what it is called on and with (the snapshot), and where it came from. */
interface Sent {
  original: Function;
  self: unknown;
  args: unknown[];
  calls: Call[];
  via: Via;
  wallet: string;
  provider: object;
  ask: unknown;
}

/** A JSON-RPC error response for each payload of a legacy callback. */
function responses(value: unknown, error: { code: unknown; message: unknown; data: unknown }): unknown {
  const answer = (one: unknown) => ({
    id: typeof one === 'object' && one !== null && hasOwn(one, 'id') ? (one as { id: unknown }).id : null,
    jsonrpc: '2.0',
    error: { code: error.code, message: error.message, data: error.data },
  });
  if (!isArray(value)) return answer(value);
  const list: unknown[] = [];
  for (let i = 0; i < (value as unknown[]).length; i++) list[i] = answer((value as unknown[])[i]);
  return list;
}

export function createEntryPoints(
  decide: Decide,
  pass: (calls: Call[], fn: Function, self: unknown, args: unknown[]) => unknown,
  /** Passes on the accounts a wallet's own answer names (report-accounts.ts); returns the result untouched. */
  reportAccounts: (payload: unknown, result: unknown) => unknown,
) {
  /**
   * The one path of a held call: to the wallet with a grant (`go` gets what it returned; `thrown`, what it threw), or
   * refused (`fail`).
   */
  function hold(s: Sent, go: (result: unknown) => void, fail: (error: unknown) => void, thrown: (error: unknown) => void): void {
    decide(s.calls, s.via, s.wallet, s.provider, s.ask, {
      go: () => {
        let result: unknown;
        try {
          result = pass(s.calls, s.original, s.self, s.args);
        } catch (error) {
          return thrown(error);
        }
        go(result);
      },
      stop: (why: Stop, reason?: string) => fail(refusal(s.provider, s.calls[0]!.method, why, reason)),
    });
  }

  /** A held call answered by a promise: `request`, and the promise forms of `send`. */
  const promised = (s: Sent): Promise<unknown> =>
    new PromiseCtor((resolve, reject) =>
      hold(
        s,
        (result) => {
          // The wallet's own rejection teaches the shape a Cancel must have on this page.
          whenSettled(result, () => undefined, (error) => learnRejection(s.provider, s.calls[0]!.method, error));
          resolve(result);
        },
        reject,
        reject,
      ),
    );

  const requestBody =
    (original: Function, wallet: string, owner: object, ask: unknown) =>
    (self: unknown, args: unknown[]): unknown => {
      // The wallet gets the same snapshot we judged, held or not: no second read of page getters.
      const snap = snapshot(args[0]);
      if (!snap.ok) return rejected(uncopied());
      // An array is not a request MetaMask accepts, but a lenient wallet might take it as a batch: judged as one.
      const calls = heldCalls(snap.value);
      if (calls.length === 0) return reportAccounts(snap.value, apply(original, self, [snap.value]));
      return promised({ original, self, args: [snap.value], calls, via: 'request', wallet, provider: objectOr(self, owner), ask });
    };

  const callbackBody =
    (original: Function, via: Via, wallet: string, owner: object, ask: unknown) =>
    (self: unknown, args: unknown[]): unknown => {
      const provider = objectOr(self, owner);
      const payload = args[0];
      const callback = args[1];
      const sent = (a: unknown[], calls: Call[]): Sent => ({ original, self, args: a, calls, via, wallet, provider, ask });
      // send(method, params) is the promise form of the legacy API.
      if (via === 'send' && typeof payload === 'string') {
        const snap = snapshot(callback);
        if (!snap.ok) return rejected(uncopied());
        const call = heldCall({ method: payload, params: snap.value });
        return call ? promised(sent([payload, snap.value], [call])) : apply(original, self, [payload, snap.value]);
      }
      const snap = snapshot(payload);
      if (typeof callback !== 'function') {
        // A synchronous legacy form, or a wallet's own: passed as is, unless it carries a held method.
        if (!snap.ok) throw uncopied();
        const calls = heldCalls(snap.value);
        return calls.length === 0 ? apply(original, self, args) : promised(sent([snap.value], calls));
      }
      if (!snap.ok) return void apply(callback, undefined, [uncopied(), undefined]);
      const calls = heldCalls(snap.value);
      if (calls.length === 0) return apply(original, self, [snap.value, callback]);
      let out: unknown;
      hold(
        sent([snap.value, callback], calls),
        (result) => void (out = result),
        // Called back the way this wallet calls back its own failures (Frame: the error alone).
        (error) => apply(callback, undefined, errorAloneInCallback(provider) ? [error] : [error, responses(snap.value, error as never)]),
        (error) => {
          throw error;
        },
      );
      return out;
    };

  return (name: string, original: Function, wallet: string, owner: object, ask: unknown) =>
    name === 'request' ? requestBody(original, wallet, owner, ask) : callbackBody(original, name === 'send' ? 'send' : 'sendAsync', wallet, owner, ask);
}
