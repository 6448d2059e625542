import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { context, fact } from '../../../tests/support/risk-context';
import { slashingVetoRule } from './slashing-veto';
import type { SlashingModelFact } from '../types';

const model = (m: Partial<SlashingModelFact>): SlashingModelFact => ({
  layer: 'Symbiotic',
  subject: 'Rockmelon ETH',
  slasher: 'veto',
  vetoDays: 3,
  resolver: null,
  resolverUnknown: 'set per subnetwork by each network',
  epochDays: 7,
  secures: null,
  slashedFunds: 'a BurnerRouter',
  ...m,
});

describe('slashing-veto', () => {
  it.each([
    [{ slasher: 'instant' as const, vetoDays: null }, 'ok', 'Slashing is instant: nobody can veto a slash before it executes.'],
    [{}, 'ok', 'A slash waits 3 days, during which it can be vetoed.'],
    [{ slasher: 'none' as const }, 'ok', 'Nothing in the contracts can slash this deposit.'],
  ])('%j → %s', (m, level, message) => {
    expect(evaluateRule(slashingVetoRule, context({ slashingModel: fact(model(m)) }))).toMatchObject({ level, message });
  });

  it('states the slasher type, veto, epoch, resolver and where slashed funds go', () => {
    expect(evaluateRule(slashingVetoRule, context({ slashingModel: fact(model({})) })).evidence).toBe(
      'Symbiotic: Rockmelon ETH; veto slasher, 3-day veto; epoch 7 days; resolver: not known (set per subnetwork by each network); networks secured: not known; slashed funds: a BurnerRouter',
    );
  });

  it('is unknown without a model', () => {
    expect(evaluateRule(slashingVetoRule, context()).level).toBe('unknown');
  });
});
