/**
 * The page-world wallet hook. It wraps `request`, `send`, `sendAsync` (and MetaMask's `_rpcRequest`, which its
 * `request`, `send`, `sendAsync` and `_metamask.requestBatch` all end in) of every provider it can find
 * (window.ethereum, window.ethereum.providers[], EIP-6963 announcements), on the provider and on the prototype the
 * wallet defined them on, and holds the signing/sending methods while the extension assesses them. Everything else
 * passes straight through to the wallet's own function. No dependencies: this runs on every page at document_start.
 * Threat model: `lib/messaging/page-bridge.ts` and the README's "What it guards against".
 */
import type { Decision, PageToExtension } from '../messaging/page-bridge';
import { canonical } from './canonical';
import { openPageSide } from './page-side';
import { accountsReporter } from './report-accounts';
import { learnRejection, uncheckedError, walletRejection } from './rejection';
import {
  AsyncFunctionProto,
  PromiseCtor,
  apply,
  capturedLookNative,
  clearTimer,
  createObject,
  createWeakMap,
  createWeakSet,
  CustomEventCtor,
  EventCtor,
  ObjectProto,
  defineProperty,
  dispatchEvent,
  eventDetail,
  freeze,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  hasOwn,
  isArray,
  now,
  on,
  ownKeys,
  setTimer,
  snapshot,
  sourceOf,
  stopEvent,
  whenSettled,
} from './safe-globals';

/**
 * Held while assessed: they move funds or sign something that can (EIP-5792 batches, EIP-712 permits, a signed
 * transaction someone else broadcasts, a raw hash), each with the method the extension assesses it as.
 * `wallet_sendTransaction` is the wallet-namespace alias some wallets accept and viem tries when
 * `eth_sendTransaction` is refused; the wallet still gets the page's own method name.
 */
const HELD: Record<string, string> = createObject(null);
HELD.eth_sendTransaction = HELD.wallet_sendTransaction = 'eth_sendTransaction';
HELD.eth_signTransaction = 'eth_signTransaction';
HELD.wallet_sendCalls = 'wallet_sendCalls';
HELD.eth_sign = 'eth_sign';
HELD.eth_signTypedData = 'eth_signTypedData';
HELD.eth_signTypedData_v3 = 'eth_signTypedData_v3';
HELD.eth_signTypedData_v4 = 'eth_signTypedData_v4';

/**
 * The extension side acknowledges a hold at once, and decides or shows the warning within its own 4 s. When the
 * page keeps the main thread busy these timers can fire before the answer is read: a timer never releases, it
 * rejects with a clear error (fail-closed).
 */
const ACK_MS = 1500;
const DECIDE_MS = 10_000;
const CHAIN_ID_MS = 400;
/**
 * A flood of held requests (a page sending thousands) must not freeze the page or the extension: at most this
 * many are with the extension at once, the rest wait here in order, and past `MAX_QUEUED` more are rejected at
 * once with a clear error (tests/e2e/attack-scenarios.ts, flood).
 */
const MAX_POSTED = 16;
const MAX_QUEUED = 100;

type Stop = 'cancel' | 'busy' | 'unchecked';
type Settle = { go(): void; stop(why: Stop, reason?: string): void };
type Held = { settle: Settle; timer: number; shown: boolean; message: PageToExtension | null };
/** One held call: the page's method, its params as snapshotted, and its content as one string (null: unreadable). */
type Call = { method: string; params: unknown; key: string | null };
type Via = 'request' | 'send' | 'sendAsync';

const BUSY = ' (LRT Advisor: too many requests from this page are waiting for your decision)';

export function installWalletHook(win: Window & { ethereum?: unknown }): void {
  const held: Record<string, Held> = createObject(null);
  let nextId = 0;
  // A realm a same-origin parent or opener prepared before this script ran cannot be trusted to hold anything.
  const prepared = !capturedLookNative();

  const bridge = openPageSide((message) => {
    if (typeof message !== 'object' || message === null) return;
    const m = message as Record<string, unknown>;
    if (!hasOwn(m, 'k') || !hasOwn(m, 'id')) return;
    const id = m.id;
    if (typeof id !== 'string' || !hasOwn(held, id)) return;
    const entry = held[id]!;
    switch (m.k) {
      case 'ack':
        clearTimer(entry.timer);
        arm(id, DECIDE_MS, 'no decision in time');
        return;
      case 'shown':
        // The person is deciding: no timeout applies any more, and the extension's hands are free for the next.
        clearTimer(entry.timer);
        if (!entry.shown) {
          entry.shown = true;
          posted--;
          pump();
        }
        return;
      case 'release':
      case 'continue':
      case 'cancel':
        finish(id, m.k, m.reason === 'busy' ? 'busy' : m.reason === 'unavailable' ? 'the warning could not be shown' : undefined);
    }
  });

  // Holds waiting to be handed to the extension, oldest first (ids in queue[head..tail)).
  const queue: string[] = [];
  let head = 0;
  let tail = 0;
  let posted = 0;
  function pump(): void {
    while (posted < MAX_POSTED && head < tail) {
      const id = queue[head]!;
      delete queue[head++];
      const entry = held[id];
      if (!entry || !entry.message) continue;
      posted++;
      arm(id, ACK_MS, 'no answer from the extension');
      bridge.post(entry.message);
      entry.message = null;
    }
    if (head === tail) head = tail = 0;
  }

  /**
   * A deadline a busy page cannot trip: a timer that fires late (the page held the main thread, so the extension's
   * answer may be waiting behind it) is set again; only one that fires on time with no answer fails the request.
   */
  function arm(id: string, ms: number, reason: string): void {
    const at = now();
    held[id]!.timer = setTimer(() => (now() - at > ms + 250 ? arm(id, ms, reason) : finish(id, 'fail', reason)), ms);
  }

  function finish(id: string, decision: Decision | 'fail', reason?: string): void {
    const entry = held[id];
    if (!entry) return;
    delete held[id];
    clearTimer(entry.timer);
    load--;
    if (!entry.message && !entry.shown) posted--;
    try {
      if (decision === 'release' || decision === 'continue') entry.settle.go();
      else if (decision === 'fail' || (reason && reason !== 'busy')) entry.settle.stop('unchecked', reason);
      else entry.settle.stop(reason === 'busy' ? 'busy' : 'cancel');
    } catch {
      /* the wallet threw on its way: the page's own callback path, nothing to release */
    }
    pump();
  }

  /** Held requests in the hook: asking the wallet's chain, queued, or with the extension. */
  let load = 0;
  /**
   * The rule for a held call: a content the person already let through is passed once (see `granted`); a call the
   * hook cannot read, or cannot show because the extension side is not there, fails with a clear error; anything
   * else waits for the extension. Never released unseen.
   */
  function decide(calls: Call[], via: Via, wallet: string, provider: object, ask: unknown, settle: Settle): void {
    for (let i = 0; i < calls.length; i++) if (calls[i]!.key === null) return settle.stop('unchecked', 'too large to read');
    if (prepared) return settle.stop('unchecked', 'this frame was changed by another page before LRT Advisor started');
    if (granted(calls)) return settle.go();
    if (!bridge.connected()) return settle.stop('unchecked', 'the extension is not connected to this page');
    // A flood is turned away before it costs the wallet or the extension anything.
    if (load >= MAX_POSTED + MAX_QUEUED) return settle.stop('busy');
    load++;
    const requests: { method: string; params: unknown }[] = [];
    for (let i = 0; i < calls.length; i++) requests[i] = { method: HELD[calls[i]!.method]!, params: calls[i]!.params };
    withChainId(provider, ask, (chainId) => {
      const id = 'h' + ++nextId;
      held[id] = { settle, timer: 0, shown: false, message: { k: 'hold', id, requests, chainId, via, wallet } };
      queue[tail++] = id;
      pump();
    });
  }

  /** The error the page gets for a call that does not go to the wallet, shaped like the wallet's own. */
  const refusal = (provider: object, method: string, why: Stop, reason?: string): unknown =>
    why === 'unchecked'
      ? uncheckedError(reason ?? 'unknown reason')
      : walletRejection(provider, method, why === 'busy' ? 'too many requests waiting' : 'cancelled in LRT Advisor', why === 'busy' ? BUSY : '');

  /** Reads one held call from a snapshot; null when it is not a held method. */
  function heldCall(payload: unknown): Call | null {
    if (typeof payload !== 'object' || payload === null || isArray(payload)) return null;
    const p = payload as Record<string, unknown>;
    const method = hasOwn(p, 'method') ? p.method : undefined;
    if (typeof method !== 'string' || !hasOwn(HELD, method)) return null;
    const params = hasOwn(p, 'params') ? p.params : undefined;
    const content = canonical(params);
    return { method, params, key: content === null ? null : method + '\n' + content };
  }
  function heldCalls(value: unknown): Call[] {
    const batch = isArray(value) ? (value as unknown[]) : [value];
    const calls: Call[] = [];
    for (let i = 0; i < batch.length; i++) {
      const call = heldCall(batch[i]);
      if (call) calls[calls.length] = call;
    }
    return calls;
  }

  /** Asks the wallet which chain it is on, briefly; the transaction's own chainId wins later when present. */
  function withChainId(provider: object, request: unknown, done: (chainId: string | null) => void): void {
    let called = false;
    const once = (v: string | null): void => {
      if (!called) {
        called = true;
        done(v);
      }
    };
    if (typeof request !== 'function') return once(null);
    setTimer(() => once(null), CHAIN_ID_MS);
    try {
      whenSettled(
        apply(request, provider, [{ method: 'eth_chainId' }]),
        (v) => once(typeof v === 'string' ? v : typeof v === 'number' ? '0x' + v.toString(16) : null),
        () => once(null),
      );
    } catch {
      once(null);
    }
  }

  /**
   * Approvals. A decided call goes to the wallet with a one-shot grant for its exact content (method and canonical
   * params), never for an object the page can reach. Wallets often implement one entry point with another
   * (`send` → `this.sendAsync`, `request` → `this._rpcRequest`): the inner call reaches a wrapper again, finds the
   * grant for the same content, consumes it and passes it on to the next layer. Grants end with the task that made
   * them, so a page cannot replay one later, and a different request sent meanwhile (a getter the wallet reads, an
   * event handler) finds no grant for its content and is held.
   */
  const grants: { key: string; live: boolean }[] = [];
  function granted(calls: Call[]): boolean {
    const taken: { live: boolean }[] = [];
    for (let i = 0; i < calls.length; i++) {
      let hit: { live: boolean } | null = null;
      for (let j = 0; j < grants.length && !hit; j++) if (grants[j]!.live && grants[j]!.key === calls[i]!.key) hit = grants[j]!;
      if (!hit) {
        for (let k = 0; k < taken.length; k++) taken[k]!.live = true;
        return false;
      }
      hit.live = false;
      taken[i] = hit;
    }
    return true;
  }
  const pass = (calls: Call[], fn: Function, self: unknown, args: unknown[]): unknown => {
    const mine: { key: string; live: boolean }[] = [];
    for (let i = 0; i < calls.length; i++) grants[grants.length] = mine[i] = { key: calls[i]!.key!, live: true };
    setTimer(() => {
      for (let i = 0; i < mine.length; i++) mine[i]!.live = false;
      let n = 0;
      for (let i = 0; i < grants.length; i++) if (grants[i]!.live) grants[n++] = grants[i]!;
      grants.length = n;
    }, 0);
    return apply(fn, self, args);
  };

  /**
   * A wrapper with the shape of what it wraps: async when the wallet's function is async (web3.js v4 picks its
   * transport from `request.constructor.name`), the same `name` and `length`, and a `toString` that answers the
   * wallet's source.
   */
  function shaped(original: Function, body: (self: unknown, args: unknown[]) => unknown): Function {
    const wrapper =
      getPrototypeOf(original) === AsyncFunctionProto
        ? { async f(this: unknown, ...args: unknown[]) { return await body(this, args); } }.f
        : { f(this: unknown, ...args: unknown[]) { return body(this, args); } }.f;
    try {
      const name = getOwnPropertyDescriptor(original, 'name');
      const length = getOwnPropertyDescriptor(original, 'length');
      if (name && hasOwn(name, 'value')) defineProperty(wrapper, 'name', { value: name.value, configurable: true });
      if (length && hasOwn(length, 'value')) defineProperty(wrapper, 'length', { value: length.value, configurable: true });
      const source = sourceOf(original);
      defineProperty(wrapper, 'toString', { value: { toString: () => source }.toString, writable: true, configurable: true });
    } catch {
      /* a hostile function: keep ours */
    }
    return wrapper;
  }

  const reportAccounts = accountsReporter((message) => bridge.post(message));

  const rejected = (error: unknown): Promise<never> => new PromiseCtor((_, reject) => reject(error));
  const objectOr = (self: unknown, fallback: object): object => (typeof self === 'object' && self !== null ? self : fallback);

  /** A held call answered by a promise: `request`, and the promise forms of `send`. */
  function promised(original: Function, self: unknown, args: unknown[], calls: Call[], via: Via, wallet: string, provider: object, ask: unknown): Promise<unknown> {
    return new PromiseCtor((resolve, reject) =>
      decide(calls, via, wallet, provider, ask, {
        go: () => {
          try {
            const result = pass(calls, original, self, args);
            // The wallet's own rejection teaches the shape a Cancel must have on this page.
            whenSettled(result, () => undefined, (error) => learnRejection(provider, calls[0]!.method, error));
            resolve(result);
          } catch (error) {
            reject(error);
          }
        },
        stop: (why, reason) => reject(refusal(provider, calls[0]!.method, why, reason)),
      }),
    );
  }

  const requestBody =
    (original: Function, wallet: string, owner: object, ask: unknown) =>
    (self: unknown, args: unknown[]): unknown => {
      // The wallet gets the same snapshot we judged, held or not: no second read of page getters.
      const snap = snapshot(args[0]);
      if (!snap.ok) return rejected(uncheckedError('the request could not be copied'));
      // An array is not a request MetaMask accepts, but a lenient wallet might take it as a batch: judged as one.
      const calls = heldCalls(snap.value);
      if (calls.length === 0) return reportAccounts(snap.value, apply(original, self, [snap.value]));
      return promised(original, self, [snap.value], calls, 'request', wallet, objectOr(self, owner), ask);
    };

  const callbackBody =
    (original: Function, via: Via, wallet: string, owner: object, ask: unknown) =>
    (self: unknown, args: unknown[]): unknown => {
      const provider = objectOr(self, owner);
      const payload = args[0];
      const callback = args[1];
      // send(method, params) is the promise form of the legacy API.
      if (via === 'send' && typeof payload === 'string') {
        const snap = snapshot(callback);
        if (!snap.ok) return rejected(uncheckedError('the request could not be copied'));
        const call = heldCall({ method: payload, params: snap.value });
        if (!call) return apply(original, self, [payload, snap.value]);
        return promised(original, self, [payload, snap.value], [call], via, wallet, provider, ask);
      }
      const snap = snapshot(payload);
      if (typeof callback !== 'function') {
        // A synchronous legacy form, or a wallet's own: passed as is, unless it carries a held method.
        if (!snap.ok) throw uncheckedError('the request could not be copied');
        const calls = heldCalls(snap.value);
        if (calls.length === 0) return apply(original, self, args);
        return promised(original, self, [snap.value], calls, via, wallet, provider, ask);
      }
      if (!snap.ok) return void apply(callback, undefined, [uncheckedError('the request could not be copied'), undefined]);
      const calls = heldCalls(snap.value);
      if (calls.length === 0) return apply(original, self, [snap.value, callback]);
      let out: unknown;
      decide(calls, via, wallet, provider, ask, {
        go: () => void (out = pass(calls, original, self, [snap.value, callback])),
        stop: (why, reason) => {
          const error = refusal(provider, calls[0]!.method, why, reason) as { code: unknown; message: unknown; data: unknown };
          const answer = (one: unknown) => ({
            id: typeof one === 'object' && one !== null && hasOwn(one, 'id') ? (one as { id: unknown }).id : null,
            jsonrpc: '2.0',
            error: { code: error.code, message: error.message, data: error.data },
          });
          let response: unknown = answer(snap.value);
          if (isArray(snap.value)) {
            const list: unknown[] = [];
            for (let i = 0; i < (snap.value as unknown[]).length; i++) list[i] = answer((snap.value as unknown[])[i]);
            response = list;
          }
          apply(callback, undefined, [error, response]);
        },
      });
      return out;
    };

  /** Entry points into a wallet: MetaMask's `request`, `send`, `sendAsync` and `requestBatch` all end in `_rpcRequest`. */
  const METHODS = ['request', 'send', 'sendAsync', '_rpcRequest'];
  const bodyFor = (name: string, original: Function, wallet: string, owner: object, ask: unknown) =>
    name === 'request' ? requestBody(original, wallet, owner, ask) : callbackBody(original, name === 'send' ? 'send' : 'sendAsync', wallet, owner, ask);

  /** Replaces `name` on `target` by a shaped wrapper; false when the target refuses (frozen, locked). */
  function wrapOn(target: object, name: string, original: Function, wallet: string, owner: object, ask: unknown): boolean {
    const own = getOwnPropertyDescriptor(target, name);
    try {
      defineProperty(target, name, {
        value: shaped(original, bodyFor(name, original, wallet, owner, ask)),
        writable: true,
        configurable: true,
        enumerable: own ? own.enumerable : false,
      });
      return true;
    } catch {
      return false;
    }
  }

  const wrapped = createWeakSet();
  /** Wallet prototypes already wrapped: a class method called on any instance, or through `.call`, is held too. */
  const wrappedProtos = createWeakSet();
  function wrapProvider(provider: unknown, wallet: string): boolean {
    if (typeof provider !== 'object' || provider === null) return true;
    if (wrapped.has(provider)) return true;
    const p = provider as Record<string, unknown>;
    const found: unknown[] = [];
    try {
      for (let i = 0; i < METHODS.length; i++) found[i] = p[METHODS[i]!];
    } catch {
      return true;
    }
    let ok = true;
    for (let i = 0; i < METHODS.length; i++) {
      const original = found[i];
      if (typeof original === 'function' && !wrapOn(provider, METHODS[i]!, original, wallet, provider, found[0])) ok = false;
    }
    // The wallet's own class: the original methods stay reachable through the prototype chain.
    let proto: unknown = getPrototypeOf(provider);
    for (let depth = 0; depth < 4 && typeof proto === 'object' && proto !== null && proto !== ObjectProto; depth++) {
      if (!wrappedProtos.has(proto)) {
        wrappedProtos.add(proto);
        const ask = getOwnPropertyDescriptor(proto, 'request')?.value;
        for (let i = 0; i < METHODS.length; i++) {
          const d = getOwnPropertyDescriptor(proto, METHODS[i]!);
          if (d && typeof d.value === 'function') wrapOn(proto, METHODS[i]!, d.value, wallet, proto, ask);
        }
      }
      proto = getPrototypeOf(proto);
    }
    if (ok) wrapped.add(provider);

    // Multi-wallet injection (Coinbase-style `ethereum.providers`).
    try {
      const list = p.providers;
      if (isArray(list)) for (let i = 0; i < list.length; i++) wrapProvider(list[i], wallet + '.providers[' + i + ']');
    } catch {
      /* a throwing getter: nothing to wrap */
    }
    return ok;
  }

  /**
   * A frozen provider cannot be patched: the page is handed a frozen stand-in in its place, with the provider's own
   * properties (exact copies: frozen values never change), the provider's prototype (not the provider: its own
   * unwrapped functions must not be one `Object.getPrototypeOf` away), and wrapped entry points that run with the
   * provider as `this`. One stand-in per provider, so every re-announcement and every read of `window.ethereum`
   * gives the page the same object.
   */
  const standIns = createWeakMap<object>();
  function standInFor(provider: unknown, wallet: string): unknown {
    if (typeof provider !== 'object' || provider === null) return provider;
    const known = standIns.get(provider);
    if (known) return known;
    if (wrapProvider(provider, wallet)) return provider;
    const standIn = createObject(getPrototypeOf(provider));
    const bind = (fn: unknown) => (typeof fn === 'function' ? shaped(fn, (_self, args) => apply(fn, provider, args)) : fn);
    const keys = ownKeys(provider);
    for (let i = 0; i < keys.length; i++) {
      const d = getOwnPropertyDescriptor(provider, keys[i]!)!;
      if (hasOwn(d, 'value') && typeof d.value === 'function' && isMethod(keys[i])) {
        d.value = bind(d.value);
        d.writable = d.configurable = true;
      }
      defineProperty(standIn, keys[i]!, d);
    }
    for (let i = 0; i < METHODS.length; i++)
      if (!hasOwn(standIn, METHODS[i]!)) {
        const fn = (provider as Record<string, unknown>)[METHODS[i]!];
        if (typeof fn === 'function') defineProperty(standIn, METHODS[i]!, { value: bind(fn), writable: true, configurable: true });
      }
    if (!wrapProvider(standIn, wallet)) return provider;
    freeze(standIn);
    standIns.set(provider, standIn);
    return standIn;
  }
  const isMethod = (key: unknown): boolean => {
    for (let i = 0; i < METHODS.length; i++) if (METHODS[i] === key) return true;
    return false;
  };

  /**
   * window.ethereum: wrapped now, and whenever a wallet sets it later. The property is only turned into an accessor
   * (so a later assignment is wrapped at once) when a wallet has already defined it: on a page with no wallet,
   * `'ethereum' in window` stays false. A wallet that assigns it later is caught by the checks below.
   */
  const guardWindowEthereum = (): void => {
    const current = getOwnPropertyDescriptor(win, 'ethereum');
    if (!current) return;
    if (!current.configurable || (!hasOwn(current, 'value') && !current.get)) {
      try {
        wrapProvider(win.ethereum, 'window.ethereum');
      } catch {
        /* getter threw */
      }
      return;
    }
    const getter = current.get;
    const setter = current.set;
    let value: unknown = getter ? undefined : standInFor(current.value, 'window.ethereum');
    try {
      defineProperty(win, 'ethereum', {
        configurable: true,
        enumerable: current.enumerable,
        get: getter
          ? () => {
              const v = apply(getter, win, []);
              wrapProvider(v, 'window.ethereum');
              return v;
            }
          : () => value,
        set: (v: unknown) => {
          if (setter) {
            apply(setter, win, [v]);
            wrapProvider(v, 'window.ethereum');
          } else value = standInFor(v, 'window.ethereum');
        },
      });
      if (getter) wrapProvider(apply(getter, win, []), 'window.ethereum');
    } catch {
      /* locked window property: the checks below still wrap what it holds */
    }
  };
  let guarded = false;
  const checkWindowEthereum = (): void => {
    if (!guarded && hasOwn(win, 'ethereum')) {
      guarded = true;
      guardWindowEthereum();
    } else if (guarded) {
      try {
        wrapProvider(win.ethereum, 'window.ethereum');
      } catch {
        /* getter threw */
      }
    }
  };
  checkWindowEthereum();
  // Wallets that inject after us, or define a non-configurable property, are caught by these.
  on(win, 'ethereum#initialized', checkWindowEthereum);
  on(win.document, 'DOMContentLoaded', checkWindowEthereum);
  on(win, 'load', checkWindowEthereum);
  let polls = 0;
  const poll = (): void => {
    checkWindowEthereum();
    if (++polls < 50) setTimer(poll, 100);
  };
  setTimer(poll, 0);

  // EIP-6963: patch each announced provider in place (the event's `detail` is frozen, the provider is not); a
  // frozen provider is announced again as its stand-in, on every announcement (wallets re-announce on each request).
  on(
    win,
    'eip6963:announceProvider',
    (event: Event) => {
      const detail = eventDetail(event) as { info?: { rdns?: unknown; name?: unknown }; provider?: unknown } | null;
      if (!detail || typeof detail !== 'object') return;
      let rdns = 'unknown';
      try {
        const info = detail.info;
        if (info && typeof info.rdns === 'string') rdns = info.rdns;
      } catch {
        /* hostile info */
      }
      const provider = detail.provider;
      const standIn = standInFor(provider, 'eip6963:' + rdns);
      if (standIn === provider) return;
      stopEvent(event);
      dispatchEvent(win, new CustomEventCtor('eip6963:announceProvider', { detail: freeze({ info: detail.info, provider: standIn }) }));
    },
    true,
  );
  // A wallet that injected before this hook announces itself again, and is wrapped before any page script runs.
  dispatchEvent(win, new EventCtor('eip6963:requestProvider'));
}
