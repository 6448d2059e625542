import type { RuleSpec } from '../types';
import { round, shortAddress } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** Redistributing operator sets send slashed funds to a recipient instead of burning them: an incentive to slash. */
export const redistributionRule: RuleSpec = {
  id: 'redistribution',
  title: 'Redistributable stake',
  category: 'slashing',
  description:
    'Percentage of the stake slashable by redistributing operator sets, whose slashed funds go to a recipient the AVS chose rather than being burned (EigenLayer redistribution).',
  unit: '%',
  direction: 'higher-is-worse',
  thresholds: { caution: 0.01, high: 10 },
  needs: ['exposure'],
  measure(ctx) {
    const fact = ctx.facts.exposure;
    if (!fact.known) return unknownFrom(fact);
    const sets = fact.value.operatorSets.filter((s) => s.live && s.slashableShare > 0);
    const redistributing = sets.filter((s) => s.destination === 'redistribute');
    const undetermined = sets.filter((s) => s.destination === 'unknown');
    if (redistributing.length === 0 && undetermined.length > 0)
      return { kind: 'unknown', reason: 'where slashed funds go could not be read for some operator sets', source: fact.source, asOf: fact.asOf };
    const share = redistributing.reduce((sum, s) => sum + s.slashableShare, 0);
    return {
      kind: 'value',
      value: round(share * 100, 2),
      evidence:
        redistributing.length === 0
          ? 'slashed funds are burned'
          : redistributing.map((s) => `${s.avsName ?? s.avs} #${s.operatorSetId} → ${s.recipient ? shortAddress(s.recipient) : 'unknown recipient'}`).join('; '),
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value, level) {
    return level === 'ok' ? 'Slashed funds are burned, not paid to anyone.' : `${value}% of this stake can be slashed and paid to a recipient the AVS chose.`;
  },
};
