import type { Ref } from 'react';
import type { LstReport } from '../lib/worker/lst-report';
import { AddressTable } from './address-table';
import { Section } from './section';

/** A liquid staking token people deposit (stETH, rETH, …): where it is deployed and where it can be restaked. */
export function LstPage({ report, copy, headingRef }: { report: LstReport; copy(text: string): Promise<void>; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <article aria-labelledby="token-title" className="flex flex-col gap-3" data-testid="lst-page" data-report={`lst:${report.id}`}>
      <header>
        <h1 id="token-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none">
          {report.symbol} <span className="font-normal text-slate-600 dark:text-slate-400">{report.name}</span>
        </h1>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          A liquid staking token: LRT Advisor checks what you deposit it into, not the token itself.
        </p>
      </header>
      <Section id="deployments-title" title="Deployments" testId="deployments">
        <AddressTable copy={copy} rows={report.deployments.map((d) => ({ ...d, name: report.symbol }))} />
      </Section>
      <Section id="restake-title" title="Where it can be restaked" testId="restaked-via">
        {report.restakedVia.length === 0 ? (
          <p>No restaking entry point for {report.symbol} is registered.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-xs">
            {report.restakedVia.map((r) => (
              <li key={`${r.chain}:${r.address}`}>
                <span className="font-medium">{r.protocol}</span> on {r.chain}: {r.contract} <code className="break-all">{r.address}</code>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
