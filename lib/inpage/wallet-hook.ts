/**
 * The page-world wallet hook. It wraps `request`, `send` and `sendAsync` of every provider it can
 * find (window.ethereum, window.ethereum.providers[], EIP-6963 announcements) and holds the
 * signing/sending methods while the extension assesses them. Everything else passes straight
 * through to the wallet's own function. No dependencies: this runs on every page at document_start.
 */
import type { Decision, PageToExtension } from '../messaging/page-bridge';
import { openPageSide } from './page-side';
import {
  ErrorCtor,
  PromiseCtor,
  apply,
  clearTimer,
  createObject,
  createWeakMap,
  createWeakSet,
  CustomEventCtor,
  defineProperty,
  dispatchEvent,
  eventDetail,
  freeze,
  getOwnPropertyDescriptor,
  hasOwn,
  isArray,
  on,
  ownKeys,
  setTimer,
  snapshot,
  stopEvent,
  whenSettled,
} from './safe-globals';

/**
 * Held while assessed: they move funds or sign something that can (EIP-5792 batches, EIP-712 permits), each with
 * the method the extension assesses it as. `wallet_sendTransaction` is the wallet-namespace alias some wallets accept
 * and viem tries when `eth_sendTransaction` is refused; the wallet still gets the page's own method name.
 */
const HELD: Record<string, string> = createObject(null);
HELD.eth_sendTransaction = HELD.wallet_sendTransaction = 'eth_sendTransaction';
HELD.wallet_sendCalls = 'wallet_sendCalls';
HELD.eth_signTypedData_v3 = 'eth_signTypedData_v3';
HELD.eth_signTypedData_v4 = 'eth_signTypedData_v4';

/** The extension side acknowledges a hold at once; silence means it is not there. */
const ACK_MS = 1000;
/** From the ack to a decision or a painted warning. The extension's own assessment times out sooner. */
const DECIDE_MS = 10_000;
const CHAIN_ID_MS = 400;
/**
 * A flood of held requests (a page sending thousands) must not freeze the page or the extension: at most this
 * many are with the extension at once, the rest wait here in order, and past `MAX_QUEUED` more are rejected at
 * once with a clear error (tests/e2e/attack-scenarios.ts, flood).
 */
const MAX_POSTED = 16;
const MAX_QUEUED = 100;

type Settle = { go(): void; stop(busy?: boolean): void };
type Held = { settle: Settle; timer: number; shown: boolean; message: PageToExtension | null };

export const USER_REJECTED = 4001;

export function installWalletHook(win: Window & { ethereum?: unknown }): void {
  const held: Record<string, Held> = createObject(null);
  let nextId = 0;

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
        entry.timer = setTimer(() => finish(id, 'release'), DECIDE_MS);
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
        finish(id, m.k, m.reason === 'busy');
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
      entry.timer = setTimer(() => finish(id, 'release'), ACK_MS);
      bridge.post(entry.message);
      entry.message = null;
    }
    if (head === tail) head = tail = 0;
  }

  function finish(id: string, decision: Decision, busy = false): void {
    const entry = held[id];
    if (!entry) return;
    delete held[id];
    clearTimer(entry.timer);
    load--;
    if (!entry.message && !entry.shown) posted--;
    if (decision === 'cancel') entry.settle.stop(busy);
    else entry.settle.go();
    pump();
  }

  /** Held requests in the hook: asking the wallet's chain, queued, or with the extension. */
  let load = 0;
  function hold(
    requests: { method: string; params: unknown }[],
    via: 'request' | 'send' | 'sendAsync',
    wallet: string,
    provider: object,
    request: unknown,
    settle: Settle,
  ): void {
    // A flood is turned away before it costs the wallet or the extension anything.
    if (load >= MAX_POSTED + MAX_QUEUED) return settle.stop(true);
    load++;
    withChainId(provider, request, (chainId) => {
      const id = 'h' + ++nextId;
      held[id] = { settle, timer: 0, shown: false, message: { k: 'hold', id, requests, chainId, via, wallet } };
      queue[tail++] = id;
      pump();
    });
  }

  function rejection(busy?: boolean): Error {
    const error = new ErrorCtor(
      busy
        ? 'LRT Advisor: too many requests from this page are waiting for your decision; this one was rejected before it reached your wallet.'
        : 'LRT Advisor: you cancelled this request before it reached your wallet.',
    );
    defineProperty(error, 'code', { value: USER_REJECTED, enumerable: true });
    return error;
  }

  /** Reads `{method, params}` from a snapshot; null when it is not a held method. */
  function heldCall(payload: unknown): { method: string; params: unknown } | null {
    if (typeof payload !== 'object' || payload === null || isArray(payload)) return null;
    const p = payload as Record<string, unknown>;
    const method = hasOwn(p, 'method') ? p.method : undefined;
    if (typeof method !== 'string' || !hasOwn(HELD, method)) return null;
    return { method: HELD[method]!, params: hasOwn(p, 'params') ? p.params : undefined };
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

  const wrapped = createWeakSet();
  /**
   * A decided request on its way to the wallet. Wallets often implement one entry point with another
   * (`send` → `this.sendAsync`, `sendAsync` → `this.request`): those inner calls reach our wrappers
   * again and must pass, synchronously (`passing`) or later with the same payload (`approved`).
   */
  const approved = createWeakSet();
  let passing = 0;
  const isApproved = (v: unknown): boolean => passing > 0 || (typeof v === 'object' && v !== null && approved.has(v));
  const pass = (fn: Function, self: unknown, args: unknown[]): unknown => {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (typeof a === 'object' && a !== null) approved.add(a);
    }
    passing++;
    try {
      return apply(fn, self, args);
    } finally {
      passing--;
    }
  };

  function wrapProvider(provider: unknown, wallet: string): boolean {
    if (typeof provider !== 'object' || provider === null) return true;
    if (wrapped.has(provider)) return true;
    const p = provider as Record<string, unknown>;
    let request: unknown, send: unknown, sendAsync: unknown;
    try {
      request = p.request;
      send = p.send;
      sendAsync = p.sendAsync;
    } catch {
      return true;
    }
    let ok = true;
    const install = (name: string, original: unknown, make: (fn: Function) => Function): void => {
      if (typeof original !== 'function') return;
      const own = getOwnPropertyDescriptor(provider, name);
      const wrapper = make(original);
      try {
        // The wallet's own function name (conformance: pages and libraries may read it).
        defineProperty(wrapper, 'name', { value: original.name, configurable: true });
      } catch {
        /* a hostile name getter: keep ours */
      }
      try {
        defineProperty(provider, name, {
          value: wrapper,
          writable: true,
          configurable: true,
          enumerable: own ? own.enumerable : false,
        });
      } catch {
        ok = false; // frozen or locked provider
      }
    };

    install('request', request, (original) =>
      function request(this: unknown, args: unknown) {
        if (isApproved(args)) return apply(original, this, arguments);
        // The wallet gets the same snapshot we judged, held or not: no second read of page getters.
        const snap = snapshot(args);
        if (!snap.ok) return apply(original, this, arguments);
        const call = heldCall(snap.value);
        if (!call || !bridge.connected()) return apply(original, this, [snap.value]);
        const self = this;
        return new PromiseCtor((resolve, reject) => {
          hold([call], 'request', wallet, provider, original, {
            go: () => {
              try {
                resolve(pass(original, self, [snap.value]));
              } catch (error) {
                reject(error);
              }
            },
            stop: (busy) => reject(rejection(busy)),
          });
        });
      },
    );

    const callbackStyle = (original: Function, via: 'send' | 'sendAsync') =>
      function (this: unknown, payload: unknown, callback: unknown) {
        if (isApproved(payload) || (typeof payload === 'string' && isApproved(callback))) return apply(original, this, arguments);
        // send(method, params) is the promise form of the legacy API.
        if (via === 'send' && typeof payload === 'string') {
          const snap = snapshot(callback);
          if (!snap.ok) return apply(original, this, arguments);
          const call = heldCall({ method: payload, params: snap.value });
          if (!call || !bridge.connected()) return apply(original, this, [payload, snap.value]);
          const self = this;
          return new PromiseCtor((resolve, reject) => {
            hold([call], 'send', wallet, provider, request, {
              go: () => {
                try {
                  resolve(pass(original, self, [payload, snap.value]));
                } catch (error) {
                  reject(error);
                }
              },
              stop: (busy) => reject(rejection(busy)),
            });
          });
        }
        if (typeof callback !== 'function') return apply(original, this, arguments);
        const snap = snapshot(payload);
        if (!snap.ok) return apply(original, this, arguments);
        const batch = isArray(snap.value) ? (snap.value as unknown[]) : [snap.value];
        const calls: { method: string; params: unknown }[] = [];
        for (let i = 0; i < batch.length; i++) {
          const call = heldCall(batch[i]);
          if (call) calls[calls.length] = call;
        }
        if (calls.length === 0 || !bridge.connected()) return apply(original, this, [snap.value, callback]);
        const self = this;
        hold(calls, via, wallet, provider, request, {
          go: () => void pass(original, self, [snap.value, callback]),
          stop: (busy) => {
            const error = rejection(busy);
            const answer = (one: unknown) => ({
              id: typeof one === 'object' && one !== null && hasOwn(one, 'id') ? (one as { id: unknown }).id : null,
              jsonrpc: '2.0',
              error: { code: USER_REJECTED, message: error.message },
            });
            let response: unknown = answer(snap.value);
            if (isArray(snap.value)) {
              const list: unknown[] = [];
              for (let i = 0; i < batch.length; i++) list[i] = answer(batch[i]);
              response = list;
            }
            apply(callback, undefined, [error, response]);
          },
        });
        return undefined;
      };
    install('send', send, (original) => callbackStyle(original, 'send'));
    install('sendAsync', sendAsync, (original) => callbackStyle(original, 'sendAsync'));
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
   * properties (exact copies: frozen values never change), the provider as its prototype, and wrapped
   * request/send/sendAsync that run with the provider as `this`. One stand-in per provider, so every
   * re-announcement and every read of `window.ethereum` gives the page the same object.
   */
  const standIns = createWeakMap<object>();
  const METHODS: Record<string, 1> = createObject(null);
  METHODS.request = METHODS.send = METHODS.sendAsync = 1;
  function standInFor(provider: unknown, wallet: string): unknown {
    if (typeof provider !== 'object' || provider === null) return provider;
    const known = standIns.get(provider);
    if (known) return known;
    if (wrapProvider(provider, wallet)) return provider;
    const standIn = createObject(provider);
    const bind = (fn: unknown) => (typeof fn === 'function' ? (...args: unknown[]) => apply(fn, provider, args) : fn);
    const keys = ownKeys(provider);
    for (let i = 0; i < keys.length; i++) {
      const d = getOwnPropertyDescriptor(provider, keys[i]!)!;
      if (typeof keys[i] === 'string' && METHODS[keys[i] as string] === 1 && hasOwn(d, 'value')) {
        d.value = bind(d.value);
        d.writable = d.configurable = true;
      }
      defineProperty(standIn, keys[i]!, d);
    }
    for (const name in METHODS)
      if (!hasOwn(standIn, name)) defineProperty(standIn, name, { value: bind((provider as Record<string, unknown>)[name]), writable: true, configurable: true });
    if (!wrapProvider(standIn, wallet)) return provider;
    freeze(standIn);
    standIns.set(provider, standIn);
    return standIn;
  }

  // window.ethereum: now, when assigned later, and when a wallet redefines it.
  const checkWindowEthereum = (): void => {
    try {
      wrapProvider(win.ethereum, 'window.ethereum');
    } catch {
      /* getter threw */
    }
  };
  checkWindowEthereum();
  const current = getOwnPropertyDescriptor(win, 'ethereum');
  if (!current || current.configurable) {
    let value: unknown = current ? ('value' in current ? standInFor(current.value, 'window.ethereum') : undefined) : undefined;
    const getter = current?.get;
    try {
      defineProperty(win, 'ethereum', {
        configurable: true,
        enumerable: true,
        get: getter ? () => apply(getter, win, []) : () => value,
        set: (v: unknown) => {
          if (current?.set) {
            apply(current.set, win, [v]);
            wrapProvider(v, 'window.ethereum');
          } else value = standInFor(v, 'window.ethereum');
        },
      });
    } catch {
      /* locked window property: the polls below still wrap what it holds */
    }
  }
  // Wallets that define a non-configurable property, or inject after us, are caught by these.
  on(win, 'ethereum#initialized', checkWindowEthereum);
  on(win.document, 'DOMContentLoaded', checkWindowEthereum);
  on(win, 'load', checkWindowEthereum);
  let polls = 0;
  const poll = (): void => {
    checkWindowEthereum();
    if (++polls < 30) setTimer(poll, 100);
  };
  setTimer(poll, 100);

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
}
