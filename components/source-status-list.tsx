import type { SourceLine } from '../lib/messaging/hold-messages';

const DOT: Record<SourceLine['state'], string> = {
  live: 'bg-emerald-500',
  snapshot: 'bg-sky-500',
  failed: 'bg-red-500',
  pending: 'bg-slate-400',
};

/** Where the figures come from and how fresh each source is ("live, 3 min ago", "failed: timeout"). */
export function SourceStatusList({ snapshotAsOf, sources }: { snapshotAsOf: string; sources: SourceLine[] }) {
  return (
    <ul className="flex flex-col gap-1 text-xs" data-testid="source-status">
      <li>
        <span className="font-medium">Bundled snapshot</span>: as of {snapshotAsOf}
      </li>
      {sources.map((s) => (
        <li key={s.id} className="flex items-center gap-1.5" data-source={s.id} data-state={s.state}>
          <span aria-hidden="true" className={`inline-block h-2 w-2 flex-none rounded-full ${DOT[s.state]}`} />
          <span>
            <span className="font-medium">{s.label}</span>: {s.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
