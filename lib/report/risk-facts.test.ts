import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { NO_LIVE_DATA, type OnchainData } from './live-data';
import { reportEntries } from './report-entries';
import { buildRiskFacts } from './risk-facts';

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
