/** True when A and B are the same type: the reply schemas' compile-time check against the worker's types. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
