import type { RuleSpec } from '../types';
import { short } from '../measure-helpers';

/**
 * Is the counterparty the protocol's own contract? 1 = an LRT allowance to a contract no protocol owns (a DEX,
 * or a phishing contract); 2 = the same, unlimited; 3 = a registered contract's address on a chain where the
 * protocol has no such contract (the wallet is likely on the wrong network).
 */
export const officialContractRule: RuleSpec = {
  id: 'official-contract',
  title: 'Official contract',
  category: 'official',
  description:
    'Whether the contract you send to or approve is one the protocol registry knows on this chain. 1: a bounded LRT allowance to an unregistered contract; 2: an unlimited one; 3: a known contract’s address on a chain where the protocol has no such contract.',
  unit: 'state',
  direction: 'higher-is-worse',
  thresholds: { caution: 1, high: 2, critical: 3 },
  needs: ['intent'],
  measure(ctx) {
    const intent = ctx.intent;
    if (!intent) return { kind: 'not-applicable', reason: 'No request to check.' };
    const flags = intent.flags ?? [];
    const source = 'LRT Advisor protocol registry (lib/protocols)';
    const asOf = ctx.now.toISOString().slice(0, 10);
    if (flags.includes('wrong-chain'))
      return { kind: 'value', value: 3, evidence: intent.notes?.find((n) => n.includes('registered on chain')) ?? `chain ${intent.chainId}`, source, asOf };
    if (flags.includes('unregistered-spender'))
      return {
        kind: 'value',
        value: intent.asset.amount === 'unlimited' ? 2 : 1,
        evidence: `spender ${short(intent.spender ?? intent.contract.address)} is not registered for any protocol on chain ${intent.chainId}`,
        source,
        asOf,
      };
    if (!ctx.registry.isRegisteredContract(intent.chainId, intent.contract.address))
      return { kind: 'unknown', reason: 'the contract is not in the registry', source, asOf };
    return { kind: 'value', value: 0, evidence: `${intent.contract.name} ${short(intent.contract.address)}, ${intent.contract.verification} source`, source, asOf };
  },
  message(value) {
    if (value === 3) return 'This contract is known on another chain, not this one: check your wallet’s network.';
    if (value === 2) return 'Unlimited allowance to a contract that is not the protocol’s: make sure you know who this is.';
    if (value === 1) return 'Allowance to a contract that is not the protocol’s: make sure you know who this is.';
    return 'The protocol’s registered contract.';
  },
};
