/**
 * The worker's live sources behind the cache (DefiLlama, borrow rates, on-chain reads, EigenExplorer when the person
 * entered a key): one read of all of them for the warning and its freshness line, and one refresh of those the
 * settings turn on. Built once per worker; a refresh runs the same sources the reads come from.
 */
import type { Address, Chain, Client, Transport } from 'viem';
import type { SourceLine } from '../messaging/hold-messages';
import type { LiveData } from '../report/live-data';
import type { Settings } from '../settings/settings';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { createCachedSource, type CachedRead } from '../sources/cache/cached-source';
import { createDefillamaSources } from '../sources/cache/defillama-sources';
import { formatSourceStatus } from '../sources/cache/format-source-status';
import { createOnchainSource } from '../sources/cache/onchain-source';
import { runRefreshTasks, snapshotCoinKeys } from '../sources/cache/refresh-all';
import type { RefreshTask } from '../sources/cache/refresh-task';
import type { VersionedStorage } from '../sources/cache/versioned-storage';
import { avsNamesSchema, fetchAvsNames } from '../sources/eigenexplorer/fetch-avs-names';
import type { ProtocolId } from '../sources/onchain/targets';
import { createBorrowRateSource } from './borrow-rate-source';

export interface WorkerSourcesDeps {
  storage: VersionedStorage;
  snapshot: Snapshot;
  fetch: typeof globalThis.fetch;
  now: () => Date;
  /** A viem client for a chain; the person's RPC override is applied here. */
  clientFor(chainId: number, rpcUrl: string | undefined): Client<Transport, Chain>;
  baseUrls?: { yields?: string; api?: string; coins?: string; eigenExplorer?: string };
  /** The settings as last read (RPC overrides, EigenExplorer key), and a read of them. */
  currentSettings(): Settings | null;
  getSettings(): Promise<Settings>;
}

const SOURCE_LABELS: Record<string, string> = {
  'defillama.pools': 'Yields (DefiLlama)',
  'defillama.protocols': 'TVL and audits (DefiLlama)',
  'defillama.prices': 'Prices (DefiLlama)',
  onchain: 'On-chain reads (RPC)',
  'eigenexplorer.avs': 'AVS names (EigenExplorer)',
};

/** One read is kept this long: a warning must not wait on storage twice. */
const READ_TTL_MS = 5_000;

/** The stakers each protocol's snapshot lists, for the on-chain exposure walk. */
function stakerLists(snapshot: Snapshot): Partial<Record<ProtocolId, Address[]>> {
  const lists: Partial<Record<ProtocolId, Address[]>> = {};
  for (const lrt of snapshot.lrts) {
    if (lrt.operators.stakers.length === 0) continue;
    const id = lrt.protocol as ProtocolId;
    lists[id] = [...(lists[id] ?? []), ...lrt.operators.stakers.map((s) => s.address as Address)];
  }
  return lists;
}

export function createWorkerSources(deps: WorkerSourcesDeps) {
  const { now, snapshot } = deps;
  const explorerKey = () => deps.currentSettings()?.eigenExplorerKey || null;
  const clientFor = (chainId: number) => deps.clientFor(chainId, deps.currentSettings()?.rpcUrls[String(chainId)]);
  const defillama = createDefillamaSources({
    fetch: deps.fetch,
    storage: deps.storage,
    now,
    coins: snapshotCoinKeys(),
    snapshotAsOf: snapshot.asOf,
    ...(deps.baseUrls ? { baseUrls: deps.baseUrls } : {}),
  });
  const borrowRates = createBorrowRateSource({ fetch: deps.fetch, storage: deps.storage, now, ...(deps.baseUrls?.yields ? { baseUrl: deps.baseUrls.yields } : {}) });
  const onchain = createOnchainSource(deps.storage, { clientFor, stakerLists: stakerLists(snapshot), now, snapshotAsOf: snapshot.asOf });
  // EigenExplorer needs a key: the source is read and refreshed only while the person has entered one.
  const explorer = createCachedSource(
    deps.storage,
    {
      id: 'eigenexplorer.avs',
      version: 1,
      ttlMs: 24 * 60 * 60_000,
      schema: avsNamesSchema,
      fetch: (signal) =>
        fetchAvsNames({
          fetch: deps.fetch,
          apiKey: explorerKey() ?? '',
          now,
          ...(deps.baseUrls?.eigenExplorer ? { baseUrl: deps.baseUrls.eigenExplorer } : {}),
          ...(signal ? { signal } : {}),
        }),
    },
    now,
  );

  let reads: Promise<{ live: LiveData; lines: SourceLine[] }> | null = null;
  let readsAt = 0;
  /** One read of every source, shared by the assessment (facts) and its freshness line. A refresh clears it. */
  function readAll(): Promise<{ live: LiveData; lines: SourceLine[] }> {
    const at = now();
    if (reads && at.getTime() - readsAt < READ_TTL_MS) return reads;
    readsAt = at.getTime();
    const read = <T>(s: { read(): Promise<CachedRead<T>> }) => s.read().catch(() => null);
    reads = (async () => {
      await deps.getSettings();
      const withExplorer = explorerKey() !== null;
      const [pools, protocols, prices, chain, avsNames] = await Promise.all([
        read(defillama.pools),
        read(defillama.protocols),
        read(defillama.prices),
        read(onchain),
        withExplorer ? read(explorer) : Promise.resolve(null),
      ]);
      const live: LiveData = { pools, protocols, prices, onchain: chain ? { data: chain.data, fetchedAt: chain.fetchedAt } : null, avsNames };
      const shown: [string, CachedRead<unknown> | null][] = [
        [defillama.pools.id, pools],
        [defillama.protocols.id, protocols],
        [defillama.prices.id, prices],
        [onchain.id, chain],
        ...(withExplorer ? [[explorer.id, avsNames] as [string, CachedRead<unknown> | null]] : []),
      ];
      const lines = shown.map(([id, r]): SourceLine => {
        const status = r?.status ?? { state: 'pending' as const };
        return { id, label: SOURCE_LABELS[id] ?? id, text: formatSourceStatus(status, at, { withFallback: true }), state: status.state };
      });
      return { live, lines };
    })();
    reads.catch(() => (reads = null));
    return reads;
  }

  let refreshing: Promise<unknown> | null = null;
  /** Refreshes the sources the settings turn on, each isolated from the others' failures. */
  function refresh(): Promise<unknown> {
    refreshing ??= (async () => {
      const settings = await deps.getSettings();
      const tasks: RefreshTask[] = [
        ...(settings.sources.defillama ? [...defillama.tasks, borrowRates.task] : []),
        ...(settings.sources.onchain ? [onchain] : []),
        ...(explorerKey() ? [explorer] : []),
      ];
      await runRefreshTasks(tasks, { now });
    })().finally(() => {
      refreshing = null;
      reads = null;
    });
    return refreshing;
  }

  return {
    readAll,
    refresh,
    /** Drops the kept read (settings changed). */
    forget: () => void (reads = null),
    clientFor,
    borrowRates: borrowRates.read,
  };
}
