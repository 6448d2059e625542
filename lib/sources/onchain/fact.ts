import type { OnchainError } from './errors.ts';

/** Where a fact came from: `rpc:<chainId>:<Contract>.<function>` (several joined with `+` for derived facts). */
export type FactSource = string;

/** A serialisable error: the stable short message plus what varies. */
export interface FactError {
  name: string;
  message: string;
  details?: string;
}

interface FactBase {
  source: FactSource;
  /** Milliseconds since the epoch, when the answer was received. */
  asOf: number;
}

/**
 * One fact read on-chain (`SnapshotFact` is a stored, sourced fact; `RiskFact` is what the rules read). "failed" and "not-applicable" are real answers (MetaMask's security alerts model): the UI
 * shows "couldn't check" or "no such view", never a silent pass.
 */
export type OnchainFact<T> =
  | (FactBase & { status: 'ok'; value: T; blockNumber: bigint | null; note?: string })
  | (FactBase & { status: 'failed'; error: FactError })
  | (FactBase & { status: 'not-applicable'; reason: string });

export function okFact<T>(value: T, base: FactBase & { blockNumber: bigint | null; note?: string }): OnchainFact<T> {
  return { status: 'ok', value, ...base };
}

export function failedFact<T>(error: OnchainError, base: FactBase): OnchainFact<T> {
  const out: FactError = { name: error.name, message: error.shortMessage };
  if (error.details) out.details = error.details;
  return { status: 'failed', error: out, ...base };
}

export function notApplicableFact<T>(reason: string, base: FactBase): OnchainFact<T> {
  return { status: 'not-applicable', reason, ...base };
}
