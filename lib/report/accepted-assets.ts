/**
 * What a person can put into an LRT, read from the registry's deposit entry points (`deposit` and
 * `restake` functions): the native currency, the tokens an entry point names, and whether some entry
 * point takes a token chosen per call that the registry does not list (the contract's own allow-list
 * decides). The popup's compare view shows it; the popup may not load the registry, so
 * `render-accepted-assets.ts` renders the result per snapshot LRT into a small generated file.
 */
import { getProtocol, getTokenById } from '../protocols/registry';
import type { ContractSpec, FunctionSpec, ProtocolSpec } from '../protocols/types';
import type { LrtEntry } from '../snapshot/lrt-entry-schema';

export interface AcceptedAssets {
  /** ETH (the chain's native currency) straight in. */
  eth: boolean;
  /** Registry symbols an entry point names: fixed tokens, the assets of a per-asset mint, EigenLayer strategy underlyings. */
  tokens: string[];
  /** Some entry point takes a token chosen per call beyond those listed. */
  more: boolean;
}

const DEPOSITS = new Set<FunctionSpec['action']>(['deposit', 'restake']);
/** Testnets carry their own strategies (and test tokens); what a person deposits is on mainnet. */
const TESTNETS = new Set([17000, 560048]);

const symbolOf = (id: string) => getTokenById(id)?.token.symbol ?? id;

/**
 * `symbols`: the LRT's own token symbols (an entry with its related tokens), or null for every token the
 * protocol issues. Contracts that mint another of the protocol's tokens are left out; contracts whose
 * token depends on the call are kept, and their per-asset maps filtered.
 */
export function acceptedAssets(protocol: ProtocolSpec, symbols: readonly string[] | null): AcceptedAssets {
  const about = (id: string) => symbols === null || symbols.includes(symbolOf(id));
  const tokens = new Set<string>();
  let eth = false;
  let more = false;
  const strategyUnderlyings = [...new Set((protocol.strategies ?? []).filter((s) => !TESTNETS.has(s.chainId)).map((s) => s.underlying))];
  const fromStrategies = () => {
    if (strategyUnderlyings.length === 0 || protocol.strategiesPartial) more = true;
    for (const id of strategyUnderlyings) if (id === 'ETH') eth = true;
    else tokens.add(symbolOf(id));
  };

  const contractTokens = (c: ContractSpec) => [c.token, ...c.deployments.map((d) => d.token)].filter((t): t is string => !!t);
  for (const contract of protocol.contracts) {
    const own = contractTokens(contract);
    if (own.length > 0 && !own.some(about)) continue;
    // A contract whose token depends on the call (a wrapper taking the vault as an argument) serves every
    // LRT of the protocol: only an explicit per-asset map says which asset goes where; the rest is "more".
    const callDependent = own.length === 0 && symbols !== null;
    for (const fn of contract.functions) {
      if (!DEPOSITS.has(fn.action)) continue;
      const minted = fn.token;
      if (minted && 'id' in minted && !about(minted.id)) continue;
      const input = fn.input;
      if (minted && 'byAsset' in minted) {
        for (const [asset, lrt] of Object.entries(minted.map)) if (about(lrt)) tokens.add(symbolOf(asset));
        if (minted.eth && about(minted.eth)) eth = true;
        continue;
      }
      if (callDependent && 'strategy-arg' !== input.kind && (input.kind !== 'asset-arg' || strategyUnderlyings.length === 0)) {
        if (input.kind !== 'none' && input.kind !== 'ref') more = true;
        continue;
      }
      switch (input.kind) {
        case 'eth':
          eth = true;
          break;
        case 'token':
          tokens.add(symbolOf(input.token));
          break;
        case 'asset-arg':
          if (input.eth) eth = true;
          fromStrategies();
          break;
        case 'strategy-arg':
          fromStrategies();
          break;
        case 'ref':
        case 'none':
          break;
      }
    }
  }
  return { eth, tokens: [...tokens].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })), more };
}

/** Per report entry: an entry is about its token and related tokens when its protocol has several entries. */
export function acceptedAssetsByLrt(lrts: readonly Pick<LrtEntry, 'id' | 'protocol' | 'token' | 'relatedTokens'>[]): Record<string, AcceptedAssets> {
  const out: Record<string, AcceptedAssets> = {};
  for (const entry of lrts) {
    const protocol = getProtocol(entry.protocol);
    if (!protocol) continue;
    const shared = lrts.filter((e) => e.protocol === entry.protocol).length > 1;
    const symbols = shared && entry.token ? [entry.token.symbol, ...entry.relatedTokens.map((t) => t.symbol)] : null;
    out[entry.id] = acceptedAssets(protocol, symbols);
  }
  return out;
}
