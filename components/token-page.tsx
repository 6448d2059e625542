import type { Ref } from 'react';
import type { SourceLine } from '../lib/messaging/hold-messages';
import type { TokenReport } from '../lib/report/token-report';
import type { RiskFact } from '../lib/risk/fact';
import { AddressTable } from './address-table';
import { FindingList } from './finding-list';
import { LEVEL_COLOURS, LevelBadge, LevelIcon, levelStyle } from './level-badge';
import { KeyNumbers } from './key-numbers';
import { levelLook } from '../lib/present/levels';
import { tokenScreen, wedgePath, type DimensionMark } from '../lib/present/token-screen';
import { Section } from './section';
import { SourceLink } from './source-link';
import { SourceStatusList } from './source-status-list';
import { YieldBar } from './yield-bar';
import { pct, shortAddress, usd } from '../lib/present/format';

const muted = 'text-slate-600 dark:text-slate-400';
const th = 'py-1 pr-2 text-left font-semibold';

/** "source · as of": where a fact comes from and when it was true. */
function Provenance({ fact }: { fact: { source?: string | null; asOf?: string | null } }) {
  if (!fact.source && !fact.asOf) return null;
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
function FactText<T>({ fact, show }: { fact: RiskFact<T>; show(value: T): string }) {
  return fact.known ? (
    <>
      {show(fact.value)}
      <Provenance fact={fact} />
    </>
  ) : (
    <>
      <span className="font-medium">Not checked:</span> {fact.reason}
      <Provenance fact={fact} />
    </>
  );
}

/** L2BEAT's rosette: one wedge per dimension, coloured by its mark, named in the image's label and in the list. */
function Rosette({ marks }: { marks: DimensionMark[] }) {
  return (
    <div className="flex items-center gap-3" data-testid="marks">
      <svg viewBox="0 0 100 100" role="img" aria-label={marks.map((m) => `${m.label}: ${m.levelLabel}`).join(', ')} className="h-16 w-16 flex-none">
        <title>{marks.map((m) => `${m.label}: ${m.levelLabel}`).join(', ')}</title>
        {marks.map((m, i) => (
          <path key={m.id} d={wedgePath(i, marks.length)} style={levelStyle(m.level)} className="fill-(--lvl-bg) stroke-white stroke-2 dark:fill-(--lvl-bg-dark) dark:stroke-slate-900" />
        ))}
      </svg>
      <ul className="grid grid-cols-1 gap-0.5 text-xs">
        {marks.map((m) => (
          <li key={m.id} className="flex items-center gap-1.5" data-dimension={m.id} data-level={m.level}>
            <span style={levelStyle(m.level)} className={`inline-flex rounded-full p-0.5 ${LEVEL_COLOURS}`}>
              <LevelIcon icon={levelLook(m.level).icon} className="h-3 w-3" />
            </span>
            <span className="font-medium">{m.label}:</span> {m.levelLabel}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What fits the popup's first screen: why, the four numbers with their bars, the marks and the top reasons. */
function FirstScreen({ report }: { report: TokenReport }) {
  const screen = tokenScreen(report);
  return (
    <div className="flex flex-col gap-3" data-testid="first-screen">
      <p className="font-medium" data-testid="why">
        {screen.why}
      </p>
      <KeyNumbers numbers={screen.numbers} caption={`Key numbers for ${report.symbol ?? report.name}`} />
      <Rosette marks={screen.marks} />
      {screen.reasons.length > 0 && (
        <ul className="flex flex-col gap-1" data-testid="top-reasons">
          {screen.reasons.map((r, i) => (
            <li key={i} className="flex items-start gap-2" data-level={r.level}>
              <span style={levelStyle(r.level)} className={`mt-0.5 inline-flex rounded-full p-0.5 ${LEVEL_COLOURS}`}>
                <LevelIcon icon={levelLook(r.level).icon} className="h-3 w-3" />
              </span>
              <span>
                <span className="sr-only">{levelLook(r.level).label}: </span>
                {r.text}
              </span>
            </li>
          ))}
          {screen.more > 0 && <li className={`pl-6 text-xs ${muted}`}>+{screen.more} more under “Every check”</li>}
        </ul>
      )}
    </div>
  );
}

export interface TokenPageProps {
  report: TokenReport;
  sources: { snapshotAsOf: string; sources: SourceLine[] } | null;
  copy(text: string): Promise<void>;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The full report on one LRT (or direct restaking): verdict, findings, yield, slashing, audits, exit, incidents, addresses, data. */
export function TokenPage({ report, sources, copy, headingRef }: TokenPageProps) {
  const { facts, verdict } = report;
  const exposure = facts.exposure;
  const model = facts.slashingModel;
  const sets = exposure.known ? [...exposure.value.operatorSets].sort((a, b) => b.slashableShare - a.slashableShare) : [];
  return (
    <article aria-labelledby="token-title" className="flex flex-col gap-3" data-testid="token-page" data-report={report.id}>
      <header className="flex flex-col gap-1">
        <h1 id="token-title" ref={headingRef} tabIndex={-1} className="flex flex-wrap items-center gap-2 text-base font-semibold outline-none">
          {report.name}
          {report.symbol && report.symbol !== report.name && <span className={`font-normal ${muted}`}>{report.symbol}</span>}
          <LevelBadge level={verdict.level} />
        </h1>
        <p className={`text-xs ${muted}`}>
          {report.protocol.name} · {report.kind === 'direct-restaking' ? 'direct restaking' : 'liquid restaking token'} · snapshot as of {report.snapshotAsOf}
        </p>
      </header>

      <FirstScreen report={report} />

      <Section id="facts-title" title="Size, age, upgrades, pauses" testId="facts" collapsible>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-xs">
          <dt className="font-semibold">TVL</dt>
          <dd>
            <FactText fact={facts.tvlUsd} show={usd} />
          </dd>
          <dt className="font-semibold">Launched</dt>
          <dd>
            <FactText fact={facts.launchDate} show={(d) => d} />
          </dd>
          <dt className="font-semibold">Upgrades</dt>
          <dd>
            <FactText fact={facts.upgradeDelayHours} show={(h) => (h === 0 ? 'upgradeable at once' : `wait ${h >= 24 ? `${h / 24} days` : `${h} hours`} in a timelock`)} />
          </dd>
          <dt className="font-semibold">Paused</dt>
          <dd>
            <FactText fact={facts.paused} show={(p) => (p.deposits === null ? 'not known' : p.deposits ? 'deposits paused' : 'deposits open')} />
          </dd>
        </dl>
      </Section>

      <Section id="findings-title" title="Every check" testId="findings" collapsible>
        <FindingList findings={verdict.findings} />
      </Section>

      <Section id="yield-title" title="Yield" collapsible testId="yield">
        {report.yield.parts.length > 0 ? <YieldBar parts={report.yield.parts} /> : <p>Not known: {report.yield.note ?? 'no source gives the yield split'}</p>}
        {report.yield.parts.length > 0 && report.yield.note && <p className="text-xs">{report.yield.note}</p>}
        {report.yield.method && <p className="text-xs">{report.yield.method}</p>}
        <Provenance fact={report.yield} />
      </Section>

      <Section id="slashing-title" title="Slashing exposure" collapsible testId="slashing">
        {exposure.known ? (
          <>
            <p className="text-xs">
              {exposure.value.operatorCount} operator{exposure.value.operatorCount === 1 ? '' : 's'}
              {exposure.value.topOperatorShare !== null && <>, the largest holds {pct(exposure.value.topOperatorShare)} of the delegated stake</>} · staker list{' '}
              {exposure.value.stakerListOrigin === 'onchain' ? 'read on-chain' : 'from the bundled snapshot'}
              <Provenance fact={exposure} />
            </p>
            {sets.length === 0 ? (
              <p>No AVS operator set is allocated to this stake.</p>
            ) : (
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Operator sets that can slash (scrolls sideways)">
                <table className="w-full border-collapse text-left text-xs" data-testid="exposure-table">
                  <caption className="sr-only">Operator sets that can slash this stake</caption>
                  <thead>
                    <tr className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="col" className={th}>
                        AVS · operator set
                      </th>
                      <th scope="col" className={th}>
                        Share slashable
                      </th>
                      <th scope="col" className={th}>
                        Slashing live
                      </th>
                      <th scope="col" className={th}>
                        Slashed funds
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sets.map((s) => (
                      <tr key={`${s.avs}:${s.operatorSetId}`} className="border-b border-slate-100 dark:border-slate-800">
                        <th scope="row" className="py-1 pr-2 text-left font-medium">
                          {s.avsName ?? <code>{shortAddress(s.avs)}</code>} #{s.operatorSetId}
                        </th>
                        <td className="py-1 pr-2">{pct(s.slashableShare)}</td>
                        <td className="py-1 pr-2">{s.live ? 'yes' : 'no'}</td>
                        <td className="py-1">
                          {s.destination === 'redistribute' ? `redistributed${s.recipient ? ` to ${shortAddress(s.recipient)}` : ''}` : s.destination === 'burn' ? 'burned' : 'not known'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : (
          <>
            <p data-testid="exposure-not-checked">
              <span className="font-medium">Not checked:</span> {exposure.reason}
              <Provenance fact={exposure} />
            </p>
            {report.operators.length > 0 && (
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Operators in the snapshot (scrolls sideways)">
                <table className="w-full border-collapse text-left text-xs" data-testid="operator-table">
                  <caption className="text-left text-xs font-medium">Operators in the bundled snapshot (allocations not read)</caption>
                  <thead>
                    <tr className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="col" className={th}>
                        Operator
                      </th>
                      <th scope="col" className={th}>
                        AVSs
                      </th>
                      <th scope="col" className={th}>
                        Source
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.operators.map((o) => (
                      <tr key={`${o.name}:${o.address}`} className="border-b border-slate-100 align-top dark:border-slate-800">
                        <th scope="row" className="py-1 pr-2 text-left font-medium">
                          {o.name}
                          {o.address && <code className={`block font-normal ${muted}`}>{shortAddress(o.address)}</code>}
                        </th>
                        <td className="py-1 pr-2">{o.avs.length > 0 ? o.avs.join(', ') : 'none listed'}</td>
                        <td className="py-1 break-all">
                          <SourceLink source={o.source} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {report.operatorsNote && report.operatorsNote !== exposure.reason && <p className={`text-xs ${muted}`}>{report.operatorsNote}</p>}
          </>
        )}
        <p className="text-xs" data-testid="slashing-model">
          <span className="font-semibold">Slashing model: </span>
          {model.known ? (
            <>
              {model.value.layer}, {model.value.subject}:{' '}
              {model.value.slasher === 'veto'
                ? `veto slasher${model.value.vetoDays !== null ? ` (${model.value.vetoDays}-day veto, resolver ${model.value.resolver ?? `not known${model.value.resolverUnknown ? `: ${model.value.resolverUnknown}` : ''}`})` : ''}`
                : model.value.slasher === 'instant'
                  ? 'instant slasher (no veto)'
                  : 'no slasher'}
              {model.value.epochDays !== null && ` · epoch ${model.value.epochDays} days`}
              {model.value.secures && model.value.secures.length > 0 && ` · secures ${model.value.secures.join(', ')}`}
              {model.value.slashedFunds && ` · slashed funds: ${model.value.slashedFunds}`}
              <Provenance fact={model} />
            </>
          ) : (
            <>
              not known: {model.reason}
              <Provenance fact={model} />
            </>
          )}
        </p>
      </Section>

      <Section id="audits-title" title="Audits" collapsible testId="audits">
        {report.audits.length > 0 ? (
          <ul className="flex flex-col gap-1 text-xs">
            {report.audits.map((a) => (
              <li key={a.reportUrl + a.subject} data-testid="audit">
                <span className="font-medium">{a.auditor ?? 'Unnamed auditor'}</span>, {a.date ?? 'undated'}: {a.subject} ·{' '}
                <SourceLink source={a.reportUrl} label="report" /> · {a.verification}
              </li>
            ))}
          </ul>
        ) : (
          <p>None on record.</p>
        )}
        {report.auditsNote && <p className={`text-xs ${muted}`}>{report.auditsNote}</p>}
      </Section>

      <Section id="exit-title" title="Exit" collapsible testId="exit">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="font-semibold">Withdrawal</dt>
          <dd>{report.exit.path ?? 'No withdrawal path is recorded.'}</dd>
          <dt className="font-semibold">Delay</dt>
          <dd>
            <FactText
              fact={facts.withdrawal}
              show={(w) =>
                `${w.minDays !== null || w.maxDays !== null ? `${w.minDays ?? '?'}–${w.maxDays ?? '?'} days. ` : ''}${w.text}`
              }
            />
          </dd>
          {report.exit.eigenLayer && (
            <>
              <dt className="font-semibold">EigenLayer</dt>
              <dd>{report.exit.eigenLayer}</dd>
            </>
          )}
          <dt className="font-semibold">Instant</dt>
          <dd>
            {report.exit.instantRedeem.length === 0 ? (
              'No instant redemption is recorded.'
            ) : (
              <ul>
                {report.exit.instantRedeem.map((r) => (
                  <li key={r.name}>
                    {r.name}: {r.fee}. {r.note} <SourceLink source={r.source} label="source" />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-semibold">Market price</dt>
          <dd data-testid="peg">
            <FactText
              fact={facts.peg}
              show={(p) =>
                `${p.marketPrice.toFixed(4)} ETH on ${p.market} vs ${p.redemptionValue.toFixed(4)} ETH redemption value${p.redemptionValue > 0 && p.marketPrice < p.redemptionValue ? ` (${(((p.redemptionValue - p.marketPrice) / p.redemptionValue) * 100).toFixed(2)}% below)` : ''}`
              }
            />
          </dd>
          <dt className="font-semibold">Depth</dt>
          <dd>
            <FactText fact={facts.priceImpact} show={(d) => `selling ${d.amount} on ${d.market} costs about ${(d.bps / 100).toFixed(2)}%`} />
          </dd>
        </dl>
      </Section>

      <Section id="incidents-title" title="Incidents" collapsible testId="incidents">
        {report.incidents.length === 0 ? (
          <p>None on record.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-xs">
            {[...report.incidents]
              .sort((a, b) => (a.date < b.date ? 1 : -1))
              .map((i) => (
                <li key={i.id} data-testid="incident">
                  <p>
                    <span className="font-medium">{i.date}</span> · {i.title} · impact: {i.impact}
                  </p>
                  <p>{i.summary}</p>
                  <p className={muted}>
                    {i.sources.map((s, n) => (
                      <span key={s}>
                        {n > 0 && ' · '}
                        <SourceLink source={s} />
                      </span>
                    ))}
                  </p>
                </li>
              ))}
          </ul>
        )}
      </Section>

      {report.protection.length > 0 && (
        <Section id="protection-title" title="Safeguards" collapsible testId="protection">
          <ul className="flex flex-col gap-1 text-xs">
            {report.protection.map((p) => (
              <li key={p.title}>
                <span className="font-medium">{p.title}</span>: {p.detail} <SourceLink source={p.source} label="source" />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="addresses-title" title="Contracts and token addresses" collapsible testId="addresses">
        <AddressTable
          copy={copy}
          rows={[...report.tokens.map((t) => ({ ...t, name: t.symbol })), ...report.contracts]}
        />
      </Section>

      <Section id="data-title" title="Data" collapsible testId="data">
        {sources ? <SourceStatusList {...sources} /> : <p className="text-xs">Snapshot as of {report.snapshotAsOf}; source status loading…</p>}
      </Section>
    </article>
  );
}
