import { describe, expect, it } from 'vitest';
import { createTestWorker } from '../../tests/support/test-worker';
import type { TokenReport } from '../report/token-report';
import { ACCEPTED_ASSETS } from '../report/accepted-assets.generated';
import { acceptedOptions, compareRows, filterByAsset, NOT_CHECKED, type CompareRow } from './compare-rows';
import { sortCompareRows, type CompareColumn } from './sort-compare-rows';

const { worker } = createTestWorker();
const reports = (await worker.compare()) as TokenReport[];
const rows = compareRows(reports, ACCEPTED_ASSETS);
const byId = (id: string) => rows.find((r) => r.id === id)!;

describe('compareRows (the bundled snapshot, no live data)', () => {
  it('has one row per report', () => {
    expect(rows.map((r) => r.id)).toEqual(reports.map((r) => r.id));
  });

  it('reads exit delays from the withdrawal fact: a range, a single figure, none, or not checked', () => {
    expect(byId('rseth').exitDelay).toMatchObject({ value: 10, text: 'up to 10 days' });
    expect(byId('msteth').exitDelay).toMatchObject({ value: 7, text: '7+ days' });
    expect(byId('weeth').exitDelay).toMatchObject({ value: null, text: 'no fixed delay' });
    expect(byId('eigenlayer-direct').peg).toMatchObject({ value: null, text: 'no token', note: 'No token: a direct restake is withdrawn, not sold.' });
    expect(byId('weeth').peg.text).not.toBe('no token');
    expect(byId('pufeth').exitDelay).toMatchObject({ value: null, text: NOT_CHECKED, note: expect.stringContaining('No fixed delay in Puffer') });
  });

  it('says "Couldn\'t check" with the reason where the snapshot has no on-chain data (direct restaking: no token to price)', () => {
    for (const r of rows) {
      for (const cell of r.symbol === null ? [r.slashableShare] : [r.slashableShare, r.peg]) {
        expect(cell.value).toBeNull();
        expect(cell.text).toBe(NOT_CHECKED);
        expect(cell.note?.length).toBeGreaterThan(5);
      }
    }
  });

  it('shows a last-known yield with its date, on the axis every row shares', () => {
    expect(byId('rseth').apy).toMatchObject({ value: 2.56, text: '2.6 % · Mar 2026', note: expect.stringContaining('last known on 2026-03-19'), scale: expect.closeTo(0.256) });
    const known = rows.filter((r) => r.apy.value !== null);
    expect(known.length).toBeGreaterThan(3);
    for (const r of known) expect(r.apy.scale).toBeCloseTo(Math.min(1, r.apy.value! / 10));
  });

  it('dates the TVL and names the latest audit', () => {
    expect(byId('rseth').tvl).toMatchObject({ value: 1210000000, text: '$1.21B · Mar 2026' });
    expect(byId('rseth').latestAudit).toMatchObject({ value: '2024-06', text: expect.stringMatching(/^Jun 2024/) });
  });

  it('filters by what a token accepts, from the registry', () => {
    expect(byId('weeth')).toMatchObject({ accepts: ['ETH', 'stETH', 'WETH', 'wstETH'], acceptsMore: true });
    expect(byId('yneth').accepts).toEqual(['ETH']);
    expect(compareRows(reports.slice(0, 1), {})[0]!.accepts).toEqual([]);
    expect(acceptedOptions(rows)[0]).toBe('ETH');
    const stETH = filterByAsset(rows, 'stETH');
    expect(stETH.map((r) => r.id)).toContain('weeth');
    expect(stETH.map((r) => r.id)).not.toContain('yneth');
    expect(stETH.every((r) => r.accepts.includes('stETH'))).toBe(true);
    expect(filterByAsset(rows, null)).toHaveLength(rows.length);
  });
});

describe('sortCompareRows', () => {
  const cell = (value: number | null) => ({ value, text: value === null ? NOT_CHECKED : String(value), note: null });
  const row = (id: string, exit: number | null, level: CompareRow['verdict']['level'], rank: number | null): CompareRow => ({
    id,
    name: id.toUpperCase(),
    symbol: id,
    protocol: id,
    verdict: { level, value: rank, text: level, note: null },
    apy: { ...cell(null), scale: null },
    exitDelay: cell(exit),
    slashableShare: cell(null),
    peg: cell(null),
    tvl: cell(1),
    latestAudit: { value: null, text: NOT_CHECKED, note: null },
    accepts: [],
    acceptsMore: false,
  });
  const sample = [row('b', 10, 'high', 2), row('a', null, 'unknown', null), row('d', 3, 'ok', 0), row('c', 28, 'critical', 3), row('e', 10, 'caution', 1)];
  const ids = (column: CompareColumn, direction: 'ascending' | 'descending') => sortCompareRows(sample, { column, direction }).map((r) => r.id);

  it.each<[CompareColumn, 'ascending' | 'descending', string[]]>([
    ['exitDelay', 'ascending', ['d', 'b', 'e', 'c', 'a']],
    // Unknown stays last when the order flips; ties keep their order.
    ['exitDelay', 'descending', ['c', 'b', 'e', 'd', 'a']],
    ['verdict', 'descending', ['c', 'b', 'e', 'd', 'a']],
    ['verdict', 'ascending', ['d', 'e', 'b', 'c', 'a']],
    ['name', 'ascending', ['a', 'b', 'c', 'd', 'e']],
    ['name', 'descending', ['e', 'd', 'c', 'b', 'a']],
    ['slashableShare', 'ascending', ['b', 'a', 'd', 'c', 'e']],
  ])('%s %s', (column, direction, expected) => {
    expect(ids(column, direction)).toEqual(expected);
  });

  it('leaves the order alone with no sort, and never mutates its input', () => {
    const before = sample.map((r) => r.id);
    expect(sortCompareRows(sample, null).map((r) => r.id)).toEqual(before);
    sortCompareRows(sample, { column: 'exitDelay', direction: 'ascending' });
    expect(sample.map((r) => r.id)).toEqual(before);
  });

  it('sorts the real rows with "not checked" last', () => {
    const sorted = sortCompareRows(rows, { column: 'exitDelay', direction: 'ascending' });
    const values = sorted.map((r) => r.exitDelay.value);
    const firstNull = values.indexOf(null);
    expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
    expect(values.slice(0, firstNull)).toEqual([...values.slice(0, firstNull)].sort((a, b) => a! - b!));
  });
});
