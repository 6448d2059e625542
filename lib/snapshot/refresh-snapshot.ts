import { fetchLrtPools } from '../sources/defillama/fetch-lrt-pools.ts';
import { fetchProtocols } from '../sources/defillama/fetch-protocols.ts';
import { applyLiveFacts, type LiveFacts } from './apply-live-facts.ts';
import { diffSnapshots, type FactChange } from './diff-snapshots.ts';
import { parseSnapshot } from './load-snapshot.ts';
import type { Snapshot } from './snapshot-schema.ts';

export interface RefreshSnapshotDeps {
  fetch: typeof globalThis.fetch;
  yieldsBaseUrl?: string;
  apiBaseUrl?: string;
  timeoutMs?: number;
  now?: () => Date;
}

export interface RefreshSnapshotResult {
  next: Snapshot;
  changes: FactChange[];
  /** Live sources that could not be read, with their short reason ("timeout", "network error", …). */
  failures: { source: string; reason: string }[];
  /** How many live sources answered. 0 means nothing was rebuilt and the file must stay as it is. */
  reached: number;
}

/**
 * Re-reads the live sources the snapshot can be rebuilt from (DefiLlama `/pools` and `/protocols`), folds what
 * answered into the snapshot and returns the fact-level diff. Pure of any file I/O; `rebuild.ts` decides what to
 * write. On-chain facts (rates, pause state, slashable shares) are not part of the snapshot rebuild.
 */
export async function refreshSnapshot(current: Snapshot, deps: RefreshSnapshotDeps): Promise<RefreshSnapshotResult> {
  const now = deps.now ?? (() => new Date());
  const common = { fetch: deps.fetch, now, ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) };
  const [pools, protocols] = await Promise.all([
    fetchLrtPools({ ...common, ...(deps.yieldsBaseUrl ? { baseUrl: deps.yieldsBaseUrl } : {}) }),
    fetchProtocols({ ...common, ...(deps.apiBaseUrl ? { baseUrl: deps.apiBaseUrl } : {}) }),
  ]);
  const facts: LiveFacts = {};
  const failures: RefreshSnapshotResult['failures'] = [];
  if (pools.ok) facts.pools = pools;
  else failures.push({ source: 'DefiLlama /pools', reason: pools.error.shortMessage });
  if (protocols.ok) facts.protocols = protocols;
  else failures.push({ source: 'DefiLlama /protocols', reason: protocols.error.shortMessage });

  const next = parseSnapshot(applyLiveFacts(current, facts, now().toISOString().slice(0, 10)));
  return { next, changes: diffSnapshots(current, next), failures, reached: 2 - failures.length };
}
