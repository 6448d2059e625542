import type { LrtPools } from '../sources/defillama/fetch-lrt-pools.ts';
import { exchangeRateApy } from '../sources/defillama/exchange-rate-apy.ts';
import type { ProtocolsData } from '../sources/defillama/fetch-protocols.ts';
import type { SnapshotFact } from './snapshot-fact.ts';
import type { LrtEntry } from './lrt-entry-schema.ts';
import type { Snapshot } from './snapshot-schema.ts';

export interface LiveFacts {
  /** A successful yields.llama.fi `/pools` read, with the URL it came from. */
  pools?: { data: LrtPools; source: string; asOf: string };
  /** A successful api.llama.fi `/protocols` read. */
  protocols?: { data: ProtocolsData; source: string; asOf: string };
}

/** Live numbers are third-party aggregates (DefiLlama), hence `secondary`; rounded so a rebuild diff stays readable. */
function live(value: number, source: string, asOf: string, note?: string): SnapshotFact<number> {
  const rounded = Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 10_000) / 10_000;
  return { value: rounded, source, asOf: asOf.slice(0, 10), verification: 'secondary', ...(note ? { note } : {}) };
}

function applyToEntry(entry: LrtEntry, facts: LiveFacts): LrtEntry {
  const next: LrtEntry = structuredClone(entry);
  const pools = facts.pools?.data.pools.filter((p) => p.lrtId === entry.id) ?? [];
  if (facts.pools && pools.length > 0) {
    const { source, asOf } = facts.pools;
    // APYs from the Ethereum row (the L2 weETH rows repeat the mainnet figures in the ether.fi adaptor);
    // TVL summed over every chain's row of this token.
    const main = pools.filter((p) => p.chain === 'Ethereum').sort((a, b) => b.tvlUsd - a.tvlUsd)[0] ?? pools[0]!;
    const where = `/pools ${pools.map((p) => `${p.chain}:${p.pool}`).join(', ')}`;
    next.tvlUsd = live(
      pools.reduce((sum, p) => sum + p.tvlUsd, 0),
      source,
      asOf,
      `Sum of tvlUsd over ${pools.length} row(s): ${where}`,
    );
    const rowNote = `/pools row ${main.chain}:${main.pool}`;
    const rate = exchangeRateApy(main);
    if (rate) next.yield.exchangeRateApy = live(rate.apy, source, asOf, `${rate.from === 'apyBase' ? 'apyBase' : 'apy less apyReward (no apyBase)'}, ${rowNote}`);
    if (main.apyReward !== null) {
      next.yield.rewardApy = live(main.apyReward, source, asOf, `apyReward, ${rowNote}`);
      if (main.rewardMeans === 'restaking-rewards') {
        next.yield.restakingRewards = live(main.apyReward, source, asOf, `apyReward (restaking rewards), ${rowNote}`);
      } else if (main.rewardMeans === 'incentives') {
        next.yield.incentives = live(main.apyReward, source, asOf, `apyReward (incentives), ${rowNote}`);
      }
    }
  } else if (facts.protocols && entry.kind === 'direct-restaking') {
    // No token, so no /pools row: EigenLayer's TVL is the protocol's.
    const protocol = facts.protocols.data.protocols.find((p) => p.protocol === entry.protocol);
    if (protocol?.tvlUsd != null) {
      next.tvlUsd = live(protocol.tvlUsd, facts.protocols.source, facts.protocols.asOf, `protocol "${protocol.slug}" tvl`);
    }
  }
  return next;
}

/**
 * The snapshot with the live DefiLlama facts folded in: TVL and yield figures per LRT. Only what a live read
 * actually returned is replaced; an LRT without a live row keeps its existing facts (a missing row is not a zero).
 * Curated facts (audits, delays, incidents, protections) are never touched here.
 */
export function applyLiveFacts(current: Snapshot, facts: LiveFacts, today: string): Snapshot {
  const lrts = current.lrts.map((entry) => applyToEntry(entry, facts));
  const next: Snapshot = { ...structuredClone(current), lrts };
  if (JSON.stringify(next.lrts) !== JSON.stringify(current.lrts)) next.asOf = today;
  return next;
}
