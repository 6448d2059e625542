import type { TokenReport } from '../lib/report/token-report';
import { newestFirst } from '../lib/present/token-details';
import { muted } from './fact-text';
import { Section } from './section';
import { SourceLink } from './source-link';

/** Audits, incidents (newest first) and safeguards, each with its sources. */
export function TrackRecordSections({ report }: { report: TokenReport }) {
  return (
    <>
      <Section id="audits-title" title="Audits" collapsible testId="audits">
        {report.audits.length > 0 ? (
          <ul className="flex flex-col gap-1 text-xs">
            {report.audits.map((a) => (
              <li key={a.reportUrl + a.subject} data-testid="audit">
                <span className="font-medium">{a.auditor ?? 'Unnamed auditor'}</span>, {a.date ?? 'undated'}: {a.subject} · <SourceLink source={a.reportUrl} label="report" /> ·{' '}
                {a.verification}
              </li>
            ))}
          </ul>
        ) : (
          <p>None on record.</p>
        )}
        {report.auditsNote && <p className={`text-xs ${muted}`}>{report.auditsNote}</p>}
      </Section>

      <Section id="incidents-title" title="Incidents" collapsible testId="incidents">
        {report.incidents.length === 0 ? (
          <p>None on record.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-xs">
            {newestFirst(report.incidents).map((i) => (
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
    </>
  );
}
