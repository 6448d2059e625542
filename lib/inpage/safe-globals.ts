/**
 * Built-ins the page-world hook uses, captured when this module is evaluated at document_start,
 * before any page script exists. Page scripts share this realm and may later replace
 * `Function.prototype.call`, `JSON`, `Promise`, `EventTarget.prototype.*`, `MessagePort.prototype.postMessage`
 * or the `MessageEvent.prototype.data` getter; the hook only ever calls the captured originals
 * (the `safeSelf` pattern of uBlock Origin).
 */
const g = globalThis;
const O = Object;

export const apply = Reflect.apply;
export const ownKeys = Reflect.ownKeys;
export const defineProperty = O.defineProperty;
export const getPrototypeOf = O.getPrototypeOf;
export const getOwnPropertyDescriptor = O.getOwnPropertyDescriptor;
export const createObject = O.create;
export const freeze = O.freeze;
export const isArray = Array.isArray;
const sortFn = Array.prototype.sort;
export const sortStrings = (list: string[]): string[] => apply(sortFn, list, []) as string[];
const isProtoOf = O.prototype.isPrototypeOf;
/** `v instanceof Error` without the page's `Symbol.hasInstance`. */
export const isError = (v: unknown): boolean => typeof v === 'object' && v !== null && (apply(isProtoOf, Error.prototype, [v]) as boolean);
/** The prototype every async function of this realm has: web3.js reads `request.constructor.name` to pick its transport. */
export const AsyncFunctionProto: object = getPrototypeOf(async () => undefined) as object;
const fnToString = Function.prototype.toString;
export const sourceOf = (fn: unknown): string => apply(fnToString, fn, []) as string;
const hasOwnProperty = O.prototype.hasOwnProperty;
export const hasOwn = (o: object, key: string): boolean => apply(hasOwnProperty, o, [key]) as boolean;

export const PromiseCtor = Promise;
const promiseResolve = Promise.resolve;
const promiseThen = Promise.prototype.then;
/** `Promise.resolve(value).then(ok, fail)` through the captured originals. */
export const whenSettled = (value: unknown, ok: (v: unknown) => void, fail: (e: unknown) => void): void =>
  void apply(promiseThen, apply(promiseResolve, PromiseCtor, [value]), [ok, fail]);
export const ErrorCtor = Error;
export const MessageChannelCtor = MessageChannel;
export const MessageEventCtor = MessageEvent;
export const CustomEventCtor = CustomEvent;
export const EventCtor = Event;
export const ObjectProto: object = O.prototype;

const et = EventTarget.prototype;
const addListener = et.addEventListener;
const removeListener = et.removeEventListener;
const dispatch = et.dispatchEvent;
export const on = (t: EventTarget, type: string, fn: (e: Event) => void, capture = false): void =>
  apply(addListener, t, [type, fn, capture]);
export const off = (t: EventTarget, type: string, fn: (e: Event) => void, capture = false): void =>
  apply(removeListener, t, [type, fn, capture]);
export const dispatchEvent = (t: EventTarget, e: Event): boolean => apply(dispatch, t, [e]) as boolean;
const stopImmediate = Event.prototype.stopImmediatePropagation;
export const stopEvent = (e: Event): void => apply(stopImmediate, e, []);
const detailGetter = getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
export const eventDetail = (e: Event): unknown => apply(detailGetter, e, []);

const portPost = MessagePort.prototype.postMessage;
export const portPostMessage = (p: MessagePort, data: unknown): void => apply(portPost, p, [data]);
const dataGetter = getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get!;
export const messageData = (e: MessageEvent): unknown => apply(dataGetter, e, []);

const dateNow = Date.now;
export const now = (): number => apply(dateNow, Date, []) as number;
const setTimeoutFn = g.setTimeout;
const clearTimeoutFn = g.clearTimeout;
export const setTimer = (fn: () => void, ms: number): number => apply(setTimeoutFn, g, [fn, ms]) as unknown as number;
export const clearTimer = (id: number): void => apply(clearTimeoutFn, g, [id]);

const cloneFn = g.structuredClone;
const stringify = JSON.stringify;
const parse = JSON.parse;
/**
 * One snapshot of what the page handed us: the decision and the wallet both see this copy, so a
 * getter or Proxy cannot show the extension one request and the wallet another.
 */
export function snapshot(value: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: apply(cloneFn, g, [value]) };
  } catch {
    try {
      // Reactive-framework Proxies are not structured-cloneable; their JSON form is what a wallet sends anyway.
      return { ok: true, value: apply(parse, JSON, [apply(stringify, JSON, [value])]) };
    } catch {
      return { ok: false };
    }
  }
}

const weakSetHas = WeakSet.prototype.has;
const weakSetAdd = WeakSet.prototype.add;
export function createWeakSet(): { has(o: object): boolean; add(o: object): void } {
  const s = new WeakSet<object>();
  return {
    has: (o) => apply(weakSetHas, s, [o]) as boolean,
    add: (o) => void apply(weakSetAdd, s, [o]),
  };
}

const weakMapGet = WeakMap.prototype.get;
const weakMapSet = WeakMap.prototype.set;
export function createWeakMap<V>(): { get(o: object): V | undefined; set(o: object, v: V): void } {
  const m = new WeakMap<object, V>();
  return {
    get: (o) => apply(weakMapGet, m, [o]) as V | undefined,
    set: (o, v) => void apply(weakMapSet, m, [o, v]),
  };
}

/**
 * Whether the built-ins captured above look like the browser's own. At document_start no page script has run in
 * this realm, except in one case: a same-origin parent or opener can reach a new frame's or popup's window while it
 * is still the initial about:blank, and the document that replaces it keeps that window. A realm prepared that way
 * fails this check when its replacements are ordinary functions; the hook then refuses held methods
 * (README, "What it guards against").
 */
export function capturedLookNative(): boolean {
  const fns: unknown[] = [apply, ownKeys, defineProperty, getPrototypeOf, getOwnPropertyDescriptor, createObject, freeze, isArray, sortFn, isProtoOf, fnToString, hasOwnProperty, promiseResolve, promiseThen, MessageChannelCtor, MessageEventCtor, CustomEventCtor, EventCtor, addListener, removeListener, dispatch, stopImmediate, detailGetter, portPost, dataGetter, dateNow, setTimeoutFn, clearTimeoutFn, cloneFn, stringify, parse, weakSetHas, weakSetAdd, weakMapGet, weakMapSet, regexExec];
  try {
    for (let i = 0; i < fns.length; i++) if (typeof fns[i] !== 'function' || apply(regexExec, NATIVE, [sourceOf(fns[i])]) === null) return false;
  } catch {
    return false;
  }
  return true;
}
const NATIVE = /^function [\w$ ]*\(\) \{\s*\[native code\]\s*\}$/;
/**
 * Captured like the rest, so the check gives the same answer whenever it runs: the hook makes it at the first held
 * call, not on every page at document_start (a page that replaced `RegExp.prototype.exec` later does not change it).
 */
const regexExec = RegExp.prototype.exec;
