import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { token } from './token';
import { CODE_WORDS } from '../../../tests/support/plain-words';

/** Runs `lrt-advisor token <query> [--json]` in process, from the bundled snapshot only (no network). */
async function run(args: string[]) {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await token(args, { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  expect(code).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}
const report = async (query: string) => JSON.parse(await run([query, '--json']));

describe('lrt-advisor token --json with no network', () => {
  it.each([
    ['weETH', 2.59, '2026-05-13', 72],
    ['ezETH', 3.05, '2025-06-01', 72],
    ['pufETH', 2.08, '2026-03-12', 168],
    ['rsETH', 2.56, '2026-03-19', 240],
    ['inETH', 0.54, '2024-08-14', 2],
  ])('%s: a last known, dated, sourced yield and an upgrade delay', async (symbol, apy, asOf, hours) => {
    const r = await report(symbol);
    expect(r.yield.parts).toEqual([{ key: 'rate', label: 'Exchange rate (last known)', apy }]);
    expect(r.yield).toMatchObject({ asOf, source: expect.stringMatching(/^https:\/\//) });
    expect(r.facts.upgradeDelayHours).toMatchObject({ known: true, value: hours, source: expect.any(String), asOf: expect.any(String) });
  });

  it("direct restaking: the staked asset's own yield as its base part, with its own source and date", async () => {
    const r = await report('eigenlayer-direct');
    expect(r.yield.parts).toEqual([{ key: 'base', label: 'Base staking (last known)', apy: 2.81 }]);
    expect(r.yield).toMatchObject({ asOf: '2025-04-19', source: expect.stringMatching(/^https:\/\/flipsidecrypto\.xyz\/lidofinance\//) });
    expect(r.yield.note).toMatch(/Restaking rewards .* are not included/);
    const text = await run(['eigenlayer-direct']);
    expect(text).toContain('Base staking (last known): 2.81%');
    expect(text).toMatch(/source: https:\/\/flipsidecrypto\.xyz\/\S+, as of 2025-04-19/);
    expect(text).toMatch(/are not included/);
  });

  it("mstETH: the stETH it holds sets its rate, so Lido's staking yield is its base part, fees and restaking rewards left out", async () => {
    const r = await report('mstETH');
    expect(r.yield.parts).toEqual([{ key: 'base', label: 'Base staking (last known)', apy: 2.81 }]);
    expect(r.yield).toMatchObject({ asOf: '2025-04-19', source: expect.stringMatching(/^https:\/\/flipsidecrypto\.xyz\/lidofinance\//) });
    expect(r.yield.note).toMatch(/not counted/);
  });

  it('inETH: the upgrade delay its timelock was deployed with', async () => {
    expect((await report('inETH')).facts.upgradeDelayHours).toMatchObject({ known: true, value: 2, verification: 'primary' });
  });

  it("rsETH lists Kelp's published audits; ezETH lists its instant redemption", async () => {
    const rseth = await report('rsETH');
    expect(rseth.audits.map((a: { auditor: string }) => a.auditor)).toEqual(['Sigma Prime', 'Code4rena', 'Sigma Prime', 'Sigma Prime']);
    expect(rseth.verdict.findings.find((f: { rule: string }) => f.rule === 'audits')?.level).toBe('ok');
    const ezeth = await report('ezETH');
    expect(ezeth.exit.instantRedeem).toEqual([expect.objectContaining({ name: 'Renzo instant withdrawal' })]);
    expect(ezeth.exit.queue).not.toMatch(/includes EigenLayer/);
  });

  it("ynETH: the operators its own delegation script names, with the source, while their allocations are not read", async () => {
    const r = await report('ynETH');
    expect(r.operators.map((o: { name: string; address: string }) => [o.name, o.address])).toEqual([
      ['A41', '0xa83e07353A9ED2aF88e7281a2fA7719c01356D8e'],
      ['P2P', '0xDbEd88D83176316fc46797B43aDeE927Dc2ff2F5'],
    ]);
    expect(r.facts.exposure).toMatchObject({ known: false, reason: expect.stringMatching(/operators are listed/) });
    const text = await run(['ynETH']);
    expect(text).toMatch(/Operator on record: A41 0xa83e\S+ \(source: yieldnest\/yieldnest-protocol@[0-9a-f]{40}:script\/delegation\//);
    expect(text).toContain('four of its five staking nodes to A41 and one to P2P');
  });

  it("ynLSDe: its withdrawal queue in plain words, the rate it pays at and EigenLayer's delay behind it", async () => {
    const r = await report('ynLSDe');
    expect(r.exit.path).toMatch(/^ynLSDe to the liquid staking tokens it holds: .*lower of the exchange rates at request and at finalization/);
    expect(r.exit.queue).toMatch(/until YieldNest finalizes it/);
    expect(r.exit.eigenLayer).toMatch(/EigenLayer's withdrawal delay applies/);
    const exit = r.verdict.findings.find((f: { rule: string }) => f.rule === 'withdrawal-delay');
    expect(exit?.message).toMatch(/until YieldNest finalizes it/);
    expect(exit?.message).not.toMatch(/Not traced/);
  });

  it('direct restaking: no token, so the market checks do not apply, and the rewards are what is not known', async () => {
    const r = await report('eigenlayer-direct');
    const level = (rule: string) => r.verdict.findings.find((f: { rule: string }) => f.rule === rule);
    expect(level('peg')).toMatchObject({ level: 'not-applicable', message: 'No token: a direct restake is withdrawn, not sold.' });
    expect(level('price-impact')).toMatchObject({ level: 'not-applicable' });
    expect(level('yield-sustainability')?.message).toMatch(/claimed separately/);
    expect(await run(['eigenlayer-direct'])).toContain('Market vs redemption: No token: a direct restake is withdrawn, not sold.');
    const lrt = await report('weETH');
    expect(lrt.verdict.findings.find((f: { rule: string }) => f.rule === 'peg')?.level).toBe('unknown');
  });

  it('says what it could not check in plain words: no build-time wording, endpoints or signatures', async () => {
    for (const symbol of ['weETH', 'ezETH', 'pufETH', 'rsETH', 'rswETH', 'ynETH', 'ynLSDe', 'inETH', 'mstETH', 'eigenlayer-direct']) {
      const r = await report(symbol);
      const said = [...r.verdict.findings.map((f: { message: string; evidence: string | null }) => `${f.message} ${f.evidence ?? ''}`), r.yield.note ?? ''].join('\n');
      expect(said, symbol).not.toMatch(/network access|compiled|cached|on-chain read|llama\.fi|\/pools|@[0-9a-f]{40}|\w\(\)/);
      expect(said, symbol).not.toMatch(CODE_WORDS);
      const exit = [r.exit.path, r.exit.queue, r.exit.eigenLayer, ...r.exit.instantRedeem.flatMap((i: { name: string; fee: string; note: string }) => [i.name, i.fee, i.note])];
      for (const text of exit.filter(Boolean)) expect(text, symbol).not.toMatch(CODE_WORDS);
    }
  });
});
