/**
 * Facts for the risk rules about one LRT: the bundled snapshot, refined by what the live sources
 * (DefiLlama, RPC) have cached. Live wins when it is there; each fact keeps its own source and as-of.
 */
import type { Intent } from '../detect/intent';
import type { LrtEntry } from '../snapshot/lrt-entry-schema';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { fromSnapshot } from './risk-facts-from-snapshot';
import { exitDelayAt, slashingModelAt, slashingModelOfProtocol } from './slashing-model';
import { known, unknown, type RiskFact } from '../risk/fact';
import type { ExposureFact, OperatorSetFact, RiskFacts } from '../risk/types';
import type { LiveData, OnchainData } from './live-data';
import { wadToNumber } from './wad';
import { lrtPriceInEth } from '../sources/defillama/lrt-price-in-eth';
import { exchangeRateApy } from '../sources/defillama/exchange-rate-apy';
import type { ExposureValue } from '../sources/onchain/read-exposure';
import type { JsonSafe } from '../sources/onchain/to-json-safe';
import { shortAddress } from '../present/format';

const day = (iso: string | null | undefined, fallback: string) => (iso ? iso.slice(0, 10) : fallback);
/** Which price the peg check used when no pool quote was read. */
export const PRICE_FROM_DEFILLAMA = "DefiLlama's price, which may follow the exchange rate (no market pool is read for this token)";

export const msDay = (ms: number | string) => new Date(Number(ms)).toISOString().slice(0, 10);

export { fromSnapshot };

type OnchainFact<T> = { status: 'ok'; value: T; source: string; asOf: number | string } | { status: 'failed'; error: { message: string }; source: string; asOf: number | string } | { status: 'not-applicable'; reason: string; source: string; asOf: number | string };

/** An on-chain fact as the rules read it: known with its source and day, or unknown with the reason. */
export function fromOnchain<T, U>(fact: OnchainFact<T> | undefined, map: (v: T) => U): RiskFact<U> | null {
  if (!fact) return null;
  if (fact.status === 'ok') return known(map(fact.value), fact.source, msDay(fact.asOf));
  if (fact.status === 'failed') return unknown(`the on-chain read failed (${fact.error.message})`, fact.source, msDay(fact.asOf));
  return unknown(fact.reason, fact.source, msDay(fact.asOf));
}

function exposureFromOnchain(onchain: OnchainData | null, protocol: string, explorerNames: Record<string, string>): RiskFact<ExposureFact> | null {
  const fact = onchain?.exposure[protocol as keyof OnchainData['exposure']] as OnchainFact<JsonSafe<ExposureValue>> | undefined;
  return fromOnchain(fact, (value): ExposureFact => {
    const names = onchain?.avsNames ?? {};
    const sets: OperatorSetFact[] = value.operatorSets.map((s) => {
      const name = names[s.operatorSet.avs.toLowerCase()];
      return {
        avs: s.operatorSet.avs,
        avsName: name?.status === 'ok' ? name.value.name : (explorerNames[s.operatorSet.avs.toLowerCase()] ?? null),
        operatorSetId: s.operatorSet.id,
        slashableShare: wadToNumber(s.slashableShareWad) ?? 0,
        live: s.live,
        destination: s.destination.kind,
        recipient: s.destination.kind === 'redistribute' ? s.destination.recipient : null,
      };
    });
    return {
      operatorSets: sets,
      topOperatorShare: value.operators.length ? wadToNumber(value.topOperatorShareWad) : null,
      operatorCount: value.operators.length,
      stakerListOrigin: value.stakerListOrigin,
    };
  });
}

function exposureFromSnapshot(entry: LrtEntry, snapshot: Snapshot): RiskFact<ExposureFact> {
  const ops = entry.operators;
  if (ops.list.length === 0) return unknown(ops.unknownReason ?? 'no source lists the operators', undefined, snapshot.asOf);
  return unknown('the operators are listed, but we have no live data on their allocations yet', undefined, snapshot.asOf);
}

function withdrawal(entry: LrtEntry, onchain: OnchainData | null): RiskFacts['withdrawal'] {
  const snapshotQueue = entry.withdrawal.protocolQueue;
  // Restaking on EigenLayer directly, its withdrawal delay is the whole queue: not added a second time.
  const el = entry.kind === 'direct-restaking' ? { value: null, reason: 'the queue is EigenLayer’s own', asOf: '' } : entry.withdrawal.eigenLayerDelay;
  if (snapshotQueue.value === null) return unknown(snapshotQueue.reason, snapshotQueue.source, snapshotQueue.asOf);
  // A wait the protocol sets on-chain (Kelp's): the current setting is the least its queue waits now.
  const live = fromOnchain(onchain?.exitDelays?.[entry.id], (v) => v.days);
  const queue = live?.known
    ? {
        minDays: live.value,
        maxDays: snapshotQueue.value.maxDays === null ? live.value : Math.max(live.value, snapshotQueue.value.maxDays),
        text: `The protocol's wait is set to ${live.value} days now. ${snapshotQueue.value.text}`,
        source: `${live.source} + ${snapshotQueue.source}`,
        asOf: live.asOf,
        verification: 'primary' as const,
      }
    : { ...snapshotQueue.value, source: snapshotQueue.source, asOf: snapshotQueue.asOf, verification: snapshotQueue.verification };
  const add = el.value ? el.value.maxDays ?? el.value.minDays ?? 0 : 0;
  const max = queue.maxDays === null ? null : queue.maxDays + add;
  const min = queue.minDays === null ? null : queue.minDays + (el.value?.minDays ?? 0);
  const text = el.value ? `${queue.text} Then EigenLayer: ${el.value.text}` : queue.text;
  return known({ minDays: min, maxDays: max, text }, queue.source, queue.asOf, queue.verification);
}

/** The timelock read live wins; else the snapshot's dated figure; else the reason nobody states one. */
function upgradeDelay(entry: LrtEntry, onchain: OnchainData | null): RiskFacts['upgradeDelayHours'] {
  const live = fromOnchain(onchain?.upgradeDelays?.[entry.id], (v) => Number(v.seconds) / 3600);
  if (live?.known) return live;
  return fromSnapshot(entry.upgradeDelay, (v) => v.hours);
}

/**
 * Before DefiLlama answers: the snapshot's last known, dated exchange-rate yield. Known only when the reward-token
 * part is known too, so the incentives rule never reads "0 % incentives" from a figure that leaves them out.
 */
function lastKnownYield(entry: LrtEntry): RiskFacts['yieldSplit'] {
  const rate = entry.yield.exchangeRateApy;
  const reward = entry.yield.rewardApy;
  if (rate.value === null) return unknown(rate.reason, rate.source, rate.asOf);
  if (reward.value === null)
    return unknown(`last known ${rate.value} % (${rate.asOf}); its reward-token part is not known`, rate.source, rate.asOf);
  return known(
    {
      baseStaking: entry.yield.baseStaking.value,
      restaking: entry.yield.restakingRewards.value,
      mev: entry.yield.mev.value,
      incentives: entry.yield.incentives.value,
      apyBase: rate.value,
      apyReward: reward.value,
      points: /points/i.test(entry.yield.incentives.value === null ? entry.yield.incentives.reason : ''),
    },
    rate.source,
    rate.asOf,
    rate.verification,
  );
}

/** Largest-TVL pool of this LRT on DefiLlama, for the yield figures. */
function mainPool(entry: LrtEntry, live: LiveData) {
  const pools = live.pools?.data?.pools.filter((p) => p.lrtId === entry.id) ?? [];
  return pools.sort((a, b) => b.tvlUsd - a.tvlUsd)[0] ?? null;
}

export interface FactOptions {
  intent?: Intent | null;
  /** The person's amount in whole tokens, for market depth. */
  amountTokens?: number | null;
  /** Lending market liquidation threshold (0–1), when the intent supplies collateral. */
  liquidationThreshold?: RiskFact<number>;
}

export function buildRiskFacts(entry: LrtEntry, snapshot: Snapshot, live: LiveData, options: FactOptions = {}): RiskFacts {
  const onchain = live.onchain?.data ?? null;
  const protocolRow = live.protocols?.data?.protocols.find((p) => p.protocol === entry.protocol) ?? null;
  const pool = mainPool(entry, live);
  const poolsAsOf = day(live.pools?.asOf, snapshot.asOf);

  const tvlUsd: RiskFact<number> =
    protocolRow?.tvlUsd != null
      ? known(protocolRow.tvlUsd, live.protocols!.source ?? 'https://api.llama.fi/protocols', day(live.protocols?.asOf, snapshot.asOf))
      : fromSnapshot(entry.tvlUsd);

  const market = onchain?.market[entry.protocol as keyof OnchainData['market']];
  const peg = fromOnchain(market as OnchainFact<{ priceWad: string; redemptionWad: string; pool: string; venue: string; quoteSymbol: string }> | undefined, (m) => ({
    marketPrice: wadToNumber(m.priceWad) ?? 0,
    redemptionValue: wadToNumber(m.redemptionWad) ?? 0,
    market: `${m.venue} pool ${shortAddress(m.pool)} (${m.quoteSymbol})`,
  }));

  // No readable pool: DefiLlama's price (USD, over ETH's) against the on-chain redemption rate. DefiLlama may price an
  // LRT from its own exchange rate, and then this can never show a discount: the market text says so.
  const pegFromPrices = (): RiskFact<{ marketPrice: number; redemptionValue: number; market: string }> | null => {
    const rate = onchain?.rates[`${entry.protocol}:1`];
    const token = entry.token;
    if (!token?.address || token.chainId !== 1 || !live.prices?.data || !rate || rate.status !== 'ok') return null;
    const price = lrtPriceInEth(live.prices.data, `ethereum:${token.address}`);
    const redemption = wadToNumber(rate.value.ethPerTokenWad);
    if (!price || !redemption) return null;
    return known(
      { marketPrice: price.priceEth, redemptionValue: redemption, market: PRICE_FROM_DEFILLAMA },
      `${live.prices.source ?? 'https://coins.llama.fi'} + ${rate.source}`,
      price.asOf.slice(0, 10),
    );
  };

  let priceImpact: RiskFacts['priceImpact'] = unknown(onchain ? 'no market pool for this token is read' : 'we have no live data yet');
  if (options.amountTokens === null || options.amountTokens === undefined) priceImpact = unknown('the amount is not known');
  else if (market && market.status === 'ok') {
    const want = options.amountTokens;
    const quotes = market.value.quotes
      .map((q) => ({ amount: wadToNumber(q.amountIn) ?? 0, bps: q.lossBps }))
      .filter((q): q is { amount: number; bps: number } => q.bps !== null)
      .sort((a, b) => a.amount - b.amount);
    const quote = quotes.find((q) => q.amount >= want) ?? quotes[quotes.length - 1];
    priceImpact = quote
      ? known({ bps: Math.max(0, quote.bps), amount: quote.amount, market: `${market.value.venue} pool ${shortAddress(market.value.pool)}` }, market.source, msDay(market.asOf))
      : unknown('the pool gave no quote');
  } else if (market) priceImpact = fromOnchain(market as OnchainFact<never>, () => ({ bps: 0, amount: 0, market: '' }))!;

  type PauseChecks = { paused: boolean; withdrawalsPaused?: boolean | null; checks: { address: string; paused: boolean }[] };
  const paused = fromOnchain(onchain?.paused[entry.protocol as keyof OnchainData['paused']] as OnchainFact<PauseChecks> | undefined, (v) => ({
    deposits: v.paused,
    withdrawals: v.withdrawalsPaused ?? null,
    // The contract that is paused, else the first one read.
    contract: (v.checks.find((c) => c.paused) ?? v.checks[0])?.address ?? entry.token?.address ?? '',
  }));

  return {
    audits:
      entry.audits.length > 0
        ? known(
            entry.audits.map((a) => ({ auditor: a.auditor, subject: a.subject, date: a.date, reportUrl: a.reportUrl })),
            entry.audits[0]!.source,
            entry.audits.map((a) => a.asOf).sort().at(-1)!,
          )
        : unknown(entry.auditsNote ?? 'no audit report was found in the sources read', undefined, snapshot.asOf),
    launchDate: fromSnapshot(entry.launchDate),
    tvlUsd,
    upgradeDelayHours: upgradeDelay(entry, onchain),
    exposure: exposureFromOnchain(onchain, entry.protocol, live.avsNames?.data?.names ?? {}) ?? exposureFromSnapshot(entry, snapshot),
    withdrawal: (options.intent && exitDelayAt(options.intent.chainId, options.intent.contract.address)) ?? withdrawal(entry, onchain),
    peg: (peg?.known ? peg : (pegFromPrices() ?? peg)) ?? unknown('we have no live market price yet'),
    priceImpact,
    paused: paused ?? unknown('we have no live data yet'),
    incidents: known(
      entry.incidents.map((i) => ({ id: i.id, date: i.date, title: i.title, impact: i.impact, source: i.sources[0]! })),
      'LRT Advisor snapshot (one source per incident)',
      snapshot.asOf,
    ),
    yieldSplit: pool
      ? known(
          {
            baseStaking: entry.yield.baseStaking.value,
            restaking: entry.yield.restakingRewards.value,
            mev: entry.yield.mev.value,
            incentives: pool.rewardMeans === 'incentives' ? pool.apyReward : entry.yield.incentives.value,
            apyBase: exchangeRateApy(pool)?.apy ?? null,
            apyReward: pool.apyReward,
            points: /points/i.test(entry.yield.incentives.value === null ? entry.yield.incentives.reason : ''),
          },
          live.pools!.source ?? 'https://yields.llama.fi/pools',
          poolsAsOf,
        )
      : lastKnownYield(entry),
    liquidationThreshold: options.liquidationThreshold ?? unknown('not a lending request'),
    slashingModel:
      (options.intent && slashingModelAt(options.intent.chainId, options.intent.contract.address, onchain?.symbiotic)) ??
      (entry.token?.address ? slashingModelAt(entry.token.chainId, entry.token.address, onchain?.symbiotic) : null) ??
      slashingModelOfProtocol(entry.protocol),
  };
}
