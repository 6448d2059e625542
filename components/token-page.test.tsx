// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '../tests/support/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorker } from '../tests/support/test-worker';
import type { TokenReport } from '../lib/report/token-report';
import type { ExposureFact } from '../lib/risk/types';
import { compareRows } from '../lib/ui/compare-rows';
import { CompareTable } from './compare-table';
import { wordingProblems } from '../tests/support/wording';
import { TokenPage } from './token-page';

const { worker } = createTestWorker();
const base = (await worker.tokenReport('rseth')) as TokenReport;

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

afterEach(cleanup);

/** Opens the page's section titled `title` by its heading (which names it); queries within that section. */
function open(title: string) {
  const heading = screen.getByText(title, { selector: 'summary > h2' });
  const section = heading.closest('section')!;
  expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
  fireEvent.click(heading.closest('summary')!);
  expect(section.querySelector('details')!.open).toBe(true);
  return within(section);
}
/** The token page as the popup shows it, with one section opened. */
function showPage(report: TokenReport, title = 'Slashing exposure', copy = async (_: string) => {}) {
  render(<TokenPage report={report} sources={null} copy={copy} />);
  return open(title);
}
/** A table's body rows, each as the text of its cells. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map((cell) => cell.textContent));
/** The innermost element whose text, across its children, is or contains `text`. */
const textMatch = (text: string | RegExp) => (_: string, el: Element | null) => {
  const has = (e: Element) => (typeof text === 'string' ? (e.textContent ?? '').includes(text) : text.test(e.textContent ?? ''));
  return !!el && has(el) && ![...el.children].some(has);
};

describe('TokenPage', () => {
  it('with exposure read on-chain: one table row per operator set, largest share first, live and redistribution said', () => {
    const section = showPage(live);
    const table = section.getByRole('table', { name: 'Operator sets that can slash this stake' });
    expect(rowsOf(table)).toEqual([
      ['Quiet AVS #1', '30%', 'no', 'not known'],
      ['EigenDA #0', '12.5%', 'yes', 'burned'],
      ['0x2222…2222 #3', '0.4%', 'yes', 'redistributed to 0x3333…3333'],
    ]);
    expect(section.getByText(textMatch('7 operators, the largest holds 42% of the delegated stake · staker list read on-chain'))).toBeTruthy();
    expect(section.queryByText(/^Not checked:/)).toBeNull();
  });

  it('with exposure not known: "Not checked" and the reason, no table', () => {
    const section = showPage(base);
    expect(section.queryByRole('table', { name: /Operator sets/ })).toBeNull();
    expect(section.getByText(textMatch(`Not checked: ${(base.facts.exposure as { reason: string }).reason}`))).toBeTruthy();
  });

  it('with only the snapshot’s operator list: that list, under "Not checked"', () => {
    const withOperators: TokenReport = {
      ...base,
      operators: [{ name: 'P2P.org', address: '0x5555555555555555555555555555555555555555', avs: ['EigenDA', 'Lagrange'], source: 'https://example.org/operators' }],
      operatorsNote: null,
    };
    const section = showPage(withOperators);
    const table = section.getByRole('table', { name: 'Operators on record (what they are allocated to is not checked yet)' });
    expect(rowsOf(table)).toEqual([['P2P.org0x5555…5555', 'EigenDA, Lagrange', expect.stringContaining('example.org')]]);
    expect(section.getByText(/^Not checked:/)).toBeTruthy();
  });

  it("ynETH, offline: the operators its own delegation script names, each source a link to that file on GitHub", async () => {
    const yneth = (await worker.tokenReport('yneth')) as TokenReport;
    const section = showPage(yneth);
    const table = section.getByRole('table', { name: 'Operators on record (what they are allocated to is not checked yet)' });
    expect(rowsOf(table).map((r) => r[0])).toEqual(['A410xa83e…6D8e', 'P2P0xDbEd…f2F5']);
    const links = within(table).getAllByRole('link', { name: 'github.com' });
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('href')).toMatch(/^https:\/\/github\.com\/yieldnest\/yieldnest-protocol\/blob\/[0-9a-f]{40}\/script\/delegation\/DelegateTransactionDataBuilder\.sol$/);
    expect(within(table).queryByText(/@[0-9a-f]{40}:/)).toBeNull();
    expect(section.getByText(/four of its five staking nodes to A41 and one to P2P/)).toBeTruthy();
  });

  it("weETH's exit, offline: each figure once, and one full stop between the fee and the note", async () => {
    const weeth = (await worker.tokenReport('weeth')) as TokenReport;
    showPage(weeth, 'Exit');
    const text = screen.getByTestId('exit').textContent!;
    expect(weeth.exit.eigenLayer).toBeTruthy();
    expect(text.split(weeth.exit.eigenLayer!).length - 1).toBe(1);
    expect(text).toContain('not on record here. How much can leave at once');
    expect(text).not.toMatch(/\.\./);
  });

  it('direct restaking, offline: nothing to sell, so no market price, no depth and no dot on "Sell now"', async () => {
    const direct = (await worker.tokenReport('eigenlayer-direct')) as TokenReport;
    expect(direct.symbol).toBeNull();
    showPage(direct, 'Exit');
    const exit = screen.getByTestId('exit');
    expect(exit.textContent).toContain('not possible, there is no token to sell');
    expect(within(exit).getByTestId('peg').textContent).toBe('No token: a direct restake is withdrawn, not sold.');
    expect(exit.textContent).not.toContain('Depth');
    expect(within(exit).getByTestId('exit-chart').querySelector('circle')).toBeNull();
    cleanup();
    showPage(base, 'Exit');
    expect(within(screen.getByTestId('exit')).getByTestId('exit-chart').querySelector('circle')).not.toBeNull();
  });

  it('lists an address that is both a token and a contract once, as the token (ynETH)', async () => {
    const yneth = (await worker.tokenReport('yneth')) as TokenReport;
    expect(yneth.contracts.some((c) => c.address === yneth.tokens[0]!.address)).toBe(true);
    const section = showPage(yneth, 'Contracts and token addresses');
    const rows = section.getAllByTestId('address-row').filter((r) => r.textContent!.includes(yneth.tokens[0]!.address));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/^ynETH · primary/);
    expect(section.getAllByTestId('address-row')).toHaveLength(yneth.tokens.length + yneth.contracts.length - 1);
  });

  it('shows the peg against the redemption value and the market depth when known', () => {
    const section = showPage(live, 'Exit');
    expect(section.getByText(textMatch('0.9900 ETH on Curve pool 0xabcd…1234 (ETH) vs 1.0000 ETH redemption value (1.00% below)'))).toBeTruthy();
    expect(section.getByText(textMatch('selling 100 on Curve pool 0xabcd…1234 costs about 0.35%'))).toBeTruthy();
    expect(open('Yield').getAllByText(textMatch('Exchange rate: 2.90%')).length).toBeGreaterThan(0);
  });

  it('lists every token and contract address with a copy button that copies it', async () => {
    const copied: string[] = [];
    const section = showPage(base, 'Contracts and token addresses', async (text) => void copied.push(text));
    const buttons = section.getAllByRole('button', { name: /^Copy the address of / });
    // rsETH's wrapped tokens are contracts too: each address once, named as both ("wrsETH (RsETHTokenWrapper)").
    const both = base.contracts.filter((c) => base.tokens.some((t) => t.chain === c.chain && t.address === c.address));
    expect(both.length).toBeGreaterThan(0);
    expect(buttons).toHaveLength(base.tokens.length + base.contracts.length - both.length);
    expect(section.getAllByRole('button', { name: /^Copy the address of wrsETH \(RsETHTokenWrapper\) on / }).length).toBeGreaterThan(0);
    fireEvent.click(buttons[0]!);
    expect(await section.findByText('Copied')).toBeTruthy();
    expect(copied).toEqual([base.tokens[0]!.address]);
  });
});

describe('CompareTable', () => {
  const rows = compareRows([base, live], {});
  const columns = () => screen.getAllByRole('columnheader');

  it('marks the sorted column with aria-sort and no other, and says the order in its caption', () => {
    render(<CompareTable rows={rows} sort={{ column: 'exitDelay', direction: 'descending' }} onSort={() => {}} />);
    const sorted = columns().filter((th) => th.hasAttribute('aria-sort'));
    expect(sorted.map((th) => [th.textContent, th.getAttribute('aria-sort')])).toEqual([['Exit▼', 'descending']]);
    expect(screen.getByRole('table', { name: 'LRTs side by side, sorted by Exit descending' })).toBeTruthy();
    cleanup();
    render(<CompareTable rows={rows} sort={null} onSort={() => {}} />);
    expect(columns().filter((th) => th.hasAttribute('aria-sort'))).toEqual([]);
  });

  it('sorts by the column whose header button is pressed', () => {
    const pressed: string[] = [];
    render(<CompareTable rows={rows} sort={null} onSort={(c) => pressed.push(c)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Exit' }));
    fireEvent.click(screen.getByRole('button', { name: 'TVL' }));
    expect(pressed).toEqual(['exitDelay', 'tvl']);
  });

  it('reads known cells in column order and says "Couldn\'t check" for the rest', () => {
    render(<CompareTable rows={rows} sort={null} onSort={() => {}} />);
    expect(columns().map((th) => th.textContent)).toEqual(['LRT↕', 'Verdict↕', 'Yield a year↕', 'Exit↕', 'Can be slashed↕', 'Price vs value↕', 'TVL↕', 'Latest audit↕']);
    const [, second] = rowsOf(screen.getByRole('table'));
    expect(second!.slice(2)).toEqual(['2.9 % · Nov 2026', 'up to 10 days', 'up to 13 %', '1.00 % below', '$1.21B · Mar 2026', expect.any(String)]);
    expect(screen.getAllByText("Couldn't check").length).toBeGreaterThan(0);
  });

  it('every LRT in the bundled snapshot reads without code, hashes or "bps"', async () => {
    const all = compareRows((await worker.compare()) as TokenReport[], {});
    const { container } = render(<CompareTable rows={all} sort={null} onSort={() => {}} />);
    const cells = [...container.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
    expect(cells.length).toBeGreaterThan(all.length * 8);
    expect(cells.flatMap(wordingProblems)).toEqual([]);
  });

  it('offers what LRTs accept as a filter, not a column', () => {
    const chosen: (string | null)[] = [];
    render(<CompareTable rows={rows} sort={null} onSort={() => {}} accepts="stETH" assets={['ETH', 'stETH']} onFilter={(a) => chosen.push(a)} />);
    const filter = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Accepts' });
    expect(filter.value).toBe('stETH');
    expect(screen.getByRole('table', { name: 'LRTs side by side that accept stETH' })).toBeTruthy();
    expect(columns().map((th) => th.textContent)).not.toContain('Accepts');
    fireEvent.change(filter, { target: { value: '' } });
    expect(chosen).toEqual([null]);
  });
});
