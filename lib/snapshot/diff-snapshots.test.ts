import { describe, expect, it } from 'vitest';
import { diffSnapshots, formatFactChanges } from './diff-snapshots.ts';
import { loadSnapshot } from './load-snapshot.ts';
import type { Snapshot } from './snapshot-schema.ts';

const base = loadSnapshot();
const copy = () => structuredClone(base) as Snapshot;
const lrt = (s: Snapshot, id: string) => s.lrts.find((l) => l.id === id)!;

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots(base, copy())).toEqual([]);
    expect(formatFactChanges([])).toEqual(['no changes']);
  });

  it('reports a fact whose value changed, with its new source and as-of', () => {
    // An LRT whose value locked is not on record yet, so the change is from null.
    const id = base.lrts.find((l) => l.tvlUsd.value === null)!.id;
    const next = copy();
    lrt(next, id).tvlUsd = { value: 5_510_000_000, source: 'https://yields.llama.fi/pools', asOf: '2026-11-26', verification: 'secondary' };
    const changes = diffSnapshots(base, next);
    expect(changes).toEqual([
      { kind: 'changed', path: `lrts[${id}].tvlUsd`, before: null, after: 5_510_000_000, source: 'https://yields.llama.fi/pools', asOf: '2026-11-26' },
    ]);
    expect(formatFactChanges(changes)).toEqual([`~ lrts[${id}].tvlUsd: null → 5510000000  (https://yields.llama.fi/pools, 2026-11-26)`]);
  });

  it('tells a re-confirmed fact from a changed one', () => {
    const next = copy();
    const fact = lrt(next, 'rseth').withdrawal.protocolQueue;
    fact.asOf = '2026-11-26';
    const changes = diffSnapshots(base, next);
    expect(changes).toEqual([{ kind: 'refreshed', path: 'lrts[rseth].withdrawal.protocolQueue', asOf: '2026-11-26' }]);
    expect(formatFactChanges(changes)).toEqual(['= 1 fact(s) re-confirmed with the same value']);
  });

  it('matches list members by key: additions, removals, reordering', () => {
    const next = copy();
    const rseth = lrt(next, 'rseth');
    rseth.incidents.push({ ...rseth.incidents[0]!, id: 'kelp-new-incident', date: '2026-11-01' });
    const weeth = lrt(next, 'weeth');
    const removed = weeth.audits.pop()!;
    weeth.audits.reverse();
    const changes = diffSnapshots(base, next);
    expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      `removed lrts[weeth].audits[${removed.reportUrl}]`,
      'added lrts[rseth].incidents[kelp-new-incident]',
    ]);
  });

  it('notices a changed top-level date', () => {
    const next = copy();
    next.asOf = '2026-12-01';
    expect(diffSnapshots(base, next)).toEqual([{ kind: 'changed', path: 'asOf', before: base.asOf, after: '2026-12-01' }]);
  });
});
