import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { NO_LIVE_DATA, type OnchainData } from './live-data';
import { reportEntries } from './report-entries';
import { buildRiskFacts } from './risk-facts';
import { buildTokenReport } from './token-report';

const snapshot = loadSnapshot();
const entry = (id: string) => reportEntries(snapshot).find((e) => e.id === id)!;

describe('market depth for the person’s amount', () => {
  it('before any on-chain read: says nothing was read, not that there is no pool', () => {
    const facts = buildRiskFacts(entry('weeth'), snapshot, NO_LIVE_DATA, { amountTokens: 2 });
    expect(facts.priceImpact).toEqual({ known: false, reason: 'we have no live data yet' });
  });

  it('after a read with no pool for the token: says so', () => {
    const onchain = { data: { market: {}, rates: {}, paused: {}, exposure: {} } as unknown as OnchainData, fetchedAt: '2026-11-25T10:00:00Z' };
    const facts = buildRiskFacts(entry('rseth'), snapshot, { ...NO_LIVE_DATA, onchain }, { amountTokens: 2 });
    expect(facts.priceImpact).toEqual({ known: false, reason: 'no market pool for this token is read' });
  });

  it('without an amount: says the amount is not known', () => {
    expect(buildRiskFacts(entry('weeth'), snapshot, NO_LIVE_DATA, {}).priceImpact).toEqual({ known: false, reason: 'the amount is not known' });
  });
});

describe('pause state from the on-chain read', () => {
  // The shape readPauseState returns (read-pause-state.test.ts reads it on anvil): Kelp's rsETH token paused.
  const kelpPaused = {
    status: 'ok',
    source: 'rpc:1:LRTDepositPool.paused+rpc:1:RSETH.paused+rpc:1:LRTWithdrawalManager.paused',
    asOf: 1_776_470_400_000,
    blockNumber: '1',
    value: {
      protocol: 'kelp',
      paused: true,
      withdrawalsPaused: true,
      checks: [
        { contract: 'LRTDepositPool', address: '0x036676389e48133B63a802f8635AD39E752D375D', check: 'paused', blocks: ['deposit'], paused: false },
        { contract: 'RSETH', address: '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7', check: 'paused', blocks: ['deposit', 'withdrawal'], paused: true },
        { contract: 'LRTWithdrawalManager', address: '0x62De59c08eB5dAE4b7E6F7a8cAd3006d6965ec16', check: 'paused', blocks: ['withdrawal'], paused: false },
      ],
    },
  };
  const live = { ...NO_LIVE_DATA, onchain: { data: { market: {}, rates: {}, paused: { kelp: kelpPaused }, exposure: {} } as unknown as OnchainData, fetchedAt: '2026-04-18T00:00:00Z' } };

  it('withdrawals paused reaches the rule, naming the paused contract', () => {
    expect(buildRiskFacts(entry('rseth'), snapshot, live).paused).toMatchObject({
      known: true,
      value: { deposits: true, withdrawals: true, contract: '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7' },
    });
    const report = buildTokenReport(entry('rseth'), { snapshot, live, now: new Date('2026-04-18T00:00:00Z') });
    expect(report.verdict.findings.find((f) => f.rule === 'paused')).toMatchObject({ level: 'critical' });
    expect(report.pausesRead.map((p) => [p.contract, p.stops, p.paused])).toEqual([
      ['LRTDepositPool', ['deposit'], false],
      ['RSETH', ['deposit', 'withdrawal'], true],
      ['LRTWithdrawalManager', ['withdrawal'], false],
    ]);
  });
});

describe('YieldNest yields (rows with only apy)', () => {
  // A ynETH /pools row as fetchLrtPools keeps it (pools.json shape): apyBase null, a Merkl reward of 0.5 on top.
  const pools = {
    data: {
      pools: [{ lrtId: 'yneth', protocol: 'yieldnest', pool: '6af90d90-68a2-5971-b27c-ab960d46728d', chain: 'Ethereum', project: 'yieldnest', symbol: 'YNETH', tvlUsd: 40_000_000, apyBase: null, apyReward: 0.5, apy: 3.9, rewardTokens: [], rewardMeans: 'incentives' as const }],
      rejected: 0,
      oversized: 0,
      rows: 1,
      bytes: 1,
    },
    source: 'https://yields.llama.fi/pools',
    asOf: '2026-11-25T10:00:00Z',
    state: 'live',
  };
  const live = { ...NO_LIVE_DATA, pools } as unknown as Parameters<typeof buildRiskFacts>[2];

  it('shows the yield and does not count it all as incentives', () => {
    expect(buildRiskFacts(entry('yneth'), snapshot, live).yieldSplit).toMatchObject({ known: true, value: { apyBase: 3.4, apyReward: 0.5 } });
    const report = buildTokenReport(entry('yneth'), { snapshot, live, now: new Date('2026-11-25T10:00:00Z') });
    expect(report.yield.parts.map((p) => [p.key, p.apy])).toEqual([['rate', 3.4], ['incentives', 0.5]]);
    expect(report.verdict.findings.find((f) => f.rule === 'yield-sustainability')).toMatchObject({ value: 12.8 });
  });
});

describe('upgrade delay', () => {
  it("before any refresh: the snapshot's dated figure, with its source", () => {
    expect(buildRiskFacts(entry('rseth'), snapshot, NO_LIVE_DATA).upgradeDelayHours).toMatchObject({ known: true, value: 240, asOf: '2024-05-13', verification: 'secondary' });
    expect(buildRiskFacts(entry('ezeth'), snapshot, NO_LIVE_DATA).upgradeDelayHours).toMatchObject({ known: true, value: 72 });
  });

  it('the timelock read on-chain replaces it', () => {
    const upgradeDelays = { rseth: { status: 'ok', value: { lrtId: 'rseth', timelock: '0x49bD9989E31aD35B0A62c20BE86335196A3135B1', seconds: '432000' }, source: 'rpc:1:TimelockController.getMinDelay', asOf: 1_764_000_000_000, blockNumber: '1' } };
    const onchain = { data: { market: {}, rates: {}, paused: {}, exposure: {}, upgradeDelays } as unknown as OnchainData, fetchedAt: '2025-11-24T16:00:00Z' };
    expect(buildRiskFacts(entry('rseth'), snapshot, { ...NO_LIVE_DATA, onchain }).upgradeDelayHours).toEqual({
      known: true,
      value: 120,
      source: 'rpc:1:TimelockController.getMinDelay',
      asOf: '2025-11-24',
    });
  });
});

describe("Kelp's exit wait", () => {
  it('the setting read from its withdrawal manager is the least the queue waits; the cap stays the most', () => {
    const exitDelays = { rseth: { status: 'ok', value: { lrtId: 'rseth', blocks: '50400', days: 7 }, source: 'rpc:1:LRTWithdrawalManager.withdrawalDelayBlocks', asOf: 1_764_000_000_000, blockNumber: '1' } };
    const onchain = { data: { market: {}, rates: {}, paused: {}, exposure: {}, exitDelays } as unknown as OnchainData, fetchedAt: '2025-11-24T16:00:00Z' };
    const live = buildRiskFacts(entry('rseth'), snapshot, { ...NO_LIVE_DATA, onchain }).withdrawal;
    expect(live).toMatchObject({ known: true, value: { minDays: 7, maxDays: 10 }, asOf: '2025-11-24' });
    expect(live.known && live.value.text).toMatch(/^The protocol's wait is set to 7 days now\./);
    expect(live.known && live.source).toContain('rpc:1:LRTWithdrawalManager.withdrawalDelayBlocks');
    // Before a refresh: the snapshot's setting, up to 10 days, with no current figure.
    expect(buildRiskFacts(entry('rseth'), snapshot, NO_LIVE_DATA).withdrawal).toMatchObject({ known: true, value: { minDays: null, maxDays: 10 } });
  });
});
