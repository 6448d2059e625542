import type { RuleSpec } from '../types';
import { unknownFrom } from '../measure-helpers';

/**
 * How long a slash can be contested before it executes. EigenLayer slashes at once; a Symbiotic
 * VetoSlasher waits out a veto window in which a resolver can cancel it; Karak v2 has a veto committee;
 * some contracts cannot slash at all. Value: days of veto window (0 = instant; infinite = no slasher).
 * Instant slashing is true of every EigenLayer restake, so by default it raises no level: the finding stays, with
 * its evidence, and the warning says it once as a neutral line. A threshold can still be set in the options.
 */
export const slashingVetoRule: RuleSpec = {
  id: 'slashing-veto',
  title: 'Slashing model',
  category: 'slashing',
  description:
    'Days between a slashing request and its execution, during which a resolver or committee can veto it (0: slashing is instant; none: nothing can slash the deposit). From each layer’s slashing model (lib/layers).',
  unit: 'days of veto',
  direction: 'lower-is-worse',
  thresholds: {},
  needs: ['slashingModel'],
  measure(ctx) {
    const fact = ctx.facts.slashingModel;
    if (!fact.known) return unknownFrom(fact);
    const m = fact.value;
    const value = m.slasher === 'none' ? Number.POSITIVE_INFINITY : m.slasher === 'instant' ? 0 : (m.vetoDays ?? 0);
    const parts = [
      `${m.layer}: ${m.subject}`,
      m.slasher === 'veto' ? `veto slasher${m.vetoDays !== null ? `, ${m.vetoDays}-day veto` : ''}` : m.slasher === 'instant' ? 'instant slasher' : 'no slasher',
      m.epochDays !== null ? `epoch ${m.epochDays} days` : null,
      m.slasher === 'veto' ? `resolver: ${m.resolver ?? `not known (${m.resolverUnknown ?? 'not stated'})`}` : null,
      m.secures ? `secures ${m.secures.length ? m.secures.slice(0, 5).join(', ') + (m.secures.length > 5 ? '…' : '') : 'nothing yet'}` : 'networks secured: not known',
      m.slashedFunds ? `slashed funds: ${m.slashedFunds}` : null,
    ];
    return { kind: 'value', value, evidence: parts.filter(Boolean).join('; '), source: fact.source, asOf: fact.asOf, detail: m.slasher };
  },
  message(value, _level, detail) {
    if (detail === 'none' || !Number.isFinite(value)) return 'Nothing in the contracts can slash this deposit.';
    if (value === 0) return 'Slashing is instant: nobody can veto a slash before it executes.';
    return `A slash waits ${value} day${value === 1 ? '' : 's'}, during which it can be vetoed.`;
  },
};
