import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, stall, startLocalServer, stream, type LocalServer } from '../../../tests/fixtures/defillama/local-server.ts';
import { fetchProtocols } from './fetch-protocols.ts';

const fixture = readFileSync(new URL('../../../tests/fixtures/defillama/protocols.json', import.meta.url), 'utf8');

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/good/protocols': json(fixture),
    '/object/protocols': json({ protocols: JSON.parse(fixture) }),
    '/truncated/protocols': json(fixture.slice(0, fixture.length - 40)),
    '/slow/protocols': stall('['),
    '/huge/protocols': stream(function* () {
      yield '[';
      const row = JSON.stringify({ name: 'filler', slug: 'filler', tvl: 1, description: 'x'.repeat(1000) });
      for (let i = 0; i < 500; i++) yield (i ? ',' : '') + Array(100).fill(row).join(',');
      yield ']';
    }),
  });
});
afterAll(() => server.close());

const deps = (path: string, timeoutMs?: number) => ({
  fetch: globalThis.fetch,
  baseUrl: `${server.url}/${path}`,
  ...(timeoutMs ? { timeoutMs } : {}),
});

describe('fetchProtocols', () => {
  it('keeps the LRT protocols with TVL, audit level and http(s) audit links only', async () => {
    const result = await fetchProtocols(deps('good'));
    if (!result.ok) throw result.error;
    const bySlug = Object.fromEntries(result.data.protocols.map((p) => [p.slug, p]));
    expect(Object.keys(bySlug).sort()).toEqual(['eigenlayer', 'ether.fi-stake', 'kelp', 'renzo', 'swell-liquid-restaking', 'yieldnest']);
    expect(bySlug['ether.fi-stake']).toEqual({
      slug: 'ether.fi-stake',
      protocol: 'etherfi',
      name: 'ether.fi Stake',
      tvlUsd: 5500000000,
      auditLevel: 2,
      auditLinks: ['https://github.com/etherfi-protocol/smart-contracts/tree/master/audits'],
      droppedAuditLinks: 2,
      parentProtocol: 'parent#ether.fi',
      listedAt: 1684000000,
    });
    // A name with markup is kept as the same characters — plain data for a text node, never markup.
    expect(bySlug.kelp!.name).toBe('Kelp <script>alert(1)</script>');
    expect(bySlug.kelp!.auditLevel).toBe(1);
    // No `slug` in the row: derived the way DefiLlama derives it (defi/src/utils/sluggify.ts).
    expect(bySlug.yieldnest).toMatchObject({ protocol: 'yieldnest', auditLevel: null, tvlUsd: 70000000 });
    expect(bySlug['swell-liquid-restaking']).toMatchObject({ auditLevel: null, auditLinks: [] });
    // puffer-stake has tvl as a string: rejected, not coerced.
    expect(bySlug['puffer-stake']).toBeUndefined();
    expect(result.data.rejected).toBe(1);
    expect(JSON.stringify(result.data)).not.toContain('javascript:');
    expect(JSON.stringify(result.data)).not.toContain('onerror');
  });

  it.each([
    ['object', 'invalid payload'],
    ['truncated', 'invalid payload'],
    ['missing', 'http 404'],
    ['huge', 'too large'],
  ])('%s → failed: %s', async (path, message) => {
    const result = await fetchProtocols(deps(path));
    expect(!result.ok && result.error.shortMessage).toBe(message);
  });

  it('times out', async () => {
    const result = await fetchProtocols(deps('slow', 200));
    expect(!result.ok && result.error.shortMessage).toBe('timeout');
  });
});
