import type { RuleSpec } from '../types';
import { shortAddress } from '../../present/format';

/**
 * Is the counterparty what it claims to be? 0 = a registered protocol contract or venue; 3 = a registered contract's
 * address on a chain where the protocol has no such contract (the wallet is likely on the wrong network), or a
 * contract presenting itself as a registered LRT at an address the registry does not hold (a fake weETH).
 * Allowances to addresses no registry knows are the spender rule's to judge.
 */
export const officialContractRule: RuleSpec = {
  id: 'official-contract',
  title: 'Official contract',
  category: 'official',
  description:
    'Whether the contract you send to is what it claims to be. 0: a contract the protocol or venue registry knows on this chain; 3: a known contract’s address on a chain where the protocol has no such contract, a contract that presents itself as a registered LRT (its name, or the protocol’s own deposit function) at an address the registry does not hold, or a signed swap order that sends what you buy to another address.',
  unit: 'state',
  direction: 'higher-is-worse',
  thresholds: { critical: 3 },
  needs: ['intent'],
  measure(ctx) {
    const intent = ctx.intent;
    if (!intent) return { kind: 'not-applicable', reason: 'No request to check.' };
    const flags = intent.flags ?? [];
    const source = 'LRT Advisor protocol registry (lib/protocols)';
    const asOf = ctx.now.toISOString().slice(0, 10);
    if (flags.includes('wrong-chain'))
      return { kind: 'value', value: 3, evidence: intent.notes?.find((n) => n.includes('registered on chain')) ?? `chain ${intent.chainId}`, source, asOf };
    if (flags.includes('impostor-token'))
      return {
        kind: 'value',
        value: 3,
        evidence: intent.notes?.find((n) => n.includes('presents itself')) ?? `contract ${shortAddress(intent.contract.address)}`,
        source,
        asOf,
        detail: `This contract poses as ${intent.token?.symbol ?? 'a restaking token'} but is not the real one: what you send could be lost.`,
      };
    if (flags.includes('foreign-receiver'))
      return {
        kind: 'value',
        value: 3,
        evidence: intent.notes?.find((n) => n.includes('not to the address that signs')) ?? 'the order pays another address',
        source: 'the signed order',
        asOf,
        detail: `This order sends what you buy to another address, not to you: signing it gives your ${intent.asset.symbol} away.`,
      };
    if (flags.includes('unregistered-spender')) return { kind: 'not-applicable', reason: 'The spender check judges allowances to unregistered addresses.' };
    if (intent.venue)
      return { kind: 'value', value: 0, evidence: `${intent.contract.name} (${intent.venue.name}) ${shortAddress(intent.contract.address)}, ${intent.contract.verification} source`, source: 'LRT Advisor venue registry (lib/venues)', asOf };
    if (!ctx.registry.isRegisteredContract(intent.chainId, intent.contract.address))
      return { kind: 'unknown', reason: 'the contract is not in the registry', source, asOf };
    return { kind: 'value', value: 0, evidence: `${intent.contract.name} ${shortAddress(intent.contract.address)}, ${intent.contract.verification} source`, source, asOf };
  },
  message(value, _level, detail) {
    if (detail) return detail;
    if (value === 3) return 'This contract is known on another chain, not this one: check your wallet’s network.';
    return 'A registered contract.';
  },
};
