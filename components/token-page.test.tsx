import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTestWorker } from '../tests/support/test-worker';
import type { TokenReport } from '../lib/report/token-report';
import type { ExposureFact } from '../lib/risk/types';
import { compareRows } from '../lib/ui/compare-rows';
import { CompareTable } from './compare-table';
import { wordingProblems } from '../tests/support/wording';
import { TokenPage } from './token-page';

const { worker } = createTestWorker();
const base = (await worker.tokenReport('rseth')) as TokenReport;
const copy = async () => {};

/** The report as it reads once on-chain data is cached: exposure, peg and depth known. */
const exposure: ExposureFact = {
  operatorSets: [
    { avs: '0x1111111111111111111111111111111111111111', avsName: 'EigenDA', operatorSetId: 0, slashableShare: 0.125, live: true, destination: 'burn', recipient: null },
    { avs: '0x2222222222222222222222222222222222222222', avsName: null, operatorSetId: 3, slashableShare: 0.004, live: true, destination: 'redistribute', recipient: '0x3333333333333333333333333333333333333333' },
    { avs: '0x4444444444444444444444444444444444444444', avsName: 'Quiet AVS', operatorSetId: 1, slashableShare: 0.3, live: false, destination: 'unknown', recipient: null },
  ],
  topOperatorShare: 0.42,
  operatorCount: 7,
  stakerListOrigin: 'onchain',
};
const live: TokenReport = {
  ...base,
  facts: {
    ...base.facts,
    exposure: { known: true, value: exposure, source: 'rpc:1:AllocationManager', asOf: '2026-11-25' },
    peg: { known: true, value: { marketPrice: 0.99, redemptionValue: 1.0, market: 'Curve pool 0xabcd…1234 (ETH)' }, source: 'rpc:1:curve', asOf: '2026-11-25' },
    priceImpact: { known: true, value: { bps: 35, amount: 100, market: 'Curve pool 0xabcd…1234' }, source: 'rpc:1:curve', asOf: '2026-11-25' },
  },
  yield: { ...base.yield, parts: [{ key: 'rate', label: 'Exchange rate', apy: 2.9 }], source: 'https://yields.llama.fi/pools', asOf: '2026-11-25' },
};

const html = (report: TokenReport) => renderToStaticMarkup(<TokenPage report={report} sources={null} copy={copy} />);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|#x27|quot|lt|gt);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ');

describe('TokenPage', () => {
  it('with exposure read on-chain: one table row per operator set, largest share first, live and redistribution said', () => {
    const markup = html(live);
    const table = markup.slice(markup.indexOf('data-testid="exposure-table"'), markup.indexOf('</table>', markup.indexOf('data-testid="exposure-table"')));
    const rows = text(table);
    expect(rows).toMatch(/Quiet AVS #1 30% no not known.*EigenDA #0 12\.5% yes burned.*0x2222…2222 #3 0\.4% yes redistributed to 0x3333…3333/);
    expect(text(markup)).toContain('7 operators, the largest holds 42% of the delegated stake · staker list read on-chain');
    expect(markup).not.toContain('exposure-not-checked');
  });

  it('with exposure not known: "Not checked" and the reason, no table', () => {
    const markup = html(base);
    expect(markup).not.toContain('exposure-table');
    expect(text(markup)).toContain(`Not checked: ${(base.facts.exposure as { reason: string }).reason}`);
  });

  it('with only the snapshot’s operator list: that list, under "Not checked"', () => {
    const withOperators: TokenReport = {
      ...base,
      operators: [{ name: 'P2P.org', address: '0x5555555555555555555555555555555555555555', avs: ['EigenDA', 'Lagrange'], source: 'https://example.org/operators' }],
      operatorsNote: null,
    };
    const markup = html(withOperators);
    expect(markup).toContain('data-testid="operator-table"');
    expect(text(markup)).toMatch(/Operators in the bundled snapshot \(allocations not read\).*P2P\.org 0x5555…5555 EigenDA, Lagrange/);
    expect(markup).toContain('data-testid="exposure-not-checked"');
  });

  it('shows the peg against the redemption value and the market depth when known', () => {
    const t = text(html(live));
    expect(t).toContain('0.9900 ETH on Curve pool 0xabcd…1234 (ETH) vs 1.0000 ETH redemption value (1.00% below)');
    expect(t).toContain('selling 100 on Curve pool 0xabcd…1234 costs about 0.35%');
    expect(t).toContain('Exchange rate: 2.90%');
  });

  it('lists every token and contract address with its verification and a copy button', () => {
    const markup = html(base);
    expect(markup.match(/data-testid="address-row"/g)).toHaveLength(base.tokens.length + base.contracts.length);
    expect(markup.match(/aria-label="Copy the address of /g)).toHaveLength(base.tokens.length + base.contracts.length);
  });
});

describe('CompareTable', () => {
  const rows = compareRows([base, live], {});
  it('marks the sorted column with aria-sort and no other', () => {
    const markup = renderToStaticMarkup(<CompareTable rows={rows} sort={{ column: 'exitDelay', direction: 'descending' }} onSort={() => {}} />);
    expect(markup.match(/aria-sort="/g)).toHaveLength(1);
    expect(markup).toMatch(/aria-sort="descending"[^>]*data-column="exitDelay"/);
    const unsorted = renderToStaticMarkup(<CompareTable rows={rows} sort={null} onSort={() => {}} />);
    expect(unsorted).not.toContain('aria-sort');
  });

  it('reads known cells in column order and says "Couldn\'t check" for the rest', () => {
    const t = text(renderToStaticMarkup(<CompareTable rows={rows} sort={null} onSort={() => {}} />));
    expect(t).toContain('LRT ↕ Verdict ↕ Yield a year ↕ Exit ↕ Can be slashed ↕ Price vs value ↕ TVL ↕ Latest audit ↕');
    expect(t).toContain('2.9 % · Nov 2026 up to 10 days up to 13 % 1.00 % below $1.21B · Mar 2026');
    expect(t).toContain("Couldn't check");
  });

  it('every LRT in the bundled snapshot reads without code, hashes or "bps"', async () => {
    const all = compareRows((await worker.compare()) as TokenReport[], {});
    const lines = renderToStaticMarkup(<CompareTable rows={all} sort={null} onSort={() => {}} />)
      .split(/<\/(?:td|th|p|h1)>/)
      .map((chunk) => text(chunk).trim())
      .filter(Boolean);
    expect(lines.flatMap(wordingProblems)).toEqual([]);
  });

  it('offers what LRTs accept as a filter, not a column', () => {
    const markup = renderToStaticMarkup(<CompareTable rows={rows} sort={null} onSort={() => {}} accepts="stETH" assets={['ETH', 'stETH']} onFilter={() => {}} />);
    expect(markup).toMatch(/<option value="stETH" selected="">stETH<\/option>/);
    expect(text(markup)).toContain('LRTs side by side that accept stETH');
    expect(markup).not.toContain('data-column="assets"');
  });
});
