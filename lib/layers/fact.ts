/** Short constructors for the layer files' facts; the shape is the bundled snapshot's `SnapshotFact`. */
import type { SnapshotFact, Verification } from '../snapshot/snapshot-fact';
import type { Duration } from './schema';

export type { SnapshotFact };

export function fact<T>(value: T, source: string, asOf: string, verification: Verification, note?: string): SnapshotFact<T> {
  return note === undefined ? { value, source, asOf, verification } : { value, source, asOf, verification, note };
}

/**
 * Not known: the reason, where it was looked for or where the live value can be read, and when. The arguments
 * come in the order of lib/risk/fact.ts's `unknown` (reason, source, asOf), so a call reads the same in both.
 */
export function unknown<T>(reason: string, source: string | undefined, asOf: string): SnapshotFact<T> {
  return source === undefined ? { value: null, reason, asOf } : { value: null, reason, asOf, source };
}

const DAY = 86_400;

export function days(n: number): Duration {
  return { seconds: n * DAY, days: n };
}
