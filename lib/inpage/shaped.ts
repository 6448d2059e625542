import { AsyncFunctionProto, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, hasOwn, sourceOf } from './safe-globals';

/**
 * A wrapper with the shape of what it wraps: async when the wallet's function is async (web3.js v4 picks its
 * transport from `request.constructor.name`), the same `name` and `length`, and a `toString` that answers the
 * wallet's source.
 */
export function shaped(original: Function, body: (self: unknown, args: unknown[]) => unknown): Function {
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
