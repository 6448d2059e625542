/**
 * A call to an address no registry holds, with a protocol's own deposit function: a contract posing as the LRT's
 * entry point (fake weETH, fake Kelp pool sites). Only functions that one protocol alone registers and whose
 * signature is the protocol's own count; ERC-4626/WETH-style `deposit`, `mint`, `wrap`, `stake` are everyone's.
 */
import { getAddress } from 'viem';
import type { ParsedCall, ParsedTypedData } from '../requests/types';
import { getProtocol, getToken, listTokens } from '../protocols/registry';
import type { Intent } from './intent';
import { contractEntries, type ContractEntry, type Plan } from './plans';
import { allowanceAmount } from './approval-intent';
import { ethToken, tokenById } from './tokens';
import { venueAt } from '../venues/venue-at';

/** Names too common to say which protocol a contract claims to be. */
const GENERIC = /^(deposit|mint|wrap|stake|migrate|returnShares|createPod|depositETH)\((|uint256|address|bytes32|address,uint256|uint256,address)\)$/;

let bySelector: Map<string, { entry: ContractEntry; plan: Plan }> | null = null;

function protocolSelectors(): Map<string, { entry: ContractEntry; plan: Plan }> {
  if (bySelector) return bySelector;
  const found = new Map<string, { entry: ContractEntry; plan: Plan } | null>();
  for (const entry of contractEntries().values()) {
    if (entry.protocol.kind === 'lending') continue;
    for (const [selector, plan] of entry.plans) {
      if (plan.spec.action !== 'deposit' || GENERIC.test(plan.fn)) continue;
      const seen = found.get(selector);
      if (seen === undefined) found.set(selector, { entry, plan });
      else if (seen && seen.entry.protocol.id !== entry.protocol.id) found.set(selector, null);
    }
  }
  bySelector = new Map([...found].filter((e): e is [string, { entry: ContractEntry; plan: Plan }] => e[1] !== null));
  return bySelector;
}

export function impostorIntent(chainId: number, call: ParsedCall, selector: string): Intent | null {
  if (call.to === null || venueAt(chainId, call.to)) return null;
  const hit = protocolSelectors().get(selector);
  if (!hit) return null;
  const { entry, plan } = hit;
  const tokenId = entry.tokenId ?? entry.protocol.tokens.find((t) => t.kind === 'lrt')?.id ?? null;
  const token = tokenId ? (tokenById(tokenId, chainId) ?? tokenById(tokenId, entry.chainId)) : null;
  const eth = ethToken(chainId);
  const name = getProtocol(entry.protocol.id)?.name ?? entry.protocol.id;
  const address = getAddress(call.to);
  return {
    action: 'deposit',
    protocol: entry.protocol.id,
    chainId,
    contract: { address, name: 'an unregistered contract', verification: 'unverified' },
    function: plan.fn,
    asset: call.value > 0n ? { symbol: eth.out.symbol, address: eth.out.address, amount: call.value.toString() } : { symbol: 'unknown', address: '0x0000000000000000000000000000000000000000', amount: null },
    token: token ? token.out : null,
    notes: [`${address} presents itself as ${name} ${entry.contract.name} (${plan.fn}) but is not a registered ${name} contract on any chain`],
    flags: ['impostor-token'],
  };
}

/**
 * An EIP-2612 permit whose domain names a registered LRT (its name or symbol) on a chain where that LRT is
 * registered, signed for another contract: a fake weETH asking for a signature, the permit-phishing variant of a fake
 * deposit contract.
 */
export function impostorPermit(chainId: number, t: ParsedTypedData, spender: string, fn: string): Intent | null {
  const contract = t.domain.verifyingContract;
  const name = t.domain.name?.trim().toLowerCase();
  if (!contract || !name || getToken(chainId, contract)) return null;
  const claimed = listTokens().find((r) => r.token.kind === 'lrt' && r.deployment.chainId === chainId && (r.token.name.toLowerCase() === name || r.token.symbol.toLowerCase() === name));
  if (!claimed) return null;
  const real = tokenById(claimed.token.id, chainId);
  const address = getAddress(contract);
  const amount = t.message.allowed === true ? 'unlimited' : allowanceAmount(typeof t.message.value === 'string' && /^[0-9]{1,80}$/.test(t.message.value) ? BigInt(t.message.value) : null, false);
  return {
    action: 'permit',
    protocol: claimed.protocol?.id ?? 'unknown',
    chainId,
    contract: { address, name: 'an unregistered contract', verification: 'unverified' },
    function: fn,
    asset: { symbol: claimed.token.symbol, address, amount },
    token: real ? real.out : null,
    spender: getAddress(spender),
    notes: [`${address} presents itself as ${claimed.token.symbol} ("${t.domain.name}") but the registered ${claimed.token.symbol} on chain ${chainId} is ${claimed.deployment.address}`],
    flags: ['impostor-token'],
  };
}
