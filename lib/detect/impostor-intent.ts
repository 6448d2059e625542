/**
 * A call to an address no registry holds, with a protocol's own deposit function: a contract posing as the LRT's
 * entry point (fake weETH, fake Kelp pool sites). Only functions that one protocol alone registers and whose
 * signature is the protocol's own count; ERC-4626/WETH-style `deposit`, `mint`, `wrap`, `stake` are everyone's.
 */
import { getAddress } from 'viem';
import type { ParsedCall } from '../requests/types';
import { getProtocol } from '../protocols/registry';
import type { Intent } from './intent';
import { contractEntries, type ContractEntry, type Plan } from './plans';
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
