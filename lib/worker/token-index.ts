/**
 * What the popup searches: every LRT and its bridged deployments, the LSTs people deposit, and direct
 * EigenLayer restaking — by symbol, name or address, on every registered chain. Small enough to send to
 * the popup once and search there on every keystroke.
 */
import { getProtocol, listTokens } from '../protocols/registry';
import { chainInfo } from '../report/chains';
import { entryForToken } from '../report/find-subject';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { reportEntries } from '../report/report-entries';

export interface TokenIndexEntry {
  /** The report to open: a snapshot LRT id, or `lst:<token id>`. */
  reportId: string;
  symbol: string;
  name: string;
  protocol: string;
  kind: 'lrt' | 'lst' | 'direct-restaking';
  chainId: number | null;
  chain: string | null;
  address: string | null;
}

export function buildTokenIndex(snapshot: Snapshot): TokenIndexEntry[] {
  const out: TokenIndexEntry[] = [];
  const seen = new Set<string>();
  const push = (e: TokenIndexEntry) => {
    const key = `${e.reportId}:${e.chainId}:${e.address?.toLowerCase()}:${e.symbol}`;
    if (!seen.has(key)) (seen.add(key), out.push(e));
  };
  for (const entry of reportEntries(snapshot)) {
    if (entry.kind === 'direct-restaking') {
      const protocol = getProtocol(entry.protocol)?.name ?? entry.protocol;
      push({ reportId: entry.id, symbol: protocol, name: entry.name, protocol, kind: 'direct-restaking', chainId: null, chain: null, address: null });
    }
  }
  for (const t of listTokens()) {
    const kind = t.token.kind;
    if (kind !== 'lrt' && kind !== 'lst') continue;
    const chain = chainInfo(t.deployment.chainId).name;
    if (kind === 'lst') {
      push({ reportId: `lst:${t.token.id}`, symbol: t.token.symbol, name: t.token.name, protocol: 'liquid staking', kind, chainId: t.deployment.chainId, chain, address: t.deployment.address });
      continue;
    }
    const entry = entryForToken(snapshot, t.deployment.chainId, t.deployment.address);
    if (!entry) continue;
    push({
      reportId: entry.id,
      symbol: t.token.symbol,
      name: t.token.name,
      protocol: t.protocol?.name ?? entry.protocol,
      kind: 'lrt',
      chainId: t.deployment.chainId,
      chain,
      address: t.deployment.address,
    });
  }
  return out;
}
