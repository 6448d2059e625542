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
    expect(facts.priceImpact).toEqual({ known: false, reason: 'no on-chain read has succeeded yet' });
  });

  it('after a read with no pool for the token: says so', () => {
    const onchain = { data: { market: {}, rates: {}, paused: {}, exposure: {} } as unknown as OnchainData, fetchedAt: '2026-11-25T10:00:00Z' };
    const facts = buildRiskFacts(entry('rseth'), snapshot, { ...NO_LIVE_DATA, onchain }, { amountTokens: 2 });
    expect(facts.priceImpact).toEqual({ known: false, reason: 'no market pool for this token is read on-chain' });
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
