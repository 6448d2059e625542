import type { SnapshotFact } from '../snapshot/snapshot-fact';
import { known, unknown, type RiskFact } from '../risk/fact';

/** A snapshot (or layer) fact as the risk rules read it, its value optionally mapped. */
export function fromSnapshot<T, U = T>(fact: SnapshotFact<T>, map?: (value: T) => U): RiskFact<U> {
  if ('reason' in fact) return unknown(fact.reason, fact.source, fact.asOf);
  return known(map ? map(fact.value) : (fact.value as unknown as U), fact.source, fact.asOf, fact.verification);
}
