import { useEffect, useId, useRef, useState, type Ref, type SyntheticEvent } from 'react';
import type { WarningReport } from '../lib/messaging/hold-messages';
import { levelLook } from '../lib/present/levels';
import { problemReportHref } from '../lib/present/report-problem';
import { warningScreen } from '../lib/present/warning-screen';
import { IntentSummary } from './intent-summary';
import { WarningSummary } from './warning-summary';
import { LEVEL_COLOURS, LevelIcon, levelStyle } from './level-badge';
import { shortAddress } from '../lib/present/format';
import { useSteadyHeight } from './steady-height';

export interface WarningDialogProps {
  report: WarningReport;
  /** Continue is enabled a moment after the warning appears, so a double click on the dApp cannot land on it. */
  continueReady: boolean;
  /** The page tried to change or hide this warning; it was restored. */
  tampered: boolean;
  /** A scripted (untrusted) click or key press was ignored. */
  ignoredScripted: boolean;
  dialogRef: Ref<HTMLDialogElement>;
  onCancel(event: SyntheticEvent): void;
  onContinue(event: SyntheticEvent): void;
  onOpenReport?(id: string): void;
}


const PRIMARY =
  'rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300';
const SECONDARY =
  'rounded-lg border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/** Everything behind "Details": every check of every step, the contracts, evidence and sources, data status. */
export function WarningDetails({ report, onOpenReport }: { report: WarningReport; onOpenReport?: (id: string) => void }) {
  const screen = warningScreen(report);
  return (
    <div className="flex flex-col gap-2" data-testid="details">
      {report.items.map((item, i) => (
        <IntentSummary
          key={i}
          item={item}
          // A batch (approve + deposit) concerns one LRT: its facts are shown once, under the first intent.
          showFacts={!report.items.slice(0, i).some((earlier) => earlier.report && earlier.report.id === item.report?.id)}
          {...(onOpenReport ? { onOpenReport } : {})}
        />
      ))}
      {report.notChecked !== null && (
        <div className="rounded-xl border border-slate-300 p-3 dark:border-slate-600" data-testid="not-checked">
          <p className="font-semibold">Not checked</p>
          <p>This request goes to a known restaking contract, but LRT Advisor could not analyse it: {report.notChecked}.</p>
          {report.targets.length > 0 && (
            <p className="mt-1 text-xs">
              Contract{report.targets.length > 1 ? 's' : ''}: {report.targets.map((t) => (t.name ? `${t.name} ${shortAddress(t.address)}` : shortAddress(t.address))).join(', ')}
            </p>
          )}
        </div>
      )}
      {report.freshness && (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="freshness">
          Data: snapshot {report.freshness.snapshotAsOf}
          {report.freshness.sources.map((src) => ` · ${src.label}: ${src.text}`).join('')}
        </p>
      )}
      <p className="text-xs">
        Something wrong?{' '}
        <a href={problemReportHref({ headline: screen.headline, level: screen.levelLabel, site: screen.site })} target="_blank" rel="noopener noreferrer" className="font-medium underline underline-offset-2" data-testid="report-problem">
          Report it
        </a>
      </p>
    </div>
  );
}

/**
 * The warning: a level band, the action as the headline, up to three reasons, four key numbers, "Details" for the
 * rest, and a footer with the data status and the two buttons that never scrolls away. It opens scrolled to the
 * top with the focus on Cancel; from Caution up Cancel is the primary button, and at Danger Continue waits for
 * "I understand".
 */
export function WarningDialog({ report, continueReady, tampered, ignoredScripted, dialogRef, onCancel, onContinue, onOpenReport }: WarningDialogProps) {
  const screen = warningScreen(report);
  const look = levelLook(screen.level);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const detailsId = useId();
  const reportLink = report.items.find((i) => i.report)?.report ?? null;
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const steadyRef = useSteadyHeight(tampered, dialogRef, noticeRef);

  // At open: the top of the warning in view and the focus on Cancel, once the dialog is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (bodyRef.current) bodyRef.current.scrollTop = 0;
      cancelRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const continueEnabled = continueReady && (!screen.needsAck || acknowledged);
  const continueClick = (event: SyntheticEvent) => {
    if (screen.needsAck && !acknowledged) return;
    onContinue(event);
  };

  return (
    <dialog
      ref={steadyRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="lrt-title"
      aria-describedby="lrt-summary"
      className="m-auto max-h-[calc(100vh-2rem)] w-[min(38rem,calc(100vw-2rem))] overflow-hidden rounded-2xl border border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 open:flex open:flex-col dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      data-level={screen.level}
    >
      <div style={levelStyle(screen.level)} className={`flex flex-none items-center gap-2 px-5 py-2 font-sans text-sm font-semibold ${LEVEL_COLOURS}`} data-testid="level-band">
        <LevelIcon icon={look.icon} className="h-5 w-5" />
        <span>{look.label}</span>
        <span className="ml-auto text-xs font-medium">LRT Advisor held this request</span>
      </div>

      <div ref={bodyRef} className="min-h-0 flex-1 overflow-y-auto px-5 pt-3 pb-4 font-sans text-sm leading-snug">
        <section aria-label="What this request does" className="flex flex-col gap-3">
          {tampered && (
            <p ref={noticeRef} role="alert" className="rounded-xl bg-red-50 p-3 font-medium text-red-900 dark:bg-red-950 dark:text-red-100">
              This page tried to change or hide this warning. What you see was restored by LRT Advisor.
            </p>
          )}
          <header>
            <h2 id="lrt-title" className="text-lg leading-tight font-semibold">
              {screen.headline}
            </h2>
            <p className="text-slate-700 dark:text-slate-300">
              Asked by <span className="font-medium">{screen.site}</span>
            </p>
          </header>

          <WarningSummary screen={screen} />

          {ignoredScripted && <p className="text-xs text-slate-700 dark:text-slate-300">A click that did not come from you was ignored.</p>}

          <div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <button
              type="button"
              aria-expanded={detailsOpen}
              aria-controls={detailsId}
              onClick={() => setDetailsOpen((open) => !open)}
              className="rounded text-sm font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
            >
              {detailsOpen ? 'Hide details' : 'Details'}
            </button>
            {reportLink && onOpenReport && (
              <button type="button" className="rounded text-sm font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600" onClick={() => onOpenReport(reportLink.id)}>
                Open the full {reportLink.symbol ?? reportLink.name} report
              </button>
            )}
            </div>
            <div id={detailsId} className="mt-2">
              {detailsOpen && <WarningDetails report={report} />}
            </div>
          </div>
        </section>
      </div>

      <footer className="flex flex-none flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 bg-white px-5 py-3 font-sans text-sm dark:border-slate-700 dark:bg-slate-900">
        <p className="min-w-0 flex-1 basis-48 text-xs text-slate-700 dark:text-slate-300" data-testid="status">
          {screen.status}
        </p>
        {screen.needsAck && (
          <label className="flex items-center gap-1.5 text-sm font-medium">
            <input
              type="checkbox"
              tabIndex={0}
              checked={acknowledged}
              onChange={(event) => {
                // Only the person's own click ticks it, never a script's.
                if (event.nativeEvent.isTrusted) setAcknowledged(event.target.checked);
              }}
              className="h-4 w-4"
            />
            I understand the risk
          </label>
        )}
        <div className="flex gap-2">
          <button ref={cancelRef} type="button" onClick={onCancel} className={screen.cancelPrimary ? PRIMARY : SECONDARY}>
            Cancel
          </button>
          <button type="button" onClick={continueClick} disabled={!continueEnabled} className={screen.cancelPrimary ? SECONDARY : PRIMARY}>
            Continue to wallet
          </button>
        </div>
      </footer>
      <p id="lrt-summary" className="sr-only">
        {screen.summary}
      </p>
    </dialog>
  );
}
