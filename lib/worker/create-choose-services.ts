/**
 * The worker's answers for the Choose view and "Your restaking": the ranking and the loop calculator over the same
 * live data the warning reads, and the person's accounts read only when they turned that on.
 */
import type { Address, Chain, Client, Transport } from 'viem';
import { buildCandidates } from '../choose/build-candidates';
import { LoopLeverageError } from '../choose/loop-position';
import { planLoop } from '../choose/plan-loop';
import { resolveProfile, type ProfileId } from '../choose/profiles';
import { rankTokens } from '../choose/rank-tokens';
import { readHoldings } from '../exposure/read-holdings';
import { summarizeHoldings } from '../exposure/summarize-holdings';
import type { LiveData } from '../report/live-data';
import { effectiveThresholds } from '../settings/effective-thresholds';
import type { Settings } from '../settings/settings';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { replyOk, type ReplyOf } from '../messaging/worker-protocol';
import type { CachedRead } from '../sources/cache/cached-source';
import type { BorrowRates } from '../sources/defillama/fetch-borrow-rates';

export interface ChooseServiceDeps {
  snapshot: Snapshot;
  now(): Date;
  live(): Promise<LiveData>;
  getSettings(): Promise<Settings>;
  setSettings(raw: unknown): Promise<ReplyOf<'set-settings'>>;
  clientFor(chainId: number, rpcUrl: string | undefined): Client<Transport, Chain>;
  /** Cached WETH borrow rates (borrow-rate-source.ts); refreshed in the background when stale and allowed. */
  borrowRates?(refreshIfStale: boolean): Promise<CachedRead<BorrowRates> | null>;
}

/** Chains "your restaking" reads: one multicall each. */
export const EXPOSURE_CHAINS: readonly number[] = [1];

export function createChooseServices(deps: ChooseServiceDeps) {
  return {
    async rank(profile: ProfileId, chainId: number | null) {
      const [settings, live] = await Promise.all([deps.getSettings(), deps.live()]);
      return rankTokens({
        profile: resolveProfile(profile, settings.profiles),
        candidates: buildCandidates(deps.snapshot, live, chainId),
        now: deps.now(),
        settings: effectiveThresholds(settings),
        chainId,
        asOf: deps.snapshot.asOf,
      });
    },
    async loop(params: { id: string; market: 'aave-v3' | 'morpho-blue' | 'spark'; chainId: number; leverage: number }) {
      try {
        const settings = await deps.getSettings();
        const borrowRates = (await deps.borrowRates?.(settings.sources.defillama)) ?? null;
        return replyOk('loop', planLoop({ snapshot: deps.snapshot, live: await deps.live(), lrtId: params.id, market: params.market, chainId: params.chainId, leverage: params.leverage, borrowRates }));
      } catch (error) {
        if (error instanceof LoopLeverageError) return { ok: false as const, error: error.message };
        throw error;
      }
    },
    async exposure() {
      const settings = await deps.getSettings();
      const { enabled, asked, accounts } = settings.exposure;
      if (!enabled) return { enabled, asked, accounts, summaries: [] };
      const live = await deps.live();
      const summaries = [];
      for (const account of settings.exposure.accounts)
        for (const chainId of EXPOSURE_CHAINS) {
          try {
            const holdings = await readHoldings(deps.clientFor(chainId, settings.rpcUrls[String(chainId)]), { account: account as Address, chainId });
            summaries.push({ ...summarizeHoldings(holdings, deps.snapshot, live), failed: holdings.failed });
          } catch (error) {
            // A read that could not be made is named, never shown as an empty wallet.
            const message = error instanceof Error ? error.message.slice(0, 200) : 'the read failed';
            summaries.push({ account, chainId, holdings: [], slashableTokens: 0, notKnown: [], aave: [], wethBorrowApy: null, source: null, asOf: deps.now().toISOString(), failed: [{ label: 'RPC', message }] });
          }
        }
      return { enabled, asked, accounts, summaries };
    },
    async setChoice(raw: { profiles?: unknown; exposure?: unknown }) {
      const current = await deps.getSettings();
      return deps.setSettings({
        ...current,
        ...(raw.profiles !== undefined ? { profiles: raw.profiles } : {}),
        ...(raw.exposure !== undefined ? { exposure: raw.exposure } : {}),
      });
    },
  };
}
