/** The on-chain refresh: every chain in parallel (refresh-chain.ts), bounded by one deadline, and an answer for every fact. */
import { DependencyFailedError, RpcResponseError } from './errors.ts';
import { failedFact, notApplicableFact } from './fact.ts';
import { runChain } from './refresh-chain.ts';
import { symbioticVaultTargets } from './read-symbiotic-vaults.ts';
import type { OnchainRefresh, RefreshDeps } from './refresh-types.ts';
import { eigenLayerMainnet, lendingTargets, marketTargets, pauseTargets, PROTOCOL_IDS, rateTargets, stakerSourceTargets, timelockTargets, exitDelayTargets } from './targets.ts';

export type { OnchainRefresh, RefreshDeps, RefreshPlan } from './refresh-types.ts';

export const REFRESH_DEFAULTS = { deadlineMs: 30_000 } as const;

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
    exitDelays: {},
    symbiotic: {},
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
  const exitDelays = (deps.targets?.exitDelays ?? exitDelayTargets).filter((t) => protocols.has(t.protocol) && chainIds.has(t.chainId));
  const symbioticVaults = deps.targets?.symbioticVaults ?? symbioticVaultTargets();

  const job = { deps, now, signal, el, lrtProtocols, out };
  const onChain = <T extends { chainId: number }>(ts: readonly T[], chainId: number) => ts.filter((t) => t.chainId === chainId);
  const runOne = (chainId: number) =>
    runChain({
      ...job,
      chainId,
      rates: onChain(rates, chainId),
      pauses: onChain(pauses, chainId),
      stakerSources,
      markets: onChain(markets, chainId),
      lending: onChain(lending, chainId),
      timelocks: onChain(timelocks, chainId),
      exitDelays: onChain(exitDelays, chainId),
      symbioticVaults: onChain(symbioticVaults, chainId),
    });

  const settled = await Promise.allSettled([...chainIds].map(runOne));
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
