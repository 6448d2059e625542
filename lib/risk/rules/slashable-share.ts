import type { RuleSpec } from '../types';
import { pct, round } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** The share of the LRT's stake that slashing could take if every operator set slashed all it may. */
export const slashableShareRule: RuleSpec = {
  id: 'slashable-share',
  title: 'Stake at risk of slashing',
  category: 'slashing',
  description:
    'Percentage of the LRT’s restaked stake that AVSs can slash now: the sum over live operator sets of allocated magnitude ÷ max magnitude, weighted by the LRT’s shares delegated to each operator (EigenLayer AllocationManager).',
  unit: '%',
  direction: 'higher-is-worse',
  thresholds: { caution: 1, high: 25, critical: 50 },
  needs: ['exposure'],
  measure(ctx) {
    const fact = ctx.facts.exposure;
    if (!fact.known) return unknownFrom(fact);
    const live = fact.value.operatorSets.filter((s) => s.live);
    const total = Math.min(1, live.reduce((sum, s) => sum + s.slashableShare, 0));
    const top = [...live].sort((a, b) => b.slashableShare - a.slashableShare)[0];
    return {
      kind: 'value',
      value: round(total * 100, 2),
      evidence: top ? `largest: ${top.avsName ?? top.avs} #${top.operatorSetId} can slash ${pct(top.slashableShare)}` : 'nothing is slashable now',
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    if (level === 'ok') return value === 0 ? 'None of this stake is slashable right now.' : `${value}% of this stake is slashable.`;
    return `Up to ${value}% of this LRT’s stake can be slashed by AVSs.`;
  },
};
