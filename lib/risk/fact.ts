import type { RiskFacts } from './types';

/**
 * The one shape of a fact the risk rules read, whatever its origin (bundled snapshot, DefiLlama, an
 * RPC read): a value with where it comes from and when it was true, or the reason it is not known.
 */
export type RiskFact<T> =
  | { known: true; value: T; source: string; asOf: string; verification?: 'primary' | 'secondary' | 'unverified' }
  | { known: false; reason: string; source?: string; asOf?: string };

export const known = <T>(value: T, source: string, asOf: string, verification?: 'primary' | 'secondary' | 'unverified'): RiskFact<T> =>
  verification ? { known: true, value, source, asOf, verification } : { known: true, value, source, asOf };

export const unknown = <T = never>(reason: string, source?: string, asOf?: string): RiskFact<T> => ({
  known: false,
  reason,
  ...(source ? { source } : {}),
  ...(asOf ? { asOf } : {}),
});

/** Every fact unknown for the same reason: the starting point when nothing is known about the subject. */
export function noFacts(reason: string): RiskFacts {
  const none = unknown(reason);
  return {
    audits: none,
    launchDate: none,
    tvlUsd: none,
    upgradeDelayHours: none,
    exposure: none,
    withdrawal: none,
    peg: none,
    priceImpact: none,
    paused: none,
    incidents: none,
    yieldSplit: none,
    liquidationThreshold: none,
    slashingModel: none,
  };
}
