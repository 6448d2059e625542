import type { Finding } from '../lib/risk/types';
import { LevelBadge } from './level-badge';
import { SourceLink } from './source-link';

/** Findings with their evidence, source and as-of; `limit` shows only the worst few. */
export function FindingList({ findings, limit }: { findings: Finding[]; limit?: number }) {
  const shown = findings.filter((f) => f.level !== 'not-applicable').slice(0, limit ?? findings.length);
  return (
    <ul className="flex flex-col gap-1.5">
      {shown.map((f) => (
        <li key={f.rule} className="flex items-start gap-2" data-testid="finding" data-rule={f.rule}>
          <LevelBadge level={f.level} />
          <div className="min-w-0">
            <p>
              <span className="font-medium">{f.title}:</span> {f.message}
            </p>
            {(f.evidence || f.source) && (
              <p className="break-words text-xs text-slate-600 dark:text-slate-400">
                {f.evidence}
                {f.evidence && f.source ? ' · ' : ''}
                {f.source && (
                  <>
                    source: <SourceLink source={f.source} />
                  </>
                )}
                {f.asOf && <> · as of {f.asOf}</>}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
