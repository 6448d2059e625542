/** `T` with every bigint as a decimal string: what storage and extension messaging can carry (JSON has no bigint). */
export type JsonSafe<T> = T extends bigint
  ? string
  : T extends readonly (infer U)[]
    ? JsonSafe<U>[]
    : T extends object
      ? { [K in keyof T]: JsonSafe<T[K]> }
      : T;

/**
 * Converts a refresh result (or any fact) for storage or a message to a page. On-chain values stay bigints inside
 * the worker, where wei arithmetic must be exact; only this boundary turns them into strings.
 */
export function toJsonSafe<T>(value: T): JsonSafe<T> {
  if (typeof value === 'bigint') return value.toString() as JsonSafe<T>;
  if (Array.isArray(value)) return value.map((v) => toJsonSafe(v)) as JsonSafe<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonSafe(v);
    return out as JsonSafe<T>;
  }
  return value as JsonSafe<T>;
}
