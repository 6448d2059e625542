/**
 * One chain's refresh. Round 1 reads rates, pause flags, staker lists, DEX quotes, Aave reserves and E-Mode
 * categories, upgrade timelocks, exit-wait settings and Symbiotic vaults in one multicall; the vaults' slashers ride in
 * round 2, and a version 2 vault's further reads in the walk's rounds; a pool with more E-Mode categories takes further rounds; on
 * Ethereum the EigenLayer walk takes three more (see read-exposure.ts) unless the last refresh's plan still holds,
 * then the walk and the two-step pause reads are asked in round 1 too.
 */
import type { Address } from 'viem';
import type { Aggregate3Result, RawCall, RawResult } from './aggregate3.ts';
import { toOnchainError } from './errors.ts';
import type { OnchainFact } from './fact.ts';
import { readAvsMetadata } from './read-avs-metadata.ts';
import { startSymbioticReads } from './read-symbiotic-vaults.ts';
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
  type ExposureWalk,
} from './read-exposure.ts';
import { eModeCalls, eModesOfPools, lendingCalls, lendingFact, lendingKey } from './read-lending.ts';
import { DEFAULT_SELL_AMOUNTS, marketCalls, marketFact } from './read-market.ts';
import { rateCall, rateFact } from './read-rates.ts';
import { stakerDiscoveryCalls, stakerListFact, type StakerList } from './read-stakers.ts';
import { upgradeDelayCall, upgradeDelayFact } from './read-upgrade-delay.ts';
import { exitDelayCall, exitDelayFact } from './read-exit-delay.ts';
import { addPauseFollowUps, pauseFacts, startPauseReads } from './refresh-pauses.ts';
import { round, RoundBuilder, type ChainLink, type ChainRoundTrips } from './refresh-round.ts';
import type { ChainStatus, OnchainRefresh, RefreshDeps, RefreshTargets } from './refresh-types.ts';
import type { RoundContext } from './round-context.ts';
import type { ProtocolId } from './targets.ts';

/** Everything one chain's refresh reads: the targets already filtered to the chain. */
export interface ChainJob extends RefreshTargets {
  chainId: number;
  deps: RefreshDeps;
  now: () => number;
  signal: AbortSignal;
  el: EigenLayerAddresses & { chainId: number; avsDirectory: Address };
  /** The LRT protocols whose EigenLayer exposure is walked (on the walk's chain). */
  lrtProtocols: readonly ProtocolId[];
  /** Where the facts go. */
  out: OnchainRefresh;
}

export async function runChain(job: ChainJob): Promise<void> {
  const { chainId, deps, now, signal, el, out } = job;
  const counts: ChainRoundTrips = { rounds: 0, multicalls: 0, logRequests: 0 };
  out.roundTrips.byChain[chainId] = counts;
  const status: ChainStatus = { state: 'live', at: now(), blockNumber: null };
  out.statuses[`rpc:${chainId}`] = status;
  const facts: OnchainFact<unknown>[] = [];
  const link = openLink(deps, chainId);
  let lastBlock: Aggregate3Result | null = null;
  const ask = async (calls: readonly RawCall[]) => {
    const res = await round(link, calls, signal, counts);
    status.at = now();
    if (res.block) (status.blockNumber = res.block.number), (lastBlock = res);
    return res;
  };
  const ctxOf = (res: Aggregate3Result | null): RoundContext => ({ chainId, asOf: now(), block: res?.block ?? null });
  const walkHere = chainId === el.chainId && job.lrtProtocols.length > 0;
  const discoveryFor = (p: ProtocolId) => job.stakerSources.find((s) => s.protocol === p && s.chainId === chainId);
  const amountsFor = (p: ProtocolId) => deps.sellAmounts?.[p] ?? DEFAULT_SELL_AMOUNTS;

  // Round 1: everything that needs no earlier answer, plus what the last refresh's plan lets us ask early.
  const r1 = new RoundBuilder();
  const answers = new Map<object, (RawResult | undefined)[]>();
  const ask1 = (key: object, calls: readonly RawCall[]) => r1.add(calls, (r) => answers.set(key, r));
  for (const t of job.rates) ask1(t, [rateCall(t)]);
  const pauseReads = startPauseReads(job.pauses, chainId, deps.plan?.pauseFollowUps, r1);
  if (walkHere)
    for (const p of job.lrtProtocols) {
      const d = discoveryFor(p);
      if (d) ask1(d, stakerDiscoveryCalls(d));
    }
  for (const m of job.markets) ask1(m, marketCalls(m, amountsFor(m.protocol)));
  const pools = [...new Set(job.lending.map((t) => t.pool))];
  const eModeAnswers = new Map<Address, (RawResult | undefined)[]>();
  for (const pool of pools) r1.add(eModeCalls(pool), (r) => eModeAnswers.set(pool, r));
  for (const t of job.lending) ask1(t, lendingCalls(t));
  for (const t of job.timelocks) ask1(t, [upgradeDelayCall(t)]);
  for (const t of job.exitDelays) ask1(t, [exitDelayCall(t)]);
  const exposurePlan = walkHere && deps.plan?.exposure?.chainId === chainId ? deps.plan.exposure : null;
  const speculative = exposurePlan ? startSpeculativeWalk(exposurePlan, el) : null;
  if (speculative) r1.add(speculative.calls, (r) => feedExposureWalk(speculative, r));
  const symbiotic = startSymbioticReads(job.symbioticVaults);
  r1.add(symbiotic.calls(), (r) => symbiotic.deliver(r));
  const res1 = await ask(r1.calls);
  r1.deliver(res1.results);
  const ctx1 = ctxOf(res1);
  const first = (key: object) => answers.get(key) ?? [];

  for (const t of job.rates) facts.push((out.rates[`${t.protocol}:${chainId}`] = rateFact(t, first(t)[0], ctx1)));
  for (const m of job.markets)
    facts.push((out.market[m.protocol] = marketFact(m, amountsFor(m.protocol), first(m), out.rates[`${m.protocol}:${chainId}`], ctx1)));
  // A pool with more E-Mode categories than round 1 asked about takes further rounds before its facts.
  const eModes = await eModesOfPools(eModeAnswers, async (calls) => (await ask(calls)).results);
  for (const t of job.lending)
    facts.push((out.lending[lendingKey(chainId, t.pool, t.asset)] = lendingFact(t, first(t), eModes.get(t.pool) ?? null, ctx1)));
  for (const t of job.timelocks) facts.push((out.upgradeDelays[t.lrtId] = upgradeDelayFact(t, first(t)[0], ctx1)));
  for (const t of job.exitDelays) facts.push((out.exitDelays[t.lrtId] = exitDelayFact(t, first(t)[0], ctx1)));

  // Staker lists (Ethereum only), then the exposure walk; the pause follow-ups ride along with its first round.
  const lists = new Map<ProtocolId, OnchainFact<StakerList>>();
  if (walkHere)
    for (const p of job.lrtProtocols) {
      const d = discoveryFor(p);
      const fact = stakerListFact(p, d, d ? first(d) : [], deps.stakerLists?.[p], ctx1);
      lists.set(p, fact);
      facts.push((out.stakers[p] = fact));
    }
  const speculationHeld = speculative !== null && exposurePlan !== null && settleSpeculation(speculative, exposurePlan, lists);
  const walk = speculationHeld ? speculative : walkHere ? startExposureWalk(lists, el, chainId) : null;

  const r2 = new RoundBuilder();
  addPauseFollowUps(pauseReads, r2, out.plan.pauseFollowUps);
  r2.add(symbiotic.calls(), (r) => symbiotic.deliver(r));
  const walking = walk && walk.phase !== 'done' ? walk : null;
  if (walking) r2.add(walking.calls, (r) => advanceExposureWalk(walking, r));
  if (r2.calls.length) r2.deliver((await ask(r2.calls)).results);
  // Even with no calls (no stakers), the walk must advance through its phases.
  else if (walking) advanceExposureWalk(walking, []);
  for (const [p, fact] of pauseFacts(pauseReads, ctxOf(lastBlock))) facts.push((out.paused[p] = fact));

  // A version 2 Symbiotic vault's adapter reads ride along with the walk's next round, or take their own.
  const askWithSymbiotic = async (calls: readonly RawCall[]) => {
    const extra = symbiotic.calls();
    if (!extra.length) return ask(calls);
    const res = await ask([...calls, ...extra]);
    symbiotic.deliver(res.results.slice(calls.length));
    return { ...res, results: res.results.slice(0, calls.length) };
  };
  if (walk) await finishWalk(job, walk, askWithSymbiotic, () => ctxOf(lastBlock), link, counts, facts);
  for (let calls = symbiotic.calls(); calls.length; calls = symbiotic.calls()) symbiotic.deliver((await ask(calls)).results);
  for (const v of symbiotic.facts(ctxOf(lastBlock))) {
    out.symbiotic[`${chainId}:${v.vault.toLowerCase()}`] = v;
    facts.push(v.version, v.collateral, v.burner, v.epochDuration, v.totalStake, v.slasher, v.vetoDuration, v.resolvers, v.adapters);
  }
  settleStatus(status, facts, link, chainId);
}

function openLink(deps: RefreshDeps, chainId: number): ChainLink {
  try {
    return { client: deps.clientFor(chainId), down: null };
  } catch (err) {
    // A bad override in options: every fact of this chain fails with the reason, no request is made.
    return { client: null, down: toOnchainError(err) };
  }
}

/** The walk's remaining rounds, its facts and plan, then the names of the AVSs it found. */
async function finishWalk(
  job: ChainJob,
  walk: ExposureWalk,
  ask: (calls: readonly RawCall[]) => Promise<Aggregate3Result>,
  ctx: () => RoundContext,
  link: ChainLink,
  counts: ChainRoundTrips,
  facts: OnchainFact<unknown>[],
): Promise<void> {
  const { out, deps, el } = job;
  while (walk.phase !== 'done') advanceExposureWalk(walk, (await ask(walk.calls)).results);
  const at = ctx();
  for (const [p, fact] of exposureFacts(walk, at)) facts.push((out.exposure[p] = fact));
  out.plan.exposure = exposurePlanOf(walk);
  if (!deps.avsMetadata || !link.client || link.down) return;
  const result = await readAvsMetadata(link.client, {
    avs: exposureAvsAddresses(walk),
    emitters: [el.allocationManager, el.avsDirectory],
    fromBlock: deps.avsMetadata.fromBlock,
    ...(at.block ? { toBlock: at.block.number } : {}),
    fetchFn: deps.avsMetadata.fetchFn,
    ...(deps.avsMetadata.snapshotNames ? { snapshotNames: deps.avsMetadata.snapshotNames } : {}),
    ...(deps.avsMetadata.cache ? { cache: deps.avsMetadata.cache } : {}),
    now: job.now,
    signal: job.signal,
  });
  counts.logRequests += result.logRequests;
  for (const [a, f] of result.names) out.avsNames[a.toLowerCase()] = f;
}

/**
 * The chain's status line follows its facts: a speculative read that reverts by design (Renzo's probe past the end
 * of its array) is not a failure; a fact that could not be read is.
 */
function settleStatus(status: ChainStatus, facts: readonly OnchainFact<unknown>[], link: ChainLink, chainId: number): void {
  const fromRpc = facts.filter((f) => f.source.includes(`rpc:${chainId}`) && f.status !== 'not-applicable');
  const failed = fromRpc.filter((f): f is Extract<OnchainFact<unknown>, { status: 'failed' }> => f.status === 'failed');
  status.state = failed.length === 0 ? 'live' : failed.length === fromRpc.length ? 'failed' : 'partial';
  const reason = link.down?.shortMessage ?? failed[0]?.error.message;
  if (failed.length && reason) status.error = reason;
}
