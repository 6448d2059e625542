import type { Ref, SyntheticEvent } from 'react';
import type { WarningReport } from '../lib/messaging/hold-messages';
import { IntentSummary } from './intent-summary';
import { LevelBadge } from './level-badge';

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

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

export function WarningDialog({ report, continueReady, tampered, ignoredScripted, dialogRef, onCancel, onContinue, onOpenReport }: WarningDialogProps) {
  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="lrt-title"
      aria-describedby="lrt-summary"
      className="m-auto max-h-[calc(100vh-2rem)] w-[min(38rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl border border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-col gap-4 p-5 font-sans text-sm leading-relaxed">
        <header className="flex items-start gap-3">
          <span aria-hidden="true" className="mt-0.5 inline-flex h-8 w-8 flex-none items-center justify-center rounded-full bg-amber-100 text-lg text-amber-800 dark:bg-amber-900 dark:text-amber-100">
            !
          </span>
          <div>
            <h2 id="lrt-title" className="flex flex-wrap items-center gap-2 text-base font-semibold">
              Restaking request: one look before your wallet opens <LevelBadge level={report.level} />
            </h2>
            <p className="text-slate-600 dark:text-slate-300">
              <span className="font-medium">{report.origin}</span> asks your wallet to sign this. LRT Advisor held it.
            </p>
          </div>
        </header>

        <section id="lrt-summary" aria-label="What this request does" className="flex flex-col gap-2">
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
            <div role="status" className="rounded-xl border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100" data-testid="not-checked">
              <p className="font-semibold">Not checked</p>
              <p>
                This request goes to a known restaking contract, but LRT Advisor could not analyse it: {report.notChecked}.
              </p>
              {report.targets.length > 0 && (
                <p className="mt-1 text-xs">
                  Contract{report.targets.length > 1 ? 's' : ''}:{' '}
                  {report.targets.map((t) => (t.name ? `${t.name} ${short(t.address)}` : short(t.address))).join(', ')}
                </p>
              )}
            </div>
          )}
        </section>

        {report.freshness && (
          <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="freshness">
            Data: snapshot {report.freshness.snapshotAsOf}
            {report.freshness.sources.map((src) => ` · ${src.label}: ${src.text}`).join('')}
          </p>
        )}

        {tampered && (
          <p role="alert" className="rounded-xl bg-red-50 p-3 font-medium text-red-900 dark:bg-red-950 dark:text-red-100">
            This page tried to change or hide this warning. What you see was restored by LRT Advisor.
          </p>
        )}
        {ignoredScripted && (
          <p className="text-xs text-slate-600 dark:text-slate-400">A click that did not come from you was ignored.</p>
        )}

        <footer className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={onCancel}
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={onContinue}
            disabled={!continueReady}
            className="rounded-lg bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
          >
            Continue to wallet
          </button>
        </footer>
      </div>
    </dialog>
  );
}
