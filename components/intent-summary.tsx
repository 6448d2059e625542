import type { WarningItem } from '../lib/messaging/hold-messages';
import { FindingList } from './finding-list';
import { LevelBadge } from './level-badge';
import { SourceLink } from './source-link';
import { YieldBar } from './yield-bar';
import { chainName } from '../lib/present/warning-screen';
import { pct, shortAddress } from '../lib/present/format';


/**
 * One intent in full: what it does, the contract, every check (including those that could not run), yield,
 * slashing, exit, audits. The warning shows it behind "Details"; the popup's "This tab" shows it as is.
 */
export function IntentSummary({ item, onOpenReport, showFacts = true }: { item: WarningItem; onOpenReport?: (id: string) => void; showFacts?: boolean }) {
  const { intent, verdict, report } = item;
  const facts = report?.facts;
  const exposure = facts?.exposure;
  const withdrawal = facts?.withdrawal;
  const depth = facts?.priceImpact;
  const latestAudit = report?.latestAudit;
  return (
    <article className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3 dark:border-slate-700" data-testid="intent" data-level={verdict.level}>
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium">{item.summary}</p>
        <LevelBadge level={verdict.level} />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Contract: {intent.contract.name} <code>{shortAddress(intent.contract.address)}</code> on {chainName(intent.chainId)} · call <code>{intent.function}</code> · address {intent.contract.verification === 'primary' ? 'from the protocol’s own repository' : intent.contract.verification === 'secondary' ? 'from third parties' : 'from one weak source'}
      </p>
      <FindingList findings={verdict.findings} />

      {report && facts && showFacts && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1.5 text-xs">
          <dt className="font-semibold">Yield</dt>
          <dd data-testid="yield">
            {report.yield.parts.length > 0 ? (
              <>
                <YieldBar parts={report.yield.parts} />
                {report.yield.source && (
                  <span className="text-slate-600 dark:text-slate-400">
                    <SourceLink source={report.yield.source} /> · as of {report.yield.asOf}
                  </span>
                )}
              </>
            ) : (
              <span>Not known. {report.yield.note}</span>
            )}
          </dd>

          <dt className="font-semibold">Slashing</dt>
          <dd data-testid="slashing">
            {exposure?.known ? (
              exposure.value.operatorSets.filter((s) => s.live && s.slashableShare > 0).length === 0 ? (
                'No AVS can slash this stake right now.'
              ) : (
                <ul>
                  {exposure.value.operatorSets
                    .filter((s) => s.live && s.slashableShare > 0)
                    .slice(0, 4)
                    .map((s) => (
                      <li key={`${s.avs}:${s.operatorSetId}`}>
                        {s.avsName ?? shortAddress(s.avs)} #{s.operatorSetId}: {pct(s.slashableShare)} of the stake
                        {s.destination === 'redistribute' ? ' (redistributed)' : ''}
                      </li>
                    ))}
                </ul>
              )
            ) : (
              <span>Not checked: {exposure?.reason}</span>
            )}
          </dd>

          <dt className="font-semibold">Slashing model</dt>
          <dd data-testid="slashing-model">
            {facts.slashingModel.known
              ? [
                  `${facts.slashingModel.value.layer}, ${facts.slashingModel.value.subject}:`,
                  facts.slashingModel.value.slasher === 'veto'
                    ? `veto slasher${facts.slashingModel.value.vetoDays !== null ? ` (${facts.slashingModel.value.vetoDays}-day veto)` : ''}`
                    : facts.slashingModel.value.slasher === 'instant'
                      ? 'instant slasher (no veto)'
                      : 'no slasher',
                  facts.slashingModel.value.epochDays !== null ? `· epoch ${facts.slashingModel.value.epochDays} days` : '',
                  facts.slashingModel.value.slasher === 'veto' ? `· resolver ${facts.slashingModel.value.resolver ?? 'not known'}` : '',
                ]
                  .filter(Boolean)
                  .join(' ')
              : `Not known: ${facts.slashingModel.reason}`}
          </dd>

          <dt className="font-semibold">Exit</dt>
          <dd data-testid="exit">
            {withdrawal?.known ? withdrawal.value.text : `Withdrawal delay not known: ${withdrawal?.reason}`}
            {' · '}
            {depth?.known ? `selling ${depth.value.amount} now costs about ${(depth.value.bps / 100).toFixed(2)}%` : `market depth not checked: ${depth?.reason}`}
          </dd>

          <dt className="font-semibold">Audits</dt>
          <dd data-testid="audits">
            {report.auditCount > 0
              ? `${report.auditCount} on record${latestAudit ? `, latest ${latestAudit.auditor ?? 'unnamed'} ${latestAudit.date}` : ''}`
              : `None on record${report.auditsNote ? `: ${report.auditsNote}` : ''}`}
          </dd>
        </dl>
      )}
      {!report && <p className="text-xs">LRT Advisor has no data on {intent.token?.symbol ?? 'this token'}: only the request itself was checked.</p>}
      {report && onOpenReport && showFacts && (
        <p>
          <button type="button" className="text-xs font-medium underline underline-offset-2" onClick={() => onOpenReport(report.id)}>
            Open the full {report.symbol ?? report.name} report
          </button>
        </p>
      )}
    </article>
  );
}
