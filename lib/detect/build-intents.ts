/**
 * Turns one call on a registered contract into intents, reading only the arguments its spec names.
 * One intent per element when the spec reads an array (EigenLayer withdrawals: one per strategy).
 */
import type { TokenRef } from '../protocols/types';
import { getStrategy } from '../protocols/registry';
import { readPath } from './abi-reader';
import type { Intent } from './intent';
import type { ContractEntry, Plan } from './plans';
import { ethToken, tokenByAddress, tokenById, type ResolvedToken } from './tokens';

const UNKNOWN_ROW: readonly number[] = [];

function read(data: string, plan: Plan, path: string, indices: readonly number[]): bigint | string | boolean | undefined {
  const steps = plan.steps.get(path)!;
  let each = 0;
  for (const s of steps) if (s === 'each') each++;
  const rows = readPath(data, plan.root, steps, indices.length >= each ? indices.slice(0, each) : undefined);
  return rows[0]?.value;
}

function strategyToken(chainId: number, strategy: string, notes: string[]): ResolvedToken | null {
  const hit = getStrategy(chainId, strategy);
  if (!hit) {
    notes.push(`strategy ${strategy} is not registered (permissionless strategies need an on-chain underlyingToken() read)`);
    return null;
  }
  const token = tokenById(hit.strategy.underlying, chainId);
  if (!token) notes.push(`${hit.strategy.underlying} has no registered address on chain ${chainId}`);
  return token;
}

function resolveRef(
  ref: TokenRef,
  chainId: number,
  data: string,
  plan: Plan,
  indices: readonly number[],
  notes: string[],
): ResolvedToken | null {
  if ('id' in ref) return tokenById(ref.id, chainId);
  if ('arg' in ref) {
    const value = read(data, plan, ref.arg, indices);
    return typeof value === 'string' ? tokenByAddress(chainId, value, ref.eth) : null;
  }
  if ('strategy' in ref) {
    const value = read(data, plan, ref.strategy, indices);
    return typeof value === 'string' ? strategyToken(chainId, value, notes) : null;
  }
  const value = read(data, plan, ref.byAsset, indices);
  if (typeof value !== 'string') return null;
  const asset = tokenByAddress(chainId, value, ref.sentinel);
  const id = asset.id === 'ETH' ? ref.eth : asset.id ? ref.map[asset.id] : undefined;
  return id ? tokenById(id, chainId) : null;
}

function amountOf(value: unknown): string | null {
  return typeof value === 'bigint' ? value.toString() : null;
}

export function buildIntents(chainId: number, entry: ContractEntry, plan: Plan, data: string, value: bigint): Intent[] {
  const rows: (readonly number[])[] = [];
  if (plan.expand) {
    for (const row of readPath(data, plan.root, plan.steps.get(plan.expand)!)) rows.push(row.indices);
  }
  // A spec that reads arrays but finds none (empty or unreadable) still gives one intent, with unknowns:
  // the person is calling a restaking entry point either way.
  if (rows.length === 0) rows.push(UNKNOWN_ROW);

  const spec = plan.spec;
  const lending = entry.protocol.kind === 'lending';
  const intents: Intent[] = [];
  for (const indices of rows) {
    const notes: string[] = [];
    let asset: ResolvedToken | null;
    let amount: string | null = null;
    let shares: string | undefined;
    const input = spec.input;
    switch (input.kind) {
      case 'eth':
        asset = ethToken(chainId);
        amount = value.toString();
        break;
      case 'none':
        asset = ethToken(chainId);
        amount = value.toString();
        break;
      case 'token':
        asset = tokenById(input.token, chainId);
        if (!asset) notes.push(`${input.token} has no registered address on chain ${chainId}`);
        break;
      case 'asset-arg': {
        const address = read(data, plan, input.asset, indices);
        asset = typeof address === 'string' ? tokenByAddress(chainId, address, input.eth) : null;
        break;
      }
      case 'strategy-arg': {
        const address = read(data, plan, input.strategy, indices);
        asset = typeof address === 'string' ? strategyToken(chainId, address, notes) : null;
        break;
      }
      case 'ref':
        asset = resolveRef(input.token, chainId, data, plan, indices, notes);
        break;
    }
    if ('amount' in input && input.amount) {
      const raw = amountOf(read(data, plan, input.amount, indices));
      if (input.unit === 'shares') {
        if (raw !== null) shares = raw;
      } else {
        amount = raw;
      }
    }
    // An ETH sentinel with no amount argument: the ETH is what is attached.
    if (asset?.id === 'ETH' && amount === null && input.kind === 'asset-arg' && !input.amount) amount = value.toString();

    let token: ResolvedToken | null;
    if (spec.token === undefined) token = entry.tokenId ? tokenById(entry.tokenId, chainId) : null;
    else token = spec.token === null ? null : resolveRef(spec.token, chainId, data, plan, indices, notes);
    // Lending markets matter only for the looping case: an LRT as collateral.
    if (lending && token?.kind !== 'lrt') continue;

    const intent: Intent = {
      action: spec.action,
      protocol: entry.protocol.id,
      chainId,
      contract: entry.info,
      function: plan.fn,
      asset: asset
        ? { symbol: asset.out.symbol, address: asset.out.address, amount }
        : { symbol: 'unknown', address: '0x0000000000000000000000000000000000000000', amount },
      token: token ? token.out : null,
    };
    if (spec.receives) {
      const receives = resolveRef(spec.receives, chainId, data, plan, indices, notes);
      intent.receives = receives ? receives.out : null;
    }
    if (shares !== undefined) intent.shares = shares;
    if (spec.version === 'legacy') notes.push('older signature; may no longer be deployed');
    if (notes.length > 0) intent.notes = notes;
    intents.push(intent);
  }
  return intents;
}
