/**
 * Every subject a report can be about: the bundled snapshot's LRTs, plus entries built from the
 * registry and lib/layers for the layers beyond EigenLayer (Mellow's LRTs on Symbiotic, and direct
 * deposits into Symbiotic, Karak and Kernel). The built entries say plainly what the snapshot does
 * not cover; their exit delays and slashing models come from lib/layers with sources.
 */
import { getExposure, getLayerForProtocol } from '../layers';
import { getProtocol, listTokens } from '../protocols/registry';
import type { SnapshotFact } from '../snapshot/snapshot-fact';
import type { LrtEntry } from '../snapshot/lrt-entry-schema';
import type { Snapshot } from '../snapshot/snapshot-schema';

const DIRECT = ['symbiotic', 'karak', 'kernel'] as const;

function built(snapshot: Snapshot, protocol: string, id: string, name: string, token: LrtEntry['token'], exit: SnapshotFact<{ minDays: number | null; maxDays: number | null; text: string }>): LrtEntry {
  const none = <T>(reason: string): SnapshotFact<T> => ({ value: null, reason, asOf: snapshot.asOf });
  const notCovered = 'not covered by the bundled snapshot';
  return {
    id,
    kind: token ? 'lrt' : 'direct-restaking',
    protocol,
    name,
    token,
    relatedTokens: [],
    launchDate: none(notCovered),
    exchangeRate: null,
    tvlUsd: none(notCovered),
    upgradeDelay: none(notCovered),
    yield: {
      baseStaking: none(notCovered),
      restakingRewards: none(notCovered),
      mev: none(notCovered),
      incentives: none(notCovered),
      exchangeRateApy: none(notCovered),
      rewardApy: none(notCovered),
      method: none(notCovered),
      defillama: null,
    },
    audits: [],
    auditsNote: `Audits of ${getProtocol(protocol)?.name ?? protocol} are ${notCovered}.`,
    withdrawal: {
      path: 'reason' in exit ? none(exit.reason) : { ...exit, value: exit.value.text },
      protocolQueue: exit,
      eigenLayerDelay: none('not restaked on EigenLayer'),
      instantRedeem: [],
    },
    operators: { list: [], unknownReason: `Operators of ${getProtocol(protocol)?.name ?? protocol} are ${notCovered}.`, stakers: [], stakerDiscovery: none(notCovered) },
    protection: [],
    incidents: [],
  };
}

const cache = new WeakMap<Snapshot, LrtEntry[]>();

export function reportEntries(snapshot: Snapshot): LrtEntry[] {
  const hit = cache.get(snapshot);
  if (hit) return hit;
  const entries = [...snapshot.lrts];
  for (const t of listTokens()) {
    if (t.protocol?.id !== 'mellow' || t.token.kind !== 'lrt' || t.deployment.chainId !== 1) continue;
    const exposure = getExposure(t.deployment.chainId, t.deployment.address)?.exposure;
    const exit = exposure?.exitDelay ?? ({ value: null, reason: 'no exit delay is recorded for this LRT', asOf: snapshot.asOf } as const);
    entries.push(
      built(snapshot, 'mellow', `mellow-${t.token.id.toLowerCase()}`, `Mellow ${t.token.symbol}`, {
        symbol: t.token.symbol,
        chainId: t.deployment.chainId,
        address: t.deployment.address,
        source: t.deployment.source,
        verification: t.deployment.verification,
      }, exit),
    );
  }
  for (const protocol of DIRECT) {
    const layer = getLayerForProtocol(protocol);
    if (!layer) continue;
    entries.push(built(snapshot, protocol, `${protocol}-direct`, `${getProtocol(protocol)?.name ?? layer.name} (direct restaking)`, null, layer.exitDelay));
  }
  cache.set(snapshot, entries);
  return entries;
}
