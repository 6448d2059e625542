import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../tests/support/memory-storage';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { createWorker } from '../worker/create-worker';
import type { TokenReport } from '../report/token-report';
import { ACCEPTED_ASSETS } from '../report/accepted-assets.generated';
import { compareRows, NOT_CHECKED, type CompareRow } from './compare-rows';
import { sortCompareRows, type CompareColumn } from './sort-compare-rows';

const worker = createWorker({
  storage: createMemoryStorage(),
  session: createMemoryStorage(),
  snapshot: loadSnapshot(),
  fetch: async () => {
    throw new Error('offline');
  },
  clientFor: () => {
    throw new Error('offline');
  },
  injectWarningUi: async () => {},
  openTab: async () => {},
  now: () => new Date('2026-11-25T12:00:00Z'),
});
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
    expect(byId('pufeth').exitDelay).toMatchObject({ value: null, text: NOT_CHECKED, note: expect.stringContaining('No numeric delay') });
  });

  it('says "not checked" with the reason where the snapshot has no on-chain data', () => {
    for (const r of rows) {
      for (const cell of [r.avsCount, r.slashableShare, r.peg]) {
        expect(cell.value).toBeNull();
        expect(cell.text).toBe(NOT_CHECKED);
        expect(cell.note?.length).toBeGreaterThan(5);
      }
    }
  });

  it('lists the accepted assets from the registry', () => {
    expect(byId('weeth').assets).toMatchObject({ text: 'ETH, stETH, WETH, wstETH and other tokens', value: 4.5 });
    expect(byId('yneth').assets).toMatchObject({ text: 'ETH', value: 1 });
    expect(compareRows(reports.slice(0, 1), {})[0]!.assets).toMatchObject({ value: null, text: NOT_CHECKED });
  });

  it('counts audits with the latest date', () => {
    expect(byId('rseth').audits).toMatchObject({ value: 4, text: '4, latest 2024-06' });
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
    yieldSource: { value: null, text: NOT_CHECKED, note: null },
    assets: cell(1),
    avsCount: cell(null),
    slashableShare: cell(null),
    audits: cell(1),
    exitDelay: cell(exit),
    peg: cell(null),
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
    ['avsCount', 'ascending', ['b', 'a', 'd', 'c', 'e']],
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
