import type { Ref } from 'react';
import type { SourceLine } from '../lib/messaging/hold-messages';
import type { TokenReport } from '../lib/report/token-report';
import { addressRows, pausedText, upgradesText, usd } from '../lib/present/token-details';
import { AddressTable } from './address-table';
import { ExitSection } from './exit-section';
import { FactText, muted, Provenance } from './fact-text';
import { FindingList } from './finding-list';
import { LevelBadge } from './level-badge';
import { Section } from './section';
import { SlashingSection } from './slashing-section';
import { SourceStatusList } from './source-status-list';
import { FirstScreen } from './token-first-screen';
import { TrackRecordSections } from './track-record-sections';
import { YieldBar } from './yield-bar';

export interface TokenPageProps {
  report: TokenReport;
  sources: { snapshotAsOf: string; sources: SourceLine[] } | null;
  copy(text: string): Promise<void>;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The full report on one LRT (or direct restaking): the first screen, then every part in a section that opens. */
export function TokenPage({ report, sources, copy, headingRef }: TokenPageProps) {
  const { facts, verdict } = report;
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
            <FactText fact={facts.upgradeDelayHours} show={upgradesText} />
          </dd>
          <dt className="font-semibold">Paused</dt>
          <dd>
            <FactText fact={facts.paused} show={pausedText} />
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

      <SlashingSection report={report} />
      <ExitSection report={report} />
      <TrackRecordSections report={report} />

      <Section id="addresses-title" title="Contracts and token addresses" collapsible testId="addresses">
        <AddressTable copy={copy} rows={addressRows(report)} />
      </Section>

      <Section id="data-title" title="Data" collapsible testId="data">
        {sources ? <SourceStatusList {...sources} /> : <p className="text-xs">Snapshot as of {report.snapshotAsOf}; source status loading…</p>}
      </Section>
    </article>
  );
}
