import type { TokenReport } from '../lib/report/token-report';
import { exitChart, priceChart } from '../lib/present/token-charts';
import { depthText, NO_TOKEN, pegText, withdrawalText } from '../lib/present/token-details';
import { FactText } from './fact-text';
import { Section } from './section';
import { SourceLink } from './source-link';
import { ExitTimeline, PriceGauge } from './token-charts';

/** Getting out: the timeline (redeem against sell now), price against value, then every figure in words, each once. */
export function ExitSection({ report }: { report: TokenReport }) {
  const { facts, exit } = report;
  const price = priceChart(facts.peg);
  return (
    <Section id="exit-title" title="Exit" collapsible testId="exit">
      <ExitTimeline chart={exitChart(facts, report.symbol !== null)} />
      {price && <PriceGauge chart={price} />}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="font-semibold">Withdrawal</dt>
        <dd>{exit.path ?? 'No withdrawal path is recorded.'}</dd>
        <dt className="font-semibold">Delay</dt>
        <dd>
          <FactText fact={facts.withdrawal} show={withdrawalText} />
        </dd>
        {exit.eigenLayer && !(facts.withdrawal.known && facts.withdrawal.value.text.includes(exit.eigenLayer)) && (
          <>
            <dt className="font-semibold">EigenLayer</dt>
            <dd>{exit.eigenLayer}</dd>
          </>
        )}
        <dt className="font-semibold">Instant</dt>
        <dd>
          {exit.instantRedeem.length === 0 ? (
            'No instant redemption is recorded.'
          ) : (
            <ul>
              {exit.instantRedeem.map((r) => (
                <li key={r.name}>
                  {r.name}: {r.fee}. {r.note} <SourceLink source={r.source} label="source" />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">Market price</dt>
        <dd data-testid="peg">{report.symbol === null ? NO_TOKEN : <FactText fact={facts.peg} show={pegText} />}</dd>
        {report.symbol !== null && (
          <>
            <dt className="font-semibold">Depth</dt>
            <dd>
              <FactText fact={facts.priceImpact} show={depthText} />
            </dd>
          </>
        )}
      </dl>
    </Section>
  );
}
