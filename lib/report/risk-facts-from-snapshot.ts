import type { Fact as SnapshotFact } from '../snapshot/snapshot-schema';
import { known, unknown, type RiskFact } from '../risk/fact';

/** A snapshot (or layer) fact as the risk rules read it. */
export function fromSnapshot<T>(fact: SnapshotFact<T>): RiskFact<T> {
  if ('reason' in fact) return unknown(fact.reason, fact.source, fact.asOf);
  return known(fact.value, fact.source, fact.asOf, fact.verification);
}
