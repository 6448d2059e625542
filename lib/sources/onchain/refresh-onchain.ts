import type { Address, Chain, Client, Hex, Transport } from 'viem';
import { aggregate3, type Aggregate3Result, type RawCall, type RawResult } from './aggregate3.ts';
import { DeadlineExceededError, DependencyFailedError, type OnchainError, RpcResponseError, toOnchainError } from './errors.ts';
import { failedFact, notApplicableFact, type Fact } from './fact.ts';
import { readAvsMetadata, type AvsName, type MetadataCache } from './read-avs-metadata.ts';
import {
  advanceExposureWalk,
  exposureAvsAddresses,
  exposureFacts,
  exposurePlanOf,
  feedExposureWalk,
  settleSpeculation,
  startExposureWalk,
  startSpeculativeWalk,
  type EigenLayerAddresses,
  type ExposurePlan,
  type ExposureValue,
} from './read-exposure.ts';
import { eModeCalls, eModesOfPools, lendingCalls, lendingFact, lendingKey, type LendingValue } from './read-lending.ts';
import { DEFAULT_SELL_AMOUNTS, marketCalls, marketFact, type MarketValue } from './read-market.ts';
import { upgradeDelayCall, upgradeDelayFact, type UpgradeDelayValue } from './read-upgrade-delay.ts';
import { pauseCall, pauseCheck, pauseFact, pauseFollowUpCall, pauseSource, type PauseValue } from './read-pause-state.ts';
import { rateCall, rateFact, type RateValue } from './read-rates.ts';
import { stakerDiscoveryCalls, stakerListFact, type StakerList } from './read-stakers.ts';
import type { RoundContext } from './round-context.ts';
import {
  eigenLayerMainnet,
  lendingTargets,
  marketTargets,
  pauseTargets,
  PROTOCOL_IDS,
  rateTargets,
  stakerSourceTargets,
  timelockTargets,
  type LendingTarget,
  type MarketTarget,
  type PauseTarget,
  type ProtocolId,
  type RateTarget,
  type StakerSourceTarget,
  type TimelockTarget,
} from './targets.ts';

export interface RefreshDeps {
  /** A viem client per chain (see `createRpcClient`); its chain must carry the Multicall3 address. */
  clientFor(chainId: number): Client<Transport, Chain>;
  now?: () => number;
  /** Staker contracts per protocol from the bundled snapshot: used where a protocol does not list them on-chain. */
  stakerLists?: Partial<Record<ProtocolId, readonly Address[]>>;
  /** Sale sizes to quote per LRT (the amount in the person's request); default 1, 10 and 100 tokens. */
  sellAmounts?: Partial<Record<ProtocolId, readonly bigint[]>>;
  /** Protocols to refresh; default all. */
  protocols?: readonly ProtocolId[];
  /** AVS names from their metadata URIs; omitted: not read. */
  avsMetadata?: {
    fetchFn: typeof fetch;
    /** The snapshot's block: metadata events before it are already in the snapshot's names. */
    fromBlock: bigint;
    snapshotNames?: Readonly<Record<string, string>>;
    cache?: MetadataCache;
  };
  signal?: AbortSignal;
  /**
   * What the last refresh found (its `plan`): with it, calls that depend on earlier answers are asked in the first
   * round, and kept only if the answers show the same structure. Absent or outdated, the refresh takes its rounds.
   */
  plan?: RefreshPlan | null;
  /** Hard cap on the whole refresh. Whatever has not answered by then fails with "deadline exceeded". */
  deadlineMs?: number;
  /** Override the built-in targets (tests of other deployments, a testnet). */
  targets?: Partial<{
    rates: readonly RateTarget[];
    pauses: readonly PauseTarget[];
    stakerSources: readonly StakerSourceTarget[];
    markets: readonly MarketTarget[];
    lending: readonly LendingTarget[];
    timelocks: readonly TimelockTarget[];
    eigenLayer: EigenLayerAddresses & { chainId: number; avsDirectory: Address };
  }>;
}

/** JSON-safe: stored with the data, handed to the next refresh. */
export interface RefreshPlan {
  exposure: ExposurePlan | null;
  /** Follow-up reads of two-step pause checks, keyed `<chainId>:<contract address>:<check>`: the call the last refresh made. */
  pauseFollowUps: Record<string, { target: Address; callData: Hex }>;
}

export interface ChainRoundTrips {
  /** Dependent rounds (each one multicall unless a batch exceeded the per-call cap). */
  rounds: number;
  /** eth_call requests to Multicall3. */
  multicalls: number;
  /** eth_blockNumber + eth_getLogs requests for AVS metadata. */
  logRequests: number;
}

export interface ChainStatus {
  state: 'live' | 'partial' | 'failed';
  at: number;
  blockNumber: bigint | null;
  /** Short stable message of the first failure, e.g. "rpc timeout". */
  error?: string;
}

export interface OnchainRefresh {
  startedAt: number;
  finishedAt: number;
  /** Keyed `<protocol>:<chainId>`: mainnet rates and the rates L2 deposit contracts mint at. */
  rates: Record<string, Fact<RateValue>>;
  paused: Partial<Record<ProtocolId, Fact<PauseValue>>>;
  stakers: Partial<Record<ProtocolId, Fact<StakerList>>>;
  exposure: Partial<Record<ProtocolId, Fact<ExposureValue>>>;
  market: Partial<Record<ProtocolId, Fact<MarketValue>>>;
  /**
   * Aave v3 reserve configurations of the LRTs, keyed `lendingKey(chainId, pool, asset)`: the liquidation threshold the
   * looping rule needs. Read on the chains the refresh reads anyway, in their first round.
   */
  lending: Record<string, Fact<LendingValue>>;
  /** Upgrade timelock delays, keyed by the snapshot's LRT id; read in the first round. */
  upgradeDelays: Record<string, Fact<UpgradeDelayValue>>;
  /** Keyed by lowercase AVS address. */
  avsNames: Record<string, Fact<AvsName>>;
  roundTrips: { total: number; byChain: Record<number, ChainRoundTrips> };
  /** Keyed `rpc:<chainId>`, for the source-status line in the UI. */
  statuses: Record<string, ChainStatus>;
  /** For the next refresh (`RefreshDeps.plan`). */
  plan: RefreshPlan;
}

export const REFRESH_DEFAULTS = { deadlineMs: 30_000 } as const;

const MAX_CALLS_PER_MULTICALL = 1000;

interface ChainLink {
  client: Client<Transport, Chain> | null;
  /** Set once the endpoint failed as a whole (or the client could not be built): later rounds fail at once. */
  down: OnchainError | null;
}

/** Runs one round: all calls in one aggregate3, and never waits past the refresh's deadline. */
async function round(link: ChainLink, calls: readonly RawCall[], signal: AbortSignal, counts: ChainRoundTrips): Promise<Aggregate3Result> {
  const failAll = (error: OnchainError): Aggregate3Result => ({ results: calls.map(() => ({ ok: false, error })), block: null, multicalls: 0, callError: error });
  if (calls.length === 0) return { results: [], block: null, multicalls: 0, callError: null };
  if (link.down) return failAll(link.down);
  if (signal.aborted) return failAll(new DeadlineExceededError());
  counts.rounds++;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<Aggregate3Result>((resolve) => {
    onAbort = () => resolve(failAll(new DeadlineExceededError()));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  let res: Aggregate3Result;
  try {
    res = await Promise.race([aggregate3(link.client!, calls, { signal, maxCallsPerMulticall: MAX_CALLS_PER_MULTICALL }), aborted]);
  } catch (err) {
    res = failAll(toOnchainError(err, signal));
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
  // An aborted round still sent its request(s).
  counts.multicalls += res.multicalls || Math.ceil(calls.length / MAX_CALLS_PER_MULTICALL);
  // The endpoint (or its Multicall3) is unusable: the chain's later rounds fail at once instead of waiting again.
  if (res.callError) link.down = res.callError;
  return res;
}

/** Concatenates the calls of several readers for one round and hands each its slice of the answers back. */
class RoundBuilder {
  readonly calls: RawCall[] = [];
  private readonly parts: { start: number; length: number; take: (r: (RawResult | undefined)[]) => void }[] = [];
  add(calls: readonly RawCall[], take: (results: (RawResult | undefined)[]) => void) {
    this.parts.push({ start: this.calls.length, length: calls.length, take });
    this.calls.push(...calls);
  }
  deliver(results: readonly RawResult[]) {
    for (const p of this.parts) p.take(results.slice(p.start, p.start + p.length));
  }
}

/**
 * Refreshes every on-chain fact the warning and the popup show. Per chain: round 1 reads rates, pause flags, staker
 * lists, DEX quotes and Aave reserve configurations in one multicall; on Ethereum three more rounds walk EigenLayer (see read-exposure.ts),
 * unless the last refresh's plan still holds: then the walk and the two-step pause reads are asked in round 1 too.
 * Chains run in parallel. Never throws and never waits past `deadlineMs`: every fact comes back "ok", "failed" with a
 * short reason, or "not-applicable".
 */
export async function refreshOnchain(deps: RefreshDeps): Promise<OnchainRefresh> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.deadlineMs ?? REFRESH_DEFAULTS.deadlineMs);
  const onOuterAbort = () => controller.abort();
  deps.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (deps.signal?.aborted) controller.abort();
  const signal = controller.signal;

  const protocols = new Set(deps.protocols ?? PROTOCOL_IDS);
  const rates = (deps.targets?.rates ?? rateTargets).filter((t) => protocols.has(t.protocol));
  const pauses = (deps.targets?.pauses ?? pauseTargets).filter((t) => protocols.has(t.protocol));
  const stakerSources = (deps.targets?.stakerSources ?? stakerSourceTargets).filter((t) => protocols.has(t.protocol));
  const markets = (deps.targets?.markets ?? marketTargets).filter((t) => protocols.has(t.protocol));
  const el = deps.targets?.eigenLayer ?? eigenLayerMainnet;
  const lrtProtocols = [...protocols].filter((p) => p !== 'eigenlayer');

  const out: OnchainRefresh = {
    startedAt,
    finishedAt: startedAt,
    rates: {},
    paused: {},
    stakers: {},
    exposure: {},
    market: {},
    lending: {},
    upgradeDelays: {},
    avsNames: {},
    roundTrips: { total: 0, byChain: {} },
    statuses: {},
    plan: { exposure: null, pauseFollowUps: {} },
  };

  const chainIds = new Set<number>([
    ...rates.map((t) => t.chainId),
    ...pauses.map((t) => t.chainId),
    ...markets.map((t) => t.chainId),
    ...(lrtProtocols.length ? [el.chainId] : []),
  ]);
  const lending = (deps.targets?.lending ?? lendingTargets).filter((t) => protocols.has(t.protocol) && chainIds.has(t.chainId));
  const timelocks = (deps.targets?.timelocks ?? timelockTargets).filter((t) => protocols.has(t.protocol) && chainIds.has(t.chainId));

  const runChain = async (chainId: number) => {
    const counts: ChainRoundTrips = { rounds: 0, multicalls: 0, logRequests: 0 };
    out.roundTrips.byChain[chainId] = counts;
    const status: ChainStatus = { state: 'live', at: now(), blockNumber: null };
    out.statuses[`rpc:${chainId}`] = status;
    const facts: Fact<unknown>[] = [];
    const note = (res: Aggregate3Result) => {
      status.at = now();
      if (res.block) status.blockNumber = res.block.number;
    };

    const link: ChainLink = { client: null, down: null };
    try {
      link.client = deps.clientFor(chainId);
    } catch (err) {
      // A bad override in options: every fact of this chain fails with the reason, no request is made.
      link.down = toOnchainError(err);
    }

    const ctxOf = (res: Aggregate3Result): RoundContext => ({ chainId, asOf: now(), block: res.block });
    const chainRates = rates.filter((t) => t.chainId === chainId);
    const chainPauses = pauses.filter((t) => t.chainId === chainId);
    const chainMarkets = markets.filter((t) => t.chainId === chainId);
    const chainLending = lending.filter((t) => t.chainId === chainId);
    const chainTimelocks = timelocks.filter((t) => t.chainId === chainId);
    const walkHere = chainId === el.chainId && lrtProtocols.length > 0;

    // Round 1: everything that needs no earlier answer.
    const r1 = new RoundBuilder();
    let rateResults: (RawResult | undefined)[] = [];
    let pauseFirst: (RawResult | undefined)[] = [];
    const discoveryResults = new Map<ProtocolId, (RawResult | undefined)[]>();
    const marketResults = new Map<MarketTarget, (RawResult | undefined)[]>();
    r1.add(chainRates.map(rateCall), (r) => (rateResults = r));
    r1.add(chainPauses.map(pauseCall), (r) => (pauseFirst = r));
    if (walkHere)
      for (const p of lrtProtocols) {
        const d = stakerSources.find((s) => s.protocol === p && s.chainId === chainId);
        if (d) r1.add(stakerDiscoveryCalls(d), (r) => discoveryResults.set(p, r));
      }
    const amountsFor = (p: ProtocolId) => deps.sellAmounts?.[p] ?? DEFAULT_SELL_AMOUNTS;
    for (const m of chainMarkets) r1.add(marketCalls(m, amountsFor(m.protocol)), (r) => marketResults.set(m, r));
    const lendingResults = new Map<LendingTarget, (RawResult | undefined)[]>();
    const eModeResults = new Map<Address, (RawResult | undefined)[]>();
    for (const pool of new Set(chainLending.map((t) => t.pool))) r1.add(eModeCalls(pool), (r) => eModeResults.set(pool, r));
    for (const t of chainLending) r1.add(lendingCalls(t), (r) => lendingResults.set(t, r));
    let timelockResults: (RawResult | undefined)[] = [];
    r1.add(chainTimelocks.map(upgradeDelayCall), (r) => (timelockResults = r));
    // Speculation from the last refresh's plan: the walk's three rounds and the pause follow-ups, asked now.
    const exposurePlan = walkHere && deps.plan?.exposure?.chainId === chainId ? deps.plan.exposure : null;
    const speculative = exposurePlan ? startSpeculativeWalk(exposurePlan, el) : null;
    if (speculative) r1.add(speculative.calls, (r) => feedExposureWalk(speculative, r));
    const followKey = (t: PauseTarget) => `${chainId}:${t.address.toLowerCase()}:${pauseSource(t)}`;
    const plannedFollow = chainPauses.map((t) => deps.plan?.pauseFollowUps?.[followKey(t)] ?? null);
    const plannedFollowCalls = plannedFollow.filter((f): f is { target: Address; callData: Hex } => f !== null);
    let plannedFollowResults: (RawResult | undefined)[] = [];
    r1.add(
      plannedFollowCalls.map((f) => ({ target: f.target, callData: f.callData, label: 'pause follow-up (planned)' })),
      (r) => (plannedFollowResults = r),
    );
    const res1 = await round(link, r1.calls, signal, counts);
    r1.deliver(res1.results);
    note(res1);
    const ctx1 = ctxOf(res1);

    chainRates.forEach((t, i) => facts.push((out.rates[`${t.protocol}:${chainId}`] = rateFact(t, rateResults[i], ctx1))));
    for (const m of chainMarkets)
      facts.push((out.market[m.protocol] = marketFact(m, amountsFor(m.protocol), marketResults.get(m) ?? [], out.rates[`${m.protocol}:${chainId}`], ctx1)));
    // A pool with more E-Mode categories than round 1 asked about takes further rounds before its facts.
    const eModes = await eModesOfPools(eModeResults, async (calls) => {
      const res = await round(link, calls, signal, counts);
      note(res);
      return res.results;
    });
    for (const t of chainLending)
      facts.push((out.lending[lendingKey(chainId, t.pool, t.asset)] = lendingFact(t, lendingResults.get(t) ?? [], eModes.get(t.pool) ?? null, ctx1)));
    chainTimelocks.forEach((t, i) => facts.push((out.upgradeDelays[t.lrtId] = upgradeDelayFact(t, timelockResults[i], ctx1))));

    // Staker lists (Ethereum only), then the exposure walk; the pause follow-ups ride along with its first round.
    const lists = new Map<ProtocolId, Fact<StakerList>>();
    if (walkHere)
      for (const p of lrtProtocols) {
        const d = stakerSources.find((s) => s.protocol === p && s.chainId === chainId);
        const fact = stakerListFact(p, d, discoveryResults.get(p) ?? [], deps.stakerLists?.[p], ctx1);
        lists.set(p, fact);
        facts.push((out.stakers[p] = fact));
      }
    const held = speculative !== null && exposurePlan !== null && settleSpeculation(speculative, exposurePlan, lists);
    const walk = held ? speculative : walkHere ? startExposureWalk(lists, el, chainId) : null;

    // A follow-up asked in round 1 stands when round 1's own answer leads to the very same call.
    const follow = chainPauses.map((t, i) => pauseFollowUpCall(t, pauseFirst[i]));
    const early = new Map<number, RawResult | undefined>();
    follow.forEach((f, i) => {
      const planned = plannedFollow[i];
      if (!planned || f === null || !('callData' in f)) return;
      if (f.target.toLowerCase() === planned.target.toLowerCase() && f.callData === planned.callData)
        early.set(i, plannedFollowResults[plannedFollowCalls.indexOf(planned)]);
    });
    follow.forEach((f, i) => {
      if (f !== null && 'callData' in f) out.plan.pauseFollowUps[followKey(chainPauses[i]!)] = { target: f.target, callData: f.callData };
    });
    const followCalls = follow.filter((f, i): f is RawCall => f !== null && 'callData' in f && !early.has(i));
    let followResults: (RawResult | undefined)[] = [];
    let lastBlock = res1;

    if ((walk && walk.phase !== 'done') || followCalls.length) {
      const r2 = new RoundBuilder();
      r2.add(followCalls, (r) => (followResults = r));
      const walking = walk && walk.phase !== 'done' ? walk : null;
      if (walking) r2.add(walking.calls, (r) => advanceExposureWalk(walking, r));
      const res2 = await round(link, r2.calls, signal, counts);
      // Even with no calls (no stakers), the walk must advance through its phases.
      if (r2.calls.length) r2.deliver(res2.results);
      else if (walking) advanceExposureWalk(walking, []);
      note(res2);
      if (res2.block) lastBlock = res2;
    }
    let k = 0;
    const seconds = follow.map((f, i) => (f === null ? undefined : early.has(i) ? early.get(i) : 'callData' in f ? followResults[k++] : f));
    const pauseCtx = ctxOf(lastBlock);
    for (const p of new Set(chainPauses.map((t) => t.protocol))) {
      const idx = chainPauses.flatMap((t, i) => (t.protocol === p ? [i] : []));
      facts.push((out.paused[p] = pauseFact(
        p,
        idx.map((i) => chainPauses[i]!),
        idx.map((i) => pauseCheck(chainPauses[i]!, pauseFirst[i], seconds[i], pauseCtx)),
        pauseCtx,
      )));
    }

    if (walk) {
      while (walk.phase !== 'done') {
        const res = await round(link, walk.calls, signal, counts);
        advanceExposureWalk(walk, res.results);
        note(res);
        if (res.block) lastBlock = res;
      }
      for (const [p, fact] of exposureFacts(walk, ctxOf(lastBlock))) facts.push((out.exposure[p] = fact));
      out.plan.exposure = exposurePlanOf(walk);

      if (deps.avsMetadata && link.client && !link.down) {
        const avs = exposureAvsAddresses(walk);
        const result = await readAvsMetadata(link.client!, {
          avs,
          emitters: [el.allocationManager, el.avsDirectory],
          fromBlock: deps.avsMetadata.fromBlock,
          ...(lastBlock.block ? { toBlock: lastBlock.block.number } : {}),
          fetchFn: deps.avsMetadata.fetchFn,
          ...(deps.avsMetadata.snapshotNames ? { snapshotNames: deps.avsMetadata.snapshotNames } : {}),
          ...(deps.avsMetadata.cache ? { cache: deps.avsMetadata.cache } : {}),
          now,
          signal,
        });
        counts.logRequests += result.logRequests;
        for (const [a, f] of result.names) out.avsNames[a.toLowerCase()] = f;
      }
    }

    // The chain's status line follows its facts: a speculative read that reverts by design (Renzo's probe past the
    // end of its array) is not a failure; a fact that could not be read is.
    const fromRpc = facts.filter((f) => f.source.includes(`rpc:${chainId}`) && f.status !== 'not-applicable');
    const failed = fromRpc.filter((f): f is Extract<Fact<unknown>, { status: 'failed' }> => f.status === 'failed');
    const answered = fromRpc;
    status.state = failed.length === 0 ? 'live' : failed.length === answered.length ? 'failed' : 'partial';
    const reason = link.down?.shortMessage ?? failed[0]?.error.message;
    if (failed.length && reason) status.error = reason;
  };

  const settled = await Promise.allSettled([...chainIds].map(runChain));
  clearTimeout(timer);
  deps.signal?.removeEventListener('abort', onOuterAbort);

  // A bug in a reader must not escape: the chain is reported failed and its missing facts say so.
  settled.forEach((s, i) => {
    if (s.status === 'rejected') {
      const chainId = [...chainIds][i]!;
      const st = out.statuses[`rpc:${chainId}`];
      if (st) (st.state = 'failed'), (st.error = new RpcResponseError().shortMessage);
    }
  });

  // Every requested protocol gets an answer for every fact kind.
  const at = now();
  const missing = (why: string) => failedFact<never>(new DependencyFailedError({ details: why }), { source: `rpc:${el.chainId}`, asOf: at });
  for (const p of protocols) {
    if (p === 'eigenlayer') {
      const na = notApplicableFact<never>('restaked directly, not through an LRT', { source: 'registry', asOf: at });
      out.paused[p] ??= na;
      out.stakers[p] ??= na;
      out.exposure[p] ??= na;
      out.market[p] ??= na;
      continue;
    }
    out.paused[p] ??= pauses.some((t) => t.protocol === p) ? missing('not read') : notApplicableFact('no pause view known', { source: 'registry', asOf: at });
    out.stakers[p] ??= missing('not read');
    out.exposure[p] ??= missing('not read');
    out.market[p] ??= markets.some((t) => t.protocol === p)
      ? missing('not read')
      : notApplicableFact('no on-chain pool known', { source: 'registry', asOf: at });
    out.rates[`${p}:${el.chainId}`] ??= notApplicableFact('no rate view known', { source: 'registry', asOf: at });
  }

  out.roundTrips.total = Object.values(out.roundTrips.byChain).reduce((s, c) => s + c.multicalls + c.logRequests, 0);
  out.finishedAt = now();
  return out;
}
