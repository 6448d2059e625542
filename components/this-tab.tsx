import type { Ref } from 'react';
import type { BypassRecord, TabState } from '../lib/worker/tab-records';
import { IntentSummary } from './intent-summary';
import { LevelBadge } from './level-badge';
import { SourceStatusList } from './source-status-list';
import { WarningSummary } from './warning-summary';
import { chainName, warningScreen } from '../lib/present/warning-screen';

const DECISION: Record<TabState['decision'], string> = {
  pending: 'Waiting for your choice',
  cancel: 'You cancelled',
  continue: 'Sent to your wallet',
};

/** The request held or last assessed on the current tab: what it does, the verdicts, and what the person chose. */
function Bypassed({ records }: { records: BypassRecord[] }) {
  if (records.length === 0) return null;
  const last = records[records.length - 1]!;
  return (
    <p role="alert" className="rounded-xl bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100" data-testid="bypassed">
      <span className="font-semibold">
        {records.length} request{records.length > 1 ? 's' : ''} went straight to your wallet, around LRT Advisor
      </span>{' '}
      (the page posted {last.method} to the wallet’s own channel{last.origin ? ` from ${last.origin}` : ''}, {new Date(last.at).toLocaleString('en')}). Check
      your wallet’s confirmation carefully.
    </p>
  );
}

export function ThisTab({
  state,
  bypassed = [],
  onOpenReport,
  headingRef,
}: {
  state: TabState | null;
  bypassed?: BypassRecord[];
  onOpenReport(id: string): void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  if (!state)
    return (
      <section aria-labelledby="tab-title" className="flex flex-col gap-2" data-testid="this-tab" data-state="none">
        <h1 id="tab-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none">
          This tab
        </h1>
        <p>Nothing on this tab was held or checked. When a page here asks your wallet to sign a restaking request, it shows here.</p>
        <Bypassed records={bypassed} />
      </section>
    );
  const { report, decision, at } = state;
  const screen = warningScreen(report);
  const lrt = report.items.find((i) => i.report)?.report ?? null;
  return (
    <section aria-labelledby="tab-title" className="flex flex-col gap-3" data-testid="this-tab" data-state={decision}>
      <header className="flex flex-col gap-1">
        <h1 id="tab-title" ref={headingRef} tabIndex={-1} className="flex flex-wrap items-center gap-2 text-base font-semibold outline-none">
          This tab <LevelBadge level={report.level} />
        </h1>
        <p>
          <span className="font-medium">{screen.site}</span> asked your wallet to sign this
          {report.chainId !== null && <> on {chainName(report.chainId)}</>}.
        </p>
        <p role="status" className="font-semibold" data-testid="decision" data-decision={decision}>
          {DECISION[decision]}
          <span className="font-normal text-slate-600 dark:text-slate-400"> · {new Date(at).toLocaleString('en')}</span>
        </p>
      </header>
      <Bypassed records={bypassed} />
      <h2 className="text-sm font-semibold" data-testid="headline">
        {screen.headline}
      </h2>
      <WarningSummary screen={screen} />
      {report.notChecked !== null && (
        <div className="rounded-xl border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100" data-testid="not-checked">
          <p className="font-semibold">Couldn't analyse this call</p>
          <p>{report.notChecked}.</p>
        </div>
      )}
      {lrt && (
        <p>
          <button type="button" className="text-xs font-medium underline underline-offset-2" onClick={() => onOpenReport(lrt.id)}>
            Open the full {lrt.symbol ?? lrt.name} report
          </button>
        </p>
      )}
      <details className="border-t border-slate-200 pt-2 dark:border-slate-700" data-testid="tab-details">
        <summary className="cursor-pointer rounded py-1 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">Every check, contract and source</summary>
        <div className="flex flex-col gap-2 pt-1">
          {report.items.map((item, i) => (
            <IntentSummary key={i} item={item} showFacts={!report.items.slice(0, i).some((earlier) => earlier.report && earlier.report.id === item.report?.id)} />
          ))}
          {report.freshness && <SourceStatusList {...report.freshness} />}
        </div>
      </details>
    </section>
  );
}
