/**
 * The README's table of products covered per protocol and chain, rendered from the registry so the two cannot
 * drift apart (coverage-table.test.ts compares them). One row per protocol; contracts that share the same chains are
 * listed together, and a token deployed beyond Ethereum lists its chains.
 */
import type { IntentAction, ProtocolSpec } from './types';

/** Chain names for the ids the registry uses. */
export const CHAIN_NAMES: Readonly<Record<number, string>> = {
  1: 'Ethereum',
  10: 'Optimism',
  56: 'BNB Chain',
  169: 'Manta',
  196: 'X Layer',
  324: 'zkSync',
  999: 'HyperEVM',
  1868: 'Soneium',
  1923: 'Swellchain',
  2410: 'Karak',
  5000: 'Mantle',
  8453: 'Base',
  17000: 'Holesky',
  33139: 'ApeChain',
  34443: 'Mode',
  42161: 'Arbitrum',
  48900: 'Zircuit',
  59144: 'Linea',
  80094: 'Berachain',
  81457: 'Blast',
  534352: 'Scroll',
  560048: 'Hoodi',
};

const ACTION_WORDS: Readonly<Record<IntentAction, string>> = {
  deposit: 'deposit',
  wrap: 'wrap',
  unwrap: 'unwrap',
  approve: 'approve',
  permit: 'permit',
  restake: 'restake',
  delegate: 'delegate',
  undelegate: 'undelegate',
  'withdraw-request': 'withdrawal request',
  'withdraw-claim': 'claim',
  'instant-redeem': 'instant redemption',
  'supply-collateral': 'collateral',
  bridge: 'bridge',
  swap: 'swap',
};

const chainName = (id: number) => CHAIN_NAMES[id] ?? `chain ${id}`;

export function coverageRow(protocol: ProtocolSpec): string {
  const groups = new Map<string, string[]>();
  for (const contract of protocol.contracts) {
    if (contract.deployments.length === 0) continue;
    const chains = [...new Set(contract.deployments.map((d) => d.chainId))].sort((a, b) => a - b).map(chainName).join(', ');
    groups.set(chains, [...(groups.get(chains) ?? []), contract.name]);
  }
  // Long lists (Symbiotic's and Mellow's vaults) keep the table compact: the first few, then how many more.
  const listed = (names: string[]) => (names.length > 6 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', '));
  const products = [...groups].map(([chains, names]) => `${listed([...new Set(names)])} (${chains})`).join('; ');
  const actions = [...new Set(protocol.contracts.flatMap((c) => (c.deployments.length ? c.functions.map((f) => ACTION_WORDS[f.action]) : [])))].join(', ');
  // A token bridged beyond Ethereum names its chains (one entry per symbol), so an L2 deployment shows in the table.
  const chainsBySymbol = new Map<string, Set<number>>();
  for (const t of protocol.tokens.filter((x) => x.kind === 'lrt')) {
    const set = chainsBySymbol.get(t.symbol) ?? new Set<number>();
    for (const d of t.deployments) set.add(d.chainId);
    chainsBySymbol.set(t.symbol, set);
  }
  const tokens = [...chainsBySymbol].map(([symbol, set]) => {
    const chains = [...set].sort((a, b) => a - b);
    return chains.length === 1 && chains[0] === 1 ? symbol : `${symbol} (${chains.map(chainName).join(', ')})`;
  });
  return `| ${protocol.name} | ${tokens.join(', ') || '—'} | ${actions} | ${products} |`;
}

export function coverageTable(protocols: readonly ProtocolSpec[]): string {
  return ['| protocol | tokens | actions read | contracts (chains) |', '|---|---|---|---|', ...protocols.map(coverageRow)].join('\n');
}

/** The README with its products table replaced by the one the registry renders (`npm run generate` writes it). */
export function withCoverageTable(readme: string, protocols: readonly ProtocolSpec[]): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| protocol | tokens | actions read |'));
  if (start < 0) throw new Error('README.md has no products table');
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  lines.splice(start, end - start, ...coverageTable(protocols).split('\n'));
  return lines.join('\n');
}
