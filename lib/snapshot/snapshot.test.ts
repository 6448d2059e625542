import { describe, expect, it } from 'vitest';
import { LRT_POOL_MATCHERS } from '../sources/defillama/lrt-pool-matchers.ts';
import { loadSnapshot, parseSnapshot, SnapshotInvalidError } from './load-snapshot.ts';
import { CODE_WORDS, textsOf } from '../../tests/support/plain-words.ts';

const snapshot = loadSnapshot();

/** Registry protocol ids (lib/protocols), including the layers planned next. */
const PROTOCOL_IDS = ['etherfi', 'renzo', 'puffer', 'kelp', 'swell', 'eigenlayer', 'yieldnest', 'inception', 'eigenpie', 'symbiotic', 'mellow', 'karak', 'kernel'];

type Node = Record<string, unknown>;
function* walk(value: unknown, path = ''): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    yield [path, value as Node];
    for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`);
  }
}

describe('bundled snapshot, checked as a set', () => {
  it('validates at load and is memoised', () => {
    expect(snapshot.schemaVersion).toBe(1);
    expect(loadSnapshot()).toBe(snapshot);
  });

  it('covers every LRT the issue names, once, under registry protocol ids', () => {
    const ids = snapshot.lrts.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['weeth', 'ezeth', 'pufeth', 'rseth', 'rsweth', 'yneth', 'ynlsde', 'ineth', 'msteth', 'eigenlayer-direct']) {
      expect(ids).toContain(id);
    }
    for (const lrt of snapshot.lrts) expect(PROTOCOL_IDS).toContain(lrt.protocol);
    expect(snapshot.lrts.filter((l) => l.kind === 'direct-restaking').map((l) => l.protocol)).toEqual(['eigenlayer']);
  });

  it('gives every known fact a source, a label and an as-of no later than the snapshot; every unknown a reason', () => {
    let facts = 0;
    for (const [path, node] of walk(snapshot)) {
      if (!('asOf' in node)) continue;
      expect(node.asOf as string, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((node.asOf as string) <= snapshot.asOf, `${path} asOf after the snapshot`).toBe(true);
      if ('value' in node) {
        facts++;
        if (node.value === null) expect(node.reason, path).toEqual(expect.any(String));
        else {
          expect(node.source, path).toEqual(expect.any(String));
          expect(node.verification, path).toMatch(/^(primary|secondary|unverified)$/);
        }
      }
    }
    expect(facts).toBeGreaterThan(120);
  });

  it('cites only https URLs on public hosts or pinned repository files', () => {
    for (const [path, node] of walk(snapshot)) {
      for (const key of ['source', 'reportUrl'] as const) {
        const ref = node[key];
        if (typeof ref !== 'string') continue;
        if (ref.startsWith('http')) {
          const url = new URL(ref);
          expect(url.protocol, `${path}.${key}`).toBe('https:');
          expect(url.hostname, `${path}.${key}`).not.toMatch(/^(localhost|127\.|0\.0\.0\.0|\[::1\])/);
        } else {
          expect(ref, `${path}.${key}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}(:.+)?$/);
        }
      }
      for (const ref of (node.sources as unknown[] | undefined) ?? []) expect(String(ref), path).toMatch(/^https:\/\//);
    }
  });

  it('links each repository audit to the same file at the same commit it cites', () => {
    for (const lrt of snapshot.lrts) {
      for (const audit of lrt.audits) {
        expect(audit.date === null || audit.date <= snapshot.asOf).toBe(true);
        const m = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):(.+)$/.exec(audit.source);
        if (!m) continue;
        const [, repo, commit, path] = m;
        const url = new URL(audit.reportUrl);
        expect(url.origin).toBe('https://github.com');
        expect(decodeURIComponent(url.pathname)).toBe(`/${repo}/blob/${commit}/${path}`);
      }
    }
    const count = (id: string) => snapshot.lrts.find((l) => l.id === id)!.audits.length;
    expect(count('weeth')).toBeGreaterThan(20);
    expect(count('eigenlayer-direct')).toBeGreaterThan(15);
    // Kelp's audits: Sigma Prime's three published reviews and the Code4rena contest.
    const kelp = snapshot.lrts.find((l) => l.id === 'rseth')!.audits;
    expect(kelp.map((a) => [a.auditor, a.date])).toEqual([
      ['Sigma Prime', '2023-12'],
      ['Code4rena', '2023-12-11'],
      ['Sigma Prime', '2024-06'],
      ['Sigma Prime', '2024-06'],
    ]);
  });

  it('gives every seed LRT a dated, sourced upgrade delay or a plain reason, and a yield where a page dates one', () => {
    const lrt = (id: string) => snapshot.lrts.find((l) => l.id === id)!;
    expect(lrt('rseth').upgradeDelay).toMatchObject({ value: { hours: 240 }, verification: 'secondary' });
    expect(lrt('ineth').upgradeDelay).toMatchObject({ value: { hours: 2 }, verification: 'primary' });
    for (const id of ['weeth', 'ezeth', 'pufeth', 'rseth']) expect(lrt(id).yield.exchangeRateApy.value).toBeGreaterThan(0);
    expect(lrt('weeth').yield.exchangeRateApy).toMatchObject({ value: 2.59, asOf: '2026-05-13' });
  });

  it('says nothing the person reads about how the snapshot was built, endpoints or function signatures', () => {
    const reasons: string[] = [];
    const walk = (o: unknown): void => {
      if (!o || typeof o !== 'object') return;
      const r = (o as { reason?: unknown }).reason;
      if (typeof r === 'string') reasons.push(r);
      for (const v of Object.values(o)) walk(v);
    };
    walk(snapshot);
    for (const r of reasons) expect(r).not.toMatch(/network access|compiled|llama\.fi|\/pools|\/protocols|@[0-9a-f]{40}|\w\(\)/);
  });

  it('records the incidents the issue names, with sources', () => {
    const incident = (lrt: string, date: string) =>
      snapshot.lrts.find((l) => l.id === lrt)!.incidents.find((i) => i.date === date);
    expect(incident('ezeth', '2024-04-24')).toMatchObject({ impact: 'peg' });
    expect(incident('rseth', '2026-04-18')).toMatchObject({ impact: 'funds' });
    for (const lrt of snapshot.lrts) for (const i of lrt.incidents) expect(i.date <= snapshot.asOf).toBe(true);
  });

  it("states EigenLayer's delays in blocks and days consistently (12-second blocks)", () => {
    for (const key of ['withdrawalDelay', 'deallocationDelay', 'allocationConfigurationDelay'] as const) {
      const fact = snapshot.eigenLayer[key];
      if (fact.value === null) throw new Error(`${key} unknown`);
      expect(fact.value.days).toBeCloseTo((fact.value.blocks * 12) / 86_400, 2);
    }
    expect(snapshot.eigenLayer.withdrawalDelay.value).toEqual({ blocks: 100_800, days: 14 });
  });

  it('agrees with the DefiLlama /pools matchers', () => {
    for (const m of LRT_POOL_MATCHERS) {
      const lrt = snapshot.lrts.find((l) => l.id === m.lrtId);
      expect(lrt, m.lrtId).toBeDefined();
      expect(lrt!.protocol).toBe(m.protocol);
      expect(lrt!.yield.defillama).toMatchObject({ project: m.project, symbol: m.symbol, protocolId: m.defillamaProtocolId });
    }
    const mapped = snapshot.lrts.filter((l) => l.yield.defillama).map((l) => l.id).sort();
    expect(mapped).toEqual(LRT_POOL_MATCHERS.map((m) => m.lrtId).sort());
  });

  it('never lists an operator list as empty without saying why', () => {
    for (const lrt of snapshot.lrts) {
      if (lrt.operators.list.length === 0) expect(lrt.operators.unknownReason, lrt.id).toBeTruthy();
      const stakers = lrt.operators.stakers.map((s) => s.address.toLowerCase());
      expect(new Set(stakers).size).toBe(stakers.length);
    }
    expect(snapshot.lrts.find((l) => l.id === 'rseth')!.operators.stakers).toHaveLength(12);
  });

  it('rejects a fact with a value but no source', () => {
    const broken = structuredClone(snapshot) as unknown as { lrts: { tvlUsd: unknown }[] };
    broken.lrts[0]!.tvlUsd = { value: 1, asOf: '2026-11-25', verification: 'secondary' };
    expect(() => parseSnapshot(broken)).toThrow(SnapshotInvalidError);
    expect(() => parseSnapshot(broken)).toThrow('snapshot invalid');
    const unknownWithoutReason = structuredClone(snapshot) as unknown as { lrts: { tvlUsd: unknown }[] };
    unknownWithoutReason.lrts[0]!.tvlUsd = { value: null, asOf: '2026-11-25' };
    expect(() => parseSnapshot(unknownWithoutReason)).toThrow(SnapshotInvalidError);
  });
});

describe('bundled snapshot, in plain words', () => {
  it('what a person reads about each LRT names no function, constant or Contract.method; sources and notes carry those', () => {
    // Sources, notes, addresses and names are provenance or labels; stakerDiscovery and stakers tell the reader where to look.
    const skip = new Set(['source', 'note', 'address', 'id', 'name', 'contract', 'reportUrl', 'sources', 'symbol', 'url', 'protocol', 'call', 'meaning', 'label', 'subject', 'auditor', 'stakerDiscovery', 'stakers']);
    const texts = loadSnapshot().lrts.flatMap((lrt) => textsOf(lrt, lrt.id, skip));
    expect(texts.length).toBeGreaterThan(300);
    for (const [where, text] of texts) expect(text, where).not.toMatch(CODE_WORDS);
  });
});
