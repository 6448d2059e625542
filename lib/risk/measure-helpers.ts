import type { RiskFact } from './fact';
import type { Measurement } from './types';

/** An unknown fact becomes an unknown measurement, carrying the reason and where it was looked for. */
export function unknownFrom(fact: RiskFact<unknown> & { known: false }): Measurement {
  return { kind: 'unknown', reason: fact.reason, ...(fact.source ? { source: fact.source } : {}), ...(fact.asOf ? { asOf: fact.asOf } : {}) };
}

/** Whole months from a date (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts from its first day) to `now`. */
export function monthsSince(date: string, now: Date): number {
  const [y, m = '01', d = '01'] = date.split('-');
  const then = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Math.max(0, (now.getTime() - then) / (1000 * 60 * 60 * 24 * 30.4375));
}
