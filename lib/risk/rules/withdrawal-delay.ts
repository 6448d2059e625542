import type { RuleSpec } from '../types';
import { unknownFrom } from '../measure-helpers';

/**
 * The longest wait to get ETH back through the protocol (queue plus EigenLayer's escrow). Every EigenLayer restake
 * waits out the 14-day escrow, so that alone raises no level (the warning says it once, as a neutral line); an exit
 * reaches Caution a week past it and High risk past six weeks.
 */
export const withdrawalDelayRule: RuleSpec = {
  id: 'withdrawal-delay',
  title: 'Exit time',
  category: 'exit',
  description:
    'Longest time to redeem through the protocol: its own withdrawal queue plus EigenLayer’s withdrawal escrow where it applies. Selling on a market is faster but may cost a discount (see market depth and peg).',
  unit: 'days',
  direction: 'higher-is-worse',
  thresholds: { caution: 21, high: 45 },
  needs: ['withdrawal'],
  measure(ctx) {
    const fact = ctx.facts.withdrawal;
    if (!fact.known) return unknownFrom(fact);
    const days = fact.value.maxDays ?? fact.value.minDays;
    if (days === null) return { kind: 'unknown', reason: fact.value.text, source: fact.source, asOf: fact.asOf };
    return { kind: 'value', value: days, evidence: fact.value.text, source: fact.source, asOf: fact.asOf };
  },
  message(value) {
    return `Redeeming through the protocol takes up to ${value} days.`;
  },
};
