import type { RiskFact } from '../lib/risk/fact';
import { hasProvenance } from '../lib/present/token-details';
import { SourceLink } from './source-link';

export const muted = 'text-slate-600 dark:text-slate-400';

/** "source · as of": where a fact comes from and when it was true. */
export function Provenance({ fact }: { fact: { source?: string | null; asOf?: string | null } }) {
  if (!hasProvenance(fact)) return null;
  return (
    <span className={`text-xs ${muted}`}>
      {fact.source && (
        <>
          {' '}
          source: <SourceLink source={fact.source} />
        </>
      )}
      {fact.asOf && <> · as of {fact.asOf}</>}
    </span>
  );
}

/** A fact's value in words, or "Not checked: reason". */
export function FactText<T>({ fact, show }: { fact: RiskFact<T>; show(value: T): string }) {
  return (
    <>
      {fact.known ? (
        show(fact.value)
      ) : (
        <>
          <span className="font-medium">Not checked:</span> {fact.reason}
        </>
      )}
      <Provenance fact={fact} />
    </>
  );
}
