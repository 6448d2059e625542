import type { RuleSpec } from '../types';
import { shortAddress } from '../../present/format';

const SOURCE = 'LRT Advisor protocol and venue registries (lib/protocols, lib/venues)';

/**
 * Who may spend what an approval or permit grants. 0: the protocol's own contract, or a registered venue for a set
 * amount; 1: a registered venue, unlimited (it can spend everything until revoked: said once, without alarm);
 * 2: an address no registry knows, for a set amount; 3: the same unlimited, an address with no code (a plain
 * account: whoever holds its key takes the tokens), or a look-alike of a registered address (address poisoning).
 * An unknown spender whose code could not be read is judged as the worse of the two.
 */
export const spenderRule: RuleSpec = {
  id: 'spender',
  title: 'Who can spend it',
  category: 'official',
  judges: ['grant'],
  description:
    'For approvals and permits: who receives the right to spend your tokens. 0: the protocol’s own contract or a registered venue (DEX router, Permit2, aggregator, lending market, bridge); 1: a registered venue, unlimited; 2: an address no registry knows, for a set amount; 3: the same unlimited, an address with no contract code, or one that imitates a registered address (same first and last characters).',
  unit: 'state',
  direction: 'higher-is-worse',
  thresholds: { caution: 1, high: 2, critical: 3 },
  needs: ['intent', 'spenderCode'],
  measure(ctx) {
    const intent = ctx.intent;
    if (!intent || (intent.action !== 'approve' && intent.action !== 'permit')) return { kind: 'not-applicable', reason: 'Not an approval.' };
    const asOf = ctx.now.toISOString().slice(0, 10);
    const symbol = intent.asset.symbol;
    const unlimited = intent.asset.amount === 'unlimited';
    const spender = intent.spender ?? intent.contract.address;
    const flags = intent.flags ?? [];
    if (flags.includes('impostor-token')) return { kind: 'not-applicable', reason: 'The token itself is not the real one: the official-contract check judges it.' };
    if (flags.includes('look-alike-spender'))
      return {
        kind: 'value',
        value: 3,
        evidence: intent.notes?.find((n) => n.includes('imitates')) ?? `spender ${shortAddress(spender)}`,
        source: SOURCE,
        asOf,
        detail: `This address imitates a known one: approving it would let a scammer take your ${symbol}.`,
      };
    if (intent.venue)
      return {
        kind: 'value',
        value: unlimited ? 1 : 0,
        evidence: `${intent.contract.name} (${intent.venue.name}), ${intent.contract.verification} source`,
        source: SOURCE,
        asOf,
        detail: unlimited
          ? `${intent.venue.name} is a known venue; this allowance has no limit, so it can spend all your ${symbol} until you revoke it.`
          : `${intent.venue.name} is a known venue.`,
      };
    if (!flags.includes('unregistered-spender'))
      return { kind: 'value', value: 0, evidence: `${intent.contract.name} ${shortAddress(intent.contract.address)}, ${intent.contract.verification} source`, source: SOURCE, asOf, detail: 'The protocol’s own contract.' };
    const code = ctx.facts.spenderCode;
    const evidence = `spender ${shortAddress(spender)} is not registered for any protocol or venue on chain ${intent.chainId}`;
    if (code?.known && code.value === false)
      return {
        kind: 'value',
        value: 3,
        evidence: `${evidence}; it has no contract code`,
        source: code.source,
        asOf: code.asOf,
        detail: `Whoever holds this address could take your ${symbol}: it is a plain account, not a contract.`,
      };
    const unchecked = !code?.known;
    const tail = unchecked ? ' (couldn’t check whether this address is a contract)' : '';
    return {
      kind: 'value',
      value: unlimited ? 3 : 2,
      evidence: unchecked ? `${evidence}; its code could not be read` : `${evidence}; it is a contract`,
      source: code?.known ? code.source : SOURCE,
      asOf: code?.known ? code.asOf : asOf,
      detail: unlimited
        ? `An unknown address could take all your ${symbol}: it is not a known protocol or venue${tail}.`
        : `An unknown address could take this ${symbol}: it is not a known protocol or venue${tail}.`,
    };
  },
  message(value, _level, detail) {
    if (detail) return detail;
    return value >= 2 ? 'An unknown address could take these tokens.' : 'A known protocol or venue.';
  },
};
