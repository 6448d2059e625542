/**
 * The page-world wallet hook. It wraps `request`, `send`, `sendAsync` (and MetaMask's `_rpcRequest`, which its
 * `request`, `send`, `sendAsync` and `_metamask.requestBatch` all end in) of every provider it can find
 * (window.ethereum, window.ethereum.providers[], EIP-6963 announcements), on the provider and on the prototype the
 * wallet defined them on, and holds the signing/sending methods while the extension assesses them. Everything else
 * passes straight through to the wallet's own function. No dependencies: this runs on every page at document_start.
 * Threat model: `lib/messaging/page-bridge.ts` and the README's "What it guards against".
 */
import { METHODS, createEntryPoints } from './entry-points';
import { createGrants } from './grants';
import { createHoldQueue } from './hold-queue';
import { accountsReporter } from './report-accounts';
import { shaped } from './shaped';
import {
  apply,
  capturedLookNative,
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
  on,
  ownKeys,
  setTimer,
  stopEvent,
} from './safe-globals';

export function installWalletHook(win: Window & { ethereum?: unknown }): void {
  const { granted, pass } = createGrants();
  // A realm a same-origin parent or opener prepared before this script ran cannot be trusted to hold anything. The
  // built-ins were captured at document_start; checking them waits for the first held call (most pages make none).
  let native: boolean | undefined;
  const { decide, post } = createHoldQueue(() => !(native ??= capturedLookNative()), granted);
  const bodyFor = createEntryPoints(decide, pass, accountsReporter(post));

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

