import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { context, fact } from '../../../tests/support/risk-context';
import { avsCountRule } from './avs-count';
import { slashableShareRule } from './slashable-share';
import { operatorConcentrationRule } from './operator-concentration';
import { redistributionRule } from './redistribution';
import type { ExposureFact, OperatorSetFact } from '../types';

const set = (avsName: string, slashableShare: number, extra: Partial<OperatorSetFact> = {}): OperatorSetFact => ({
  avs: '0x870679E138bCdf293b7Ff14dD44b70FC97e12fc0',
  avsName,
  operatorSetId: 0,
  slashableShare,
  live: true,
  destination: 'burn',
  recipient: null,
  ...extra,
});
const exposure = (sets: OperatorSetFact[], topOperatorShare: number | null = 0.2, operatorCount = 5): ExposureFact => ({
  operatorSets: sets,
  topOperatorShare,
  operatorCount,
  stakerListOrigin: 'onchain',
});

describe('avs-count', () => {
  it.each([
    [[], 'ok', 'No AVS can slash this stake right now.'],
    [[set('EigenDA', 0.1)], 'caution', '1 AVS operator set can slash this stake.'],
    [Array.from({ length: 12 }, (_, i) => set(`AVS ${i}`, 0.01)), 'high', '12 AVS operator sets can slash this stake.'],
  ])('%#', (sets, level, message) => {
    expect(evaluateRule(avsCountRule, context({ exposure: fact(exposure(sets)) }))).toMatchObject({ level, message });
  });
  it('ignores sets where slashing is not live', () => {
    expect(evaluateRule(avsCountRule, context({ exposure: fact(exposure([set('A', 0.5, { live: false })])) })).value).toBe(0);
  });
  it('says when the staker list came from the snapshot', () => {
    const e = { ...exposure([set('EigenDA', 0.1)]), stakerListOrigin: 'snapshot' as const };
    expect(evaluateRule(avsCountRule, context({ exposure: fact(e) })).evidence).toBe('EigenDA #0: 10% (staker list from the bundled snapshot)');
  });
});

describe('slashable-share', () => {
  it.each([
    [[], 'ok', 0],
    [[set('A', 0.005)], 'ok', 0.5],
    [[set('A', 0.05), set('B', 0.04)], 'caution', 9],
    [[set('A', 0.2), set('B', 0.1)], 'high', 30],
    [[set('A', 0.4), set('B', 0.3)], 'critical', 70],
    [[set('A', 0.9), set('B', 0.9)], 'critical', 100],
  ])('%#', (sets, level, value) => {
    expect(evaluateRule(slashableShareRule, context({ exposure: fact(exposure(sets)) }))).toMatchObject({ level, value });
  });
});

describe('operator-concentration', () => {
  it.each([
    [0.2, 'ok'],
    [0.4, 'caution'],
    [0.75, 'high'],
  ])('top operator %d → %s', (share, level) => {
    expect(evaluateRule(operatorConcentrationRule, context({ exposure: fact(exposure([], share)) })).level).toBe(level);
  });
  it('is unknown with no delegated stake', () => {
    expect(evaluateRule(operatorConcentrationRule, context({ exposure: fact(exposure([], null, 0)) })).level).toBe('unknown');
  });
});

describe('redistribution', () => {
  const recipient = '0x000000000000000000000000000000000000dEaD';
  it.each([
    [[set('A', 0.2)], 'ok', 'Slashed funds are burned, not paid to anyone.'],
    [[set('A', 0.2), set('R', 0.02, { destination: 'redistribute', recipient })], 'caution', '2% of this stake can be slashed and paid to a recipient the AVS chose.'],
    [[set('R', 0.3, { destination: 'redistribute', recipient })], 'high', '30% of this stake can be slashed and paid to a recipient the AVS chose.'],
  ] as const)('%#', (sets, level, message) => {
    expect(evaluateRule(redistributionRule, context({ exposure: fact(exposure([...sets])) }))).toMatchObject({ level, message });
  });
  it('is unknown when the destination could not be read', () => {
    expect(evaluateRule(redistributionRule, context({ exposure: fact(exposure([set('A', 0.2, { destination: 'unknown' })])) })).level).toBe('unknown');
  });
});
