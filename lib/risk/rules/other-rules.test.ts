import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { context, fact, intent } from '../../../tests/support/risk-context';
import { pausedRule } from './paused';
import { incidentsRule } from './incidents';
import { loopingRule, LOOP_LEVERAGE } from './looping';
import { officialContractRule } from './official-contract';
import { yieldSustainabilityRule } from './yield-sustainability';
import type { IncidentFact } from '../types';

const POOL = '0x308861A430be4cce5502d0A12724771Fc6DaF216';

describe('paused', () => {
  it.each([
    [{ deposits: false, withdrawals: false }, 'ok'],
    [{ deposits: true, withdrawals: false }, 'high'],
    [{ deposits: true, withdrawals: true }, 'critical'],
    [{ deposits: null, withdrawals: true }, 'critical'],
  ])('%j → %s', (state, level) => {
    expect(evaluateRule(pausedRule, context({ paused: fact({ ...state, contract: POOL }) })).level).toBe(level);
  });
  it('is unknown when the contract exposes no pause state', () => {
    expect(evaluateRule(pausedRule, context({ paused: fact({ deposits: null, withdrawals: null, contract: POOL }) })).level).toBe('unknown');
  });
});

describe('incidents', () => {
  const incident = (date: string, impact: IncidentFact['impact'], title = 'event'): IncidentFact => ({ id: date, date, title, impact, source: 'https://x.test' });
  it.each([
    [[], 'ok'],
    [[incident('2026-01-01', 'operations')], 'ok'],
    [[incident('2024-04-24', 'peg')], 'ok'],
    [[incident('2024-04-24', 'peg'), incident('2025-04-30', 'operations')], 'ok'],
    [[incident('2024-04-24', 'peg', 'ezETH depeg')], 'ok'],
    [[incident('2025-01-10', 'peg')], 'caution'],
    [[incident('2026-01-10', 'peg')], 'high'],
    [[incident('2026-04-18', 'funds', 'rsETH bridge exploit')], 'high'],
  ] as const)('%#', (incidents, level) => {
    expect(evaluateRule(incidentsRule, context({ incidents: fact([...incidents]) })).level).toBe(level);
  });
  it('names the latest serious incident', () => {
    const finding = evaluateRule(incidentsRule, context({ incidents: fact([incident('2026-04-18', 'funds', 'rsETH bridge exploit')]) }));
    expect(finding.message).toBe('rsETH bridge exploit happened 7 months ago.');
  });
});

describe('looping', () => {
  const supply = intent({ action: 'supply-collateral', protocol: 'aave-v3' });
  it('does not apply to a deposit', () => {
    expect(evaluateRule(loopingRule, context({}, intent())).level).toBe('not-applicable');
  });
  it.each([
    // Aave e-mode style thresholds: a 10× loop is wiped out by a few percent; the supply itself borrows nothing, so a
    // caution, never high on the market's account.
    [0.95, 'caution', 5.3],
    [0.8, 'caution', 6.3],
    // A conservative market keeps a wider buffer.
    [0.3, 'ok', 100],
  ])('liquidation threshold %d → %s', (lt, level, value) => {
    const finding = evaluateRule(loopingRule, context({ liquidationThreshold: fact(lt) }, supply));
    expect(finding).toMatchObject({ level, value });
  });
  it('says what the fall does to the loop', () => {
    const finding = evaluateRule(loopingRule, context({ liquidationThreshold: fact(0.95) }, supply));
    expect(finding.message).toBe(`If you borrow against it in a ${LOOP_LEVERAGE}× loop, a 5.3% fall in this token's market price liquidates you, even if its redemption value holds.`);
  });
});

describe('official-contract', () => {
  it('is ok for a registered contract', () => {
    expect(evaluateRule(officialContractRule, context({}, intent())).level).toBe('ok');
  });
  it.each([
    [{ flags: ['unregistered-spender' as const], action: 'approve' as const, asset: { symbol: 'weETH', address: POOL as `0x${string}`, amount: 'unlimited' } }, 'not-applicable'],
    [{ flags: ['wrong-chain' as const], chainId: 42161, notes: ['LiquidityPool is registered on chain 1, not on chain 42161'] }, 'critical'],
    [{ flags: ['impostor-token' as const], contract: { address: '0x0000000000000000000000000000000000000bad' as const, name: 'an unregistered contract', verification: 'unverified' as const } }, 'critical'],
    [{ venue: { id: 'uniswap', name: 'Uniswap' }, contract: { address: '0x000000000022D473030F116dDEE9F6B43aC78BA3' as const, name: 'Permit2', verification: 'primary' as const } }, 'ok'],
  ])('%#', (overrides, level) => {
    expect(evaluateRule(officialContractRule, context({}, intent(overrides))).level).toBe(level);
  });
  it('does not apply to a token report', () => {
    expect(evaluateRule(officialContractRule, context()).level).toBe('not-applicable');
  });
});

describe('yield-sustainability', () => {
  it.each([
    [2.8, 0.2, 'ok', 6.7],
    [2.0, 1.5, 'caution', 42.9],
    [1.0, 4.0, 'high', 80],
  ])('base %d, reward %d → %s', (apyBase, apyReward, level, value) => {
    const split = { baseStaking: null, restaking: null, mev: null, incentives: null, apyBase, apyReward, points: false };
    expect(evaluateRule(yieldSustainabilityRule, context({ yieldSplit: fact(split) }))).toMatchObject({ level, value });
  });
  it('is unknown with no figures', () => {
    const split = { baseStaking: null, restaking: null, mev: null, incentives: null, apyBase: null, apyReward: null, points: true };
    expect(evaluateRule(yieldSustainabilityRule, context({ yieldSplit: fact(split) })).level).toBe('unknown');
  });
});
