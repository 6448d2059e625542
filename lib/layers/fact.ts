/** Short constructors for the layer files' facts; the shape is the bundled snapshot's `Fact`. */
import type { Fact, Verification } from '../snapshot/snapshot-schema';
import type { Duration } from './schema';

export type { Fact };

export function fact<T>(value: T, source: string, asOf: string, verification: Verification, note?: string): Fact<T> {
  return note === undefined ? { value, source, asOf, verification } : { value, source, asOf, verification, note };
}

/** Not known: the reason, and where it was looked for or where the live value can be read. */
export function unknown<T>(reason: string, asOf: string, source?: string): Fact<T> {
  return source === undefined ? { value: null, reason, asOf } : { value: null, reason, asOf, source };
}

const DAY = 86_400;

export function days(n: number): Duration {
  return { seconds: n * DAY, days: n };
}
