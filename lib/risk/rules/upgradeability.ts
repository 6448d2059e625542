import type { RuleSpec } from '../types';
import { unknownFrom } from '../measure-helpers';

/** How long an upgrade of the contracts waits before it takes effect: time for holders to leave. */
export const upgradeabilityRule: RuleSpec = {
  id: 'upgradeability',
  title: 'Upgrade delay',
  category: 'contract',
  description:
    'Hours an upgrade of the contracts waits in a timelock before it takes effect. Without one, whoever holds the admin keys can change the code under your deposit at once.',
  unit: 'hours',
  direction: 'lower-is-worse',
  thresholds: { caution: 48, high: 0 },
  needs: ['upgradeDelayHours'],
  measure(ctx) {
    const fact = ctx.facts.upgradeDelayHours;
    if (!fact.known) return unknownFrom(fact);
    return {
      kind: 'value',
      value: fact.value,
      evidence: fact.value === 0 ? 'upgradeable with no timelock' : `timelock of ${fact.value} hours`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    if (level === 'high') return 'The contracts can be upgraded at once, with no timelock.';
    return level === 'ok' ? `Upgrades wait ${value} hours in a timelock.` : `Upgrades wait only ${value} hours.`;
  },
};
