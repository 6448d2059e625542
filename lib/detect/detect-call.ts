/**
 * One call (`{to, data, value}`) → intents. Looks the contract up by (chain, to) first and only then by selector:
 * the same selector means different things on different protocols (`deposit()` is ether.fi, Swell and WETH).
 */
import { ALLOWANCE_CALLS } from '../requests/allowance-selectors';
import type { ParsedCall } from '../requests/types';
import { buildIntents } from './build-intents';
import { approvalIntent } from './approval-intent';
import { detectSwap } from './detect-swap';
import { impostorIntent } from './impostor-intent';
import type { Intent } from './intent';
import { contractEntries, type ContractEntry, type Plan } from './plans';

let byAddress: Map<string, ContractEntry[]> | null = null;
/** A registered contract at this address on another chain whose function this selector calls. */
function entryOnOtherChain(to: string, selector: string): { entry: ContractEntry; plan: Plan } | null {
  if (!byAddress) {
    byAddress = new Map();
    for (const e of contractEntries().values()) {
      const key = e.info.address.toLowerCase();
      byAddress.set(key, [...(byAddress.get(key) ?? []), e]);
    }
  }
  for (const entry of byAddress.get(to) ?? []) {
    const plan = entry.plans.get(selector);
    if (plan) return { entry, plan };
  }
  return null;
}

/**
 * A call to a registered contract's address on a chain where the protocol has no such contract: the person's
 * wallet is probably on the wrong network, and the funds may go to an address with no contract behind it.
 */
function wrongChain(chainId: number, home: ContractEntry, intents: Intent[]): Intent[] {
  return intents.map((intent) => ({
    ...intent,
    chainId,
    notes: [...(intent.notes ?? []), `${home.contract.name} ${home.info.address} is registered on chain ${home.chainId}, not on chain ${chainId}`],
    flags: [...(intent.flags ?? []), 'wrong-chain'],
  }));
}

const { approve: APPROVE, increaseAllowance: INCREASE_ALLOWANCE, permit: PERMIT, permit2Approve: PERMIT2_APPROVE } = ALLOWANCE_CALLS;
/** Permit2 is deployed at the same address on every chain: https://github.com/Uniswap/permit2 */
export const PERMIT2 = '0x000000000022d473030f116ddee9f6b43ac78ba3';

const ZERO_24 = '000000000000000000000000';

/** The address in argument word `i`, or null when the word is missing or not a clean address. */
function addressWord(data: string, i: number): string | null {
  const start = 10 + i * 64;
  if (data.length < start + 64 || data.slice(start, start + 24) !== ZERO_24) return null;
  return `0x${data.slice(start + 24, start + 64).toLowerCase()}`;
}

function uintWord(data: string, i: number): bigint | null {
  const start = 10 + i * 64;
  return data.length < start + 64 ? null : BigInt(`0x${data.slice(start, start + 64)}`);
}

export function detectCall(chainId: number, call: ParsedCall): Intent[] {
  const to = call.to;
  if (to === null || call.data.length < 10) return [];
  const data = call.data;
  const selector = data.slice(0, 10).toLowerCase();
  const entry = contractEntries().get(`${chainId}:${to}`);
  if (entry) {
    const plan = entry.plans.get(selector);
    if (plan) return buildIntents(chainId, entry, plan, data, call.value);
  } else {
    const home = entryOnOtherChain(to, selector);
    if (home) return wrongChain(chainId, home.entry, buildIntents(home.entry.chainId, home.entry, home.plan, data, call.value));
  }
  const swaps = detectSwap(chainId, call);
  if (swaps.length > 0) return swaps;
  if (!entry) {
    const impostor = impostorIntent(chainId, call, selector);
    if (impostor) return [impostor];
  }
  let intent: Intent | null = null;
  switch (selector) {
    case APPROVE.selector:
    case INCREASE_ALLOWANCE.selector: {
      const spender = addressWord(data, 0);
      if (spender) {
        const fn = selector === APPROVE.selector ? APPROVE.signature : INCREASE_ALLOWANCE.signature;
        intent = approvalIntent(chainId, spender, to, uintWord(data, 1), 'approve', fn);
      }
      break;
    }
    case PERMIT.selector: {
      const spender = addressWord(data, PERMIT.spenderWord);
      if (spender) intent = approvalIntent(chainId, spender, to, uintWord(data, 2), 'permit', PERMIT.signature);
      break;
    }
    case PERMIT2_APPROVE.selector: {
      if (to !== PERMIT2) break;
      const token = addressWord(data, 0);
      const spender = addressWord(data, PERMIT2_APPROVE.spenderWord);
      if (token && spender) intent = approvalIntent(chainId, spender, token, uintWord(data, 2), 'approve', PERMIT2_APPROVE.signature, true);
      break;
    }
  }
  return intent ? [intent] : [];
}
