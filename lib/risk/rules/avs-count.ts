import type { RuleSpec } from '../types';
import { pct } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** How many AVS operator sets can slash the stake now: each one is another set of slashing conditions. */
export const avsCountRule: RuleSpec = {
  id: 'avs-count',
  title: 'AVSs that can slash',
  category: 'slashing',
  description:
    'Number of AVS operator sets on EigenLayer that can slash the LRT’s restaked stake now (allocated, operator slashable, slashing live). Each adds its own slashing conditions and bugs.',
  unit: 'operator sets',
  direction: 'higher-is-worse',
  thresholds: { caution: 1, high: 10 },
  needs: ['exposure'],
  measure(ctx) {
    const fact = ctx.facts.exposure;
    if (!fact.known) return unknownFrom(fact);
    const live = fact.value.operatorSets.filter((s) => s.live && s.slashableShare > 0);
    const evidence =
      live.length === 0
        ? 'no operator set can slash this stake now'
        : live
            .slice(0, 5)
            .map((s) => `${s.avsName ?? s.avs} #${s.operatorSetId}: ${pct(s.slashableShare)}`)
            .join('; ') + (live.length > 5 ? `; and ${live.length - 5} more` : '');
    return {
      kind: 'value',
      value: live.length,
      evidence: fact.value.stakerListOrigin === 'snapshot' ? `${evidence} (staker list from the bundled snapshot)` : evidence,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value) {
    return value === 0 ? 'No AVS can slash this stake right now.' : `${value} AVS operator set${value === 1 ? '' : 's'} can slash this stake.`;
  },
};
