import type { RuleSpec } from '../types';
import { shortAddress } from '../../present/format';
import { unknownFrom } from '../measure-helpers';

/** A paused contract: deposits revert, or worse, the exit is closed. */
export const pausedRule: RuleSpec = {
  id: 'paused',
  title: 'Paused contracts',
  category: 'incidents',
  description:
    'Pause state read on-chain where the contract exposes it: 1 = deposits paused (your deposit would fail), 2 = withdrawals paused (you could not exit).',
  unit: 'state',
  direction: 'higher-is-worse',
  thresholds: { high: 1, critical: 2 },
  needs: ['paused'],
  measure(ctx) {
    const fact = ctx.facts.paused;
    if (!fact.known) return unknownFrom(fact);
    const { deposits, withdrawals, contract } = fact.value;
    if (deposits === null && withdrawals === null)
      return { kind: 'unknown', reason: 'the contract exposes no pause state', source: fact.source, asOf: fact.asOf };
    const value = withdrawals ? 2 : deposits ? 1 : 0;
    const state = (v: boolean | null) => (v === null ? 'unknown' : v ? 'paused' : 'open');
    return {
      kind: 'value',
      value,
      evidence: `${shortAddress(contract)}: deposits ${state(deposits)}, withdrawals ${state(withdrawals)}`,
      source: fact.source,
      asOf: fact.asOf,
    };
  },
  message(value) {
    if (value === 2) return 'Withdrawals are paused: you could not exit now.';
    if (value === 1) return 'Deposits are paused: this transaction would fail.';
    return 'Not paused.';
  },
};
