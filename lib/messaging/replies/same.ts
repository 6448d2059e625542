/**
 * True when a schema's output and the worker's type agree, field names included: plain assignability in both
 * directions would let a schema drop an optional field (zod then strips it from every reply without a word).
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
