/** Which snapshot entry (LRT, or direct EigenLayer restaking) an intent exposes the person to. */
import type { Intent } from '../detect/intent';
import { getToken } from '../protocols/registry';
import type { LrtEntry } from '../snapshot/lrt-entry-schema';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { reportEntries } from './report-entries';

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The entry for a token, by address (any chain, through the registry) or by its protocol and symbol. */
export function entryForToken(snapshot: Snapshot, chainId: number, address: string): LrtEntry | null {
  const entries = reportEntries(snapshot);
  for (const entry of entries) {
    for (const t of [entry.token, ...entry.relatedTokens]) if (t && t.chainId === chainId && same(t.address, address)) return entry;
  }
  const registered = getToken(chainId, address);
  if (!registered?.protocol || registered.token.kind !== 'lrt') return null;
  const candidates = entries.filter((e) => e.protocol === registered.protocol!.id && e.kind === 'lrt');
  const symbol = registered.token.symbol.replace(/^w(?=rs)/, '');
  return candidates.find((e) => [e.token, ...e.relatedTokens].some((t) => same(t?.symbol, symbol))) ?? candidates[0] ?? null;
}

export function findSubject(snapshot: Snapshot, intent: Intent): LrtEntry | null {
  // Collateral: the LRT supplied; anything else: the LRT held afterwards, then the asset, then the protocol.
  const tokens = intent.action === 'supply-collateral' ? [intent.asset] : [intent.token, intent.asset];
  for (const t of tokens) {
    if (!t) continue;
    const entry = entryForToken(snapshot, 'chainId' in t ? t.chainId : intent.chainId, t.address);
    if (entry) return entry;
  }
  const entries = reportEntries(snapshot);
  const direct = entries.find((e) => e.kind === 'direct-restaking' && e.protocol === intent.protocol);
  if (direct) return direct;
  const byProtocol = entries.filter((e) => e.protocol === intent.protocol);
  return byProtocol.length === 1 ? byProtocol[0]! : null;
}
