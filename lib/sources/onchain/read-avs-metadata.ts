import type { Address, Chain, Client, Log, Transport } from 'viem';
import { avsMetadataEventAbi } from './abis.ts';
import { getLogs } from 'viem/actions';
import { MetadataFetchError, MetadataInvalidError, MetadataTooLargeError, type OnchainError, toOnchainError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource } from './round-context.ts';
import { AVS_METADATA_DEFAULTS, fetchAvsMetadata, type AvsMetadata } from './fetch-avs-metadata.ts';

/**
 * AVS names. EigenLayer never stores an AVS's metadata URI: it is only emitted in `AVSMetadataURIUpdated` by
 * AVSDirectory (legacy registrations) and AllocationManager (operator sets) — docs/core/AllocationManager.md. So the
 * latest event per AVS is found with eth_getLogs, the JSON behind it is fetched (size-capped, time-capped, parsed),
 * and the bundled snapshot's names are the fallback when any step fails.
 */

export interface AvsName {
  avs: Address;
  name: string;
  website?: string;
  logo?: string;
  description?: string;
  metadataUri?: string;
  /** `onchain`: from the AVS's own metadata now; `snapshot`: the bundled name. */
  origin: 'onchain' | 'snapshot';
}
export interface CachedMetadata {
  fetchedAt: number;
  metadata: AvsMetadata;
}

/** Where parsed metadata is kept between refreshes (the background passes a storage-backed one). */
export interface MetadataCache {
  get(uri: string): Promise<CachedMetadata | undefined> | CachedMetadata | undefined;
  set(uri: string, value: CachedMetadata): Promise<void> | void;
}

export function createMemoryMetadataCache(): MetadataCache {
  const map = new Map<string, CachedMetadata>();
  return { get: (uri) => map.get(uri), set: (uri, v) => void map.set(uri, v) };
}
export interface AvsMetadataParams {
  avs: readonly Address[];
  /** AVSDirectory and AllocationManager on this chain. */
  emitters: readonly Address[];
  /** Search back to this block at most (the snapshot's block: anything older is already in the snapshot). */
  fromBlock: bigint;
  toBlock?: bigint;
  /** Fallback names from the bundled snapshot, keyed by lowercase AVS address. */
  snapshotNames?: Readonly<Record<string, string>>;
  fetchFn: typeof fetch;
  cache?: MetadataCache;
  now?: () => number;
  signal?: AbortSignal;
  maxBlockRange?: bigint;
  maxChunks?: number;
  maxBytes?: number;
  timeoutMs?: number;
  cacheTtlMs?: number;
}

export interface AvsMetadataResult {
  names: Map<Address, OnchainFact<AvsName>>;
  /** eth_blockNumber and eth_getLogs requests sent. */
  logRequests: number;
  /** Metadata documents fetched (cache misses). */
  metadataFetches: number;
}

type MetadataLog = Log<bigint, number, false, (typeof avsMetadataEventAbi)[0], true>;

/** Latest `AVSMetadataURIUpdated` per AVS, then its JSON; snapshot names where anything fails. Never throws. */
export async function readAvsMetadata(client: Client<Transport, Chain>, params: AvsMetadataParams): Promise<AvsMetadataResult> {
  const now = params.now ?? Date.now;
  const cache = params.cache ?? createMemoryMetadataCache();
  const chainId = client.chain.id;
  const logSource = `${rpcSource(chainId, 'AllocationManager', 'AVSMetadataURIUpdated')}+${rpcSource(chainId, 'AVSDirectory', 'AVSMetadataURIUpdated')}`;
  const wanted = new Map(params.avs.map((a) => [a.toLowerCase(), a]));
  const latest = new Map<string, { uri: string; block: bigint; index: number }>();
  let logRequests = 0;
  let metadataFetches = 0;
  let logError: OnchainError | null = null;
  /** Lowest block searched; above `fromBlock` when the chunk budget ran out first. */
  let searchedFrom: bigint | null = null;

  if (wanted.size) {
    try {
      let head: bigint;
      if (params.toBlock !== undefined) head = params.toBlock;
      else {
        logRequests++;
        head = BigInt(await client.request({ method: 'eth_blockNumber' }, { signal: params.signal } as never));
      }
      const range = params.maxBlockRange ?? AVS_METADATA_DEFAULTS.maxBlockRange;
      let to = head;
      for (let chunk = 0; chunk < (params.maxChunks ?? AVS_METADATA_DEFAULTS.maxChunks) && to >= params.fromBlock; chunk++) {
        const from = to - range + 1n > params.fromBlock ? to - range + 1n : params.fromBlock;
        logRequests++;
        const logs = (await getLogs(client, {
          address: [...params.emitters],
          event: avsMetadataEventAbi[0],
          args: { avs: [...wanted.values()] },
          fromBlock: from,
          toBlock: to,
          strict: true,
        })) as MetadataLog[];
        for (const log of logs) {
          const key = log.args.avs.toLowerCase();
          const prev = latest.get(key);
          if (!prev || log.blockNumber > prev.block || (log.blockNumber === prev.block && log.logIndex > prev.index))
            latest.set(key, { uri: log.args.metadataURI, block: log.blockNumber, index: log.logIndex });
        }
        // Walking backwards: once every AVS has an event, older ones cannot be newer.
        searchedFrom = from;
        if ([...wanted.keys()].every((k) => latest.has(k))) break;
        to = from - 1n;
      }
    } catch (err) {
      logError = toOnchainError(err, params.signal);
    }
  }

  const names = new Map<Address, OnchainFact<AvsName>>();
  for (const [key, avs] of wanted) {
    const snapshotName = params.snapshotNames?.[key];
    const fallback = (why: OnchainError): OnchainFact<AvsName> =>
      snapshotName
        ? okFact({ avs, name: snapshotName, origin: 'snapshot' }, { source: 'snapshot', asOf: now(), blockNumber: null, note: `snapshot name (${why.shortMessage})` })
        : failedFact(why, { source: logSource, asOf: now() });
    if (logError) {
      names.set(avs, fallback(logError));
      continue;
    }
    const found = latest.get(key);
    if (!found) {
      names.set(
        avs,
        snapshotName
          ? okFact(
              { avs, name: snapshotName, origin: 'snapshot' },
              {
                source: 'snapshot',
                asOf: now(),
                blockNumber: null,
                note: searchedFrom !== null && searchedFrom > params.fromBlock ? `no metadata event since block ${searchedFrom}` : 'no newer metadata on-chain',
              },
            )
          : failedFact(new MetadataFetchError({ details: 'no AVSMetadataURIUpdated event in range' }), { source: logSource, asOf: now() }),
      );
      continue;
    }
    try {
      const cached = await cache.get(found.uri);
      let metadata = cached && now() - cached.fetchedAt < (params.cacheTtlMs ?? AVS_METADATA_DEFAULTS.cacheTtlMs) ? cached.metadata : undefined;
      if (!metadata) {
        metadataFetches++;
        metadata = await fetchAvsMetadata(found.uri, {
          fetchFn: params.fetchFn,
          ...(params.maxBytes !== undefined ? { maxBytes: params.maxBytes } : {}),
          ...(params.timeoutMs !== undefined ? { timeoutMs: params.timeoutMs } : {}),
          ...(params.signal ? { signal: params.signal } : {}),
        });
        await cache.set(found.uri, { fetchedAt: now(), metadata });
      }
      names.set(
        avs,
        okFact(
          { avs, ...metadata, metadataUri: found.uri, origin: 'onchain' },
          { source: `${logSource}+${new URL(found.uri).host}`, asOf: now(), blockNumber: found.block },
        ),
      );
    } catch (err) {
      names.set(avs, fallback(err instanceof MetadataFetchError || err instanceof MetadataTooLargeError || err instanceof MetadataInvalidError ? err : new MetadataFetchError({ cause: err })));
    }
  }
  return { names, logRequests, metadataFetches };
}
