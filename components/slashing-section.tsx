import type { ReactNode } from 'react';
import type { TokenReport } from '../lib/report/token-report';
import { exposureChart } from '../lib/present/token-charts';
import { destinationText, exposureSummary, setName, sharePercent, shortAddress, slashingModelText, sortedSets } from '../lib/present/token-details';
import { FactText, muted, Provenance } from './fact-text';
import { Section } from './section';
import { SourceLink } from './source-link';
import { ExposureBars } from './token-charts';

const th = 'py-1 pr-2 text-left font-semibold';
const head = 'border-b border-slate-200 dark:border-slate-700';
const line = 'border-b border-slate-100 dark:border-slate-800';

/** A table that scrolls sideways in the narrow popup, named for screen readers, under its column heads. */
function WideTable(props: { label: string; testId: string; caption: ReactNode; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${props.label} (scrolls sideways)`}>
      <table className="w-full border-collapse text-left text-xs" data-testid={props.testId}>
        {props.caption}
        <thead>
          <tr className={head}>
            {props.columns.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** Operator sets that can slash: the bar chart, then the same figures as a table with where slashed funds go. */
function Exposure({ report }: { report: TokenReport }) {
  const exposure = report.facts.exposure;
  if (!exposure.known) return null;
  const chart = exposureChart(exposure)!;
  const sets = sortedSets(exposure);
  return (
    <>
      <p className="text-xs">
        {exposureSummary(exposure.value)}
        <Provenance fact={exposure} />
      </p>
      <ExposureBars chart={chart} />
      {sets.length > 0 && (
        <WideTable
          label="Operator sets that can slash"
          testId="exposure-table"
          caption={<caption className="sr-only">Operator sets that can slash this stake</caption>}
          columns={['AVS · operator set', 'Share slashable', 'Slashing live', 'Slashed funds']}
        >
          {sets.map((s) => (
            <tr key={`${s.avs}:${s.operatorSetId}`} className={line}>
              <th scope="row" className="py-1 pr-2 text-left font-medium">
                {setName(s)}
              </th>
              <td className="py-1 pr-2">{sharePercent(s.slashableShare)}</td>
              <td className="py-1 pr-2">{s.live ? 'yes' : 'no'}</td>
              <td className="py-1">{destinationText(s)}</td>
            </tr>
          ))}
        </WideTable>
      )}
    </>
  );
}

/** Exposure not read: the reason, and the operators on record (the snapshot's list), if any. */
function NotRead({ report }: { report: TokenReport }) {
  const exposure = report.facts.exposure;
  if (exposure.known) return null;
  return (
    <>
      <p data-testid="exposure-not-checked">
        <span className="font-medium">Not checked:</span> {exposure.reason}
        <Provenance fact={exposure} />
      </p>
      {report.operators.length > 0 && (
        <WideTable
          label="Operators on record"
          testId="operator-table"
          caption={<caption className="text-left text-xs font-medium">Operators on record (what they are allocated to is not checked yet)</caption>}
          columns={['Operator', 'AVSs', 'Source']}
        >
          {report.operators.map((o) => (
            <tr key={`${o.name}:${o.address}`} className={`${line} align-top`}>
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
        </WideTable>
      )}
      {report.operatorsNote && report.operatorsNote !== exposure.reason && <p className={`text-xs ${muted}`}>{report.operatorsNote}</p>}
    </>
  );
}

export function SlashingSection({ report }: { report: TokenReport }) {
  return (
    <Section id="slashing-title" title="Slashing exposure" collapsible testId="slashing">
      <Exposure report={report} />
      <NotRead report={report} />
      <p className="text-xs" data-testid="slashing-model">
        <span className="font-semibold">Slashing model: </span>
        <FactText fact={report.facts.slashingModel} show={slashingModelText} />
      </p>
    </Section>
  );
}
