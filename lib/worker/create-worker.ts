/**
 * The background worker's services: the single place that knows the facts (bundled snapshot +
 * cached live sources), assesses held requests, and answers the popup and the options page. Every
 * dependency is injected, so the whole worker runs in Node tests; `entrypoints/background.ts` only
 * wires it to the browser.
 */
import type { Address, Chain, Client, Transport } from 'viem';
import { assessHold, holdChainId } from '../assess/assess-hold';
import { detect } from '../detect/detect';
import { describeIntent } from '../detect/describe-intent';
import { isRegisteredContract } from '../detect/known-addresses';
import { hasKnownAddressPrefix } from '../detect/known-address-prefix';
import type { Assessment, SourceLine, WarningReport } from '../messaging/hold-messages';
import type { MessageSender, WorkerHandlerDeps } from '../messaging/handle-worker-message';
import { getContract, getTokenById, getProtocol } from '../protocols/registry';
import { chainInfo } from '../report/chains';
import type { LiveData } from '../report/live-data';
import { buildTokenReport, chainAddress, type TokenReport } from '../report/token-report';
import { createDefillamaSources } from '../sources/cache/defillama-sources';
import { createOnchainSource } from '../sources/cache/onchain-source';
import { createCachedSource, type CachedSource } from '../sources/cache/cached-source';
import { avsNamesSchema, fetchAvsNames, type AvsNames } from '../sources/eigenexplorer/fetch-avs-names';
import { refreshAll, snapshotCoinKeys } from '../sources/cache/refresh-all';
import { formatSourceStatus } from '../sources/cache/format-source-status';
import type { CachedRead } from '../sources/cache/cached-source';
import type { VersionedStorage } from '../sources/cache/versioned-storage';
import type { ProtocolId } from '../sources/onchain/targets';
import { effectiveThresholds, isMuted, parseSettings, settingsSchema, SETTINGS_VERSION, type Settings } from '../settings/settings';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { judgeIntent } from './judge-intent';
import { holdsWallet } from '../assess/holds-wallet';
import { readSpenderCode, spenderKey, type SpenderCodes } from './read-spender-code';
import { reportEntries } from '../report/report-entries';
import { buildTokenIndex } from './token-index';
import { createChooseServices } from './create-choose-services';
import { tabStateSchema } from '../messaging/replies/warning-schemas';
import { replyOk } from '../messaging/worker-protocol';
import { createReportedAccounts } from './reported-accounts';
import { createBorrowRateSource } from './borrow-rate-source';

export interface WorkerDeps {
  /** Durable storage (cache, settings). */
  storage: VersionedStorage;
  /** Storage that lives as long as the browser session (what was held on each tab). */
  session: VersionedStorage;
  snapshot: Snapshot;
  fetch: typeof globalThis.fetch;
  now?: () => Date;
  /** A viem client for a chain, with the person's RPC override if any. */
  clientFor(chainId: number, rpcUrl: string | undefined): Client<Transport, Chain>;
  injectWarningUi(sender: MessageSender, part: 'ui' | 'surface'): Promise<void>;
  /** Opens an extension page (popup.html#…) in a new tab. */
  openTab(path: string): Promise<void>;
  /** Public endpoints overridden (tests point them at a local server). */
  baseUrls?: { yields?: string; api?: string; coins?: string; eigenExplorer?: string };
}

export interface TabState {
  report: WarningReport;
  decision: 'pending' | 'continue' | 'cancel';
  at: string;
}

/** A request the page sent straight to the wallet's channel, around LRT Advisor. */
export interface BypassRecord {
  method: string;
  origin: string | null;
  at: string;
}

export interface LstReport {
  kind: 'lst';
  id: string;
  symbol: string;
  name: string;
  deployments: { chainId: number; chain: string; address: string; verification: string; source: string; explorer: string | null }[];
  restakedVia: { protocol: string; contract: string; chain: string; address: string }[];
}

const SOURCE_LABELS: Record<string, string> = {
  'defillama.pools': 'Yields (DefiLlama)',
  'defillama.protocols': 'TVL and audits (DefiLlama)',
  'defillama.prices': 'Prices (DefiLlama)',
  onchain: 'On-chain reads (RPC)',
  'eigenexplorer.avs': 'AVS names (EigenExplorer)',
};

export function createWorker(deps: WorkerDeps): WorkerHandlerDeps & { refreshNow(): Promise<unknown>; live(): Promise<LiveData> } {
  const now = deps.now ?? (() => new Date());
  const { snapshot } = deps;
  const settingsSlot = deps.storage.item('settings', SETTINGS_VERSION);
  const tabSlot = (tabId: number) => deps.session.item(`tab:${tabId}`, 1);
  const bypassSlot = (tabId: number) => deps.session.item(`bypass:${tabId}`, 1);
  const readBypasses = async (tabId: number): Promise<BypassRecord[]> => {
    const raw = await bypassSlot(tabId).get().catch(() => null);
    return Array.isArray(raw) ? (raw as BypassRecord[]).filter((r) => r && typeof r.method === 'string' && typeof r.at === 'string') : [];
  };
  // Only this worker writes the settings (set-settings): after the first read they are kept in memory.
  let settingsCache: Settings | null = null;
  const getSettings = async (): Promise<Settings> => {
    const settings = settingsCache ?? parseSettings(await settingsSlot.get().catch(() => null));
    settingsCache = settings;
    explorerKey = settings.eigenExplorerKey || null;
    rpcUrls = settings.rpcUrls;
    return settings;
  };

  const defillama = createDefillamaSources({
    fetch: deps.fetch,
    storage: deps.storage,
    now,
    coins: snapshotCoinKeys(),
    snapshotAsOf: snapshot.asOf,
    ...(deps.baseUrls ? { baseUrls: deps.baseUrls } : {}),
  });
  const borrowRates = createBorrowRateSource({ fetch: deps.fetch, storage: deps.storage, now, ...(deps.baseUrls?.yields ? { baseUrl: deps.baseUrls.yields } : {}) });
  const stakerLists: Partial<Record<ProtocolId, Address[]>> = {};
  for (const lrt of snapshot.lrts) {
    if (lrt.operators.stakers.length === 0) continue;
    stakerLists[lrt.protocol as ProtocolId] = [...(stakerLists[lrt.protocol as ProtocolId] ?? []), ...lrt.operators.stakers.map((s) => s.address as Address)];
  }
  let rpcUrls: Record<string, string> = {};
  const onchain = createOnchainSource(deps.storage, {
    clientFor: (chainId) => deps.clientFor(chainId, rpcUrls[String(chainId)]),
    stakerLists,
    now,
    snapshotAsOf: snapshot.asOf,
  });

  // EigenExplorer needs a key: the source exists only while the person has entered one.
  let explorerKey: string | null = null;
  const explorer: CachedSource<AvsNames> = createCachedSource(
    deps.storage,
    {
      id: 'eigenexplorer.avs',
      version: 1,
      ttlMs: 24 * 60 * 60_000,
      schema: avsNamesSchema,
      fetch: (signal) =>
        fetchAvsNames({
          fetch: deps.fetch,
          apiKey: explorerKey ?? '',
          now,
          ...(deps.baseUrls?.eigenExplorer ? { baseUrl: deps.baseUrls.eigenExplorer } : {}),
          ...(signal ? { signal } : {}),
        }),
    },
    now,
  );

  const sources: Record<string, { read(): Promise<CachedRead<unknown>> }> = {
    'defillama.pools': defillama.pools,
    'defillama.protocols': defillama.protocols,
    'defillama.prices': defillama.prices,
    onchain,
  };

  /**
   * One read of every source, shared by the assessment (facts) and its freshness line, and kept for a
   * moment: a warning must not wait on storage twice. A refresh clears it.
   */
  let reads: Promise<{ live: LiveData; lines: SourceLine[] }> | null = null;
  let readsAt = 0;
  const READ_TTL_MS = 5_000;
  function readAll(): Promise<{ live: LiveData; lines: SourceLine[] }> {
    const at = now();
    if (reads && at.getTime() - readsAt < READ_TTL_MS) return reads;
    readsAt = at.getTime();
    const read = async <T>(s: { read(): Promise<CachedRead<T>> }) => s.read().catch(() => null);
    reads = (async () => {
      const all: Record<string, { read(): Promise<CachedRead<unknown>> }> = explorerKey ? { ...sources, 'eigenexplorer.avs': explorer } : sources;
      const entries = await Promise.all(Object.entries(all).map(async ([id, source]) => [id, await read(source)] as const));
      const byId = Object.fromEntries(entries) as Record<string, CachedRead<unknown> | null>;
      const chain = byId.onchain as CachedRead<LiveData['onchain'] extends infer O ? (O extends { data: infer D } ? D : never) : never> | null;
      const live: LiveData = {
        pools: byId['defillama.pools'] as LiveData['pools'],
        protocols: byId['defillama.protocols'] as LiveData['protocols'],
        prices: byId['defillama.prices'] as LiveData['prices'],
        onchain: chain ? { data: chain.data, fetchedAt: chain.fetchedAt } : null,
        avsNames: (byId['eigenexplorer.avs'] ?? null) as LiveData['avsNames'],
      };
      const lines = entries.map(([id, r]) => {
        const status = r?.status ?? { state: 'pending' as const };
        return { id, label: SOURCE_LABELS[id] ?? id, text: formatSourceStatus(status, at, { withFallback: true }), state: status.state };
      });
      return { live, lines };
    })();
    reads.catch(() => (reads = null));
    return reads;
  }
  const live = async () => (await readAll()).live;
  const sourceLines = async () => (await readAll()).lines;

  let pendingTabWrite: Promise<unknown> = Promise.resolve();
  let refreshing: Promise<unknown> | null = null;
  async function refreshNow() {
    refreshing ??= (async () => {
      const settings = await getSettings();
      rpcUrls = settings.rpcUrls;
      explorerKey = settings.eigenExplorerKey || null;
      const tasks = [
        ...(settings.sources.defillama ? [...defillama.tasks, borrowRates.task] : []),
        ...(settings.sources.onchain ? [{ id: onchain.id, refresh: (signal?: AbortSignal) => onchain.refresh(signal) }] : []),
        ...(explorerKey ? [{ id: explorer.id, refresh: (signal?: AbortSignal) => explorer.refresh(signal) }] : []),
      ];
      // refreshAll always adds its own DefiLlama tasks; with DefiLlama off, run only ours.
      if (!settings.sources.defillama) {
        await Promise.all(tasks.map((t) => t.refresh().catch(() => undefined)));
        return;
      }
      await refreshAll({
        fetch: deps.fetch,
        storage: deps.storage,
        now,
        ...(deps.baseUrls ? { baseUrls: deps.baseUrls } : {}),
        tasks: tasks.filter((t) => !t.id.startsWith('defillama.')),
      });
    })().finally(() => {
      refreshing = null;
      reads = null;
    });
    return refreshing;
  }

  const reportFor = async (id: string): Promise<TokenReport | LstReport | null> => {
    if (id.startsWith('lst:')) return lstReport(id.slice(4));
    const entry = reportEntries(snapshot).find((e) => e.id === id);
    if (!entry) return null;
    const settings = await getSettings();
    return buildTokenReport(entry, { snapshot, live: await live(), now: now(), settings: effectiveThresholds(settings) });
  };

  async function status() {
    return { snapshotAsOf: snapshot.asOf, sources: await sourceLines() };
  }

  const services: WorkerHandlerDeps & { refreshNow(): Promise<unknown>; live(): Promise<LiveData> } = {
    live,
    refreshNow,
    async assess(hold, origin, sender): Promise<Assessment> {
      const settings = await getSettings();
      if (isMuted(settings, origin)) return { kind: 'release' };
      const { live: liveData, lines } = await readAll();
      const at = now();
      // Spenders no registry knows: is there code behind them? Read only for those, and only with on-chain reads on.
      const chainId = holdChainId(hold) ?? 1;
      const codes: SpenderCodes = settings.sources.onchain
        ? await readSpenderCode((id) => deps.clientFor(id, rpcUrls[String(id)]), hold.requests.flatMap((r) => detect(chainId, r)), at)
        : new Map();
      const ctx = {
        snapshot,
        live: liveData,
        now: at,
        settings: effectiveThresholds(settings),
        spenderCode: (id: number, address: string) => codes.get(spenderKey(id, address)),
      };
      const assessment = assessHold(
        {
          detect,
          describe: describeIntent,
          isKnownContract: (chainId, address) => (chainId === null ? hasKnownAddressPrefix(address) : isRegisteredContract(chainId, address)),
          contractName: (chainId, address) => (chainId === null ? null : (getContract(chainId, address)?.contract.name ?? null)),
          judge: (intent, request) => judgeIntent(ctx, intent, request),
          holds: (intent, verdict) => holdsWallet(settings.tradeHold, intent, verdict),
          freshness: { snapshotAsOf: snapshot.asOf, sources: lines },
        },
        hold,
        origin,
      );
      // Recorded for the popup's "This tab". The warning does not wait for the write, nor for the copy the storage
      // call makes of the report before it returns: that runs after the reply is on its way.
      if (assessment.kind === 'warn' && sender.tabId !== undefined) {
        const slot = tabSlot(sender.tabId);
        const state: TabState = { report: assessment.report, decision: 'pending', at: now().toISOString() };
        pendingTabWrite = new Promise((later) => setTimeout(later, 0)).then(() => slot.set(state)).catch(() => undefined);
      }
      return assessment;
    },
    injectWarningUi: deps.injectWarningUi,
    async recordBypass(sender, method) {
      if (sender.tabId === undefined) return;
      const list = await readBypasses(sender.tabId);
      await bypassSlot(sender.tabId).set([...list, { method, origin: sender.origin ?? null, at: now().toISOString() }].slice(-20));
    },
    tabBypasses: readBypasses,
    openReport: (id) => deps.openTab(`/popup.html#/token/${encodeURIComponent(id)}`),
    async recordDecision(sender, decision) {
      if (sender.tabId === undefined) return;
      await pendingTabWrite;
      const slot = tabSlot(sender.tabId);
      const state = (await slot.get()) as TabState | null;
      if (state && typeof state === 'object' && 'report' in state) await slot.set({ ...state, decision, at: now().toISOString() });
    },
    listTokens: async () => buildTokenIndex(snapshot),
    tokenReport: reportFor,
    async compare() {
      const settings = await getSettings();
      const liveData = await live();
      // The side-by-side view needs the verdict and the facts, not every address and audit: a tenth of the bytes.
      return reportEntries(snapshot).map((entry) => ({
        ...buildTokenReport(entry, { snapshot, live: liveData, now: now(), settings: effectiveThresholds(settings) }),
        tokens: [],
        contracts: [],
        audits: [],
        operators: [],
        incidents: [],
        protection: [],
      }));
    },
    async tabState(tabId) {
      await pendingTabWrite;
      // Parsed, not cast: a state written by an older version, or not at all, reads as none.
      const parsed = tabStateSchema.safeParse(await tabSlot(tabId).get().catch(() => null));
      return parsed.success ? parsed.data : null;
    },
    status,
    async refresh() {
      await refreshNow();
      return status();
    },
    getSettings,
    async setSettings(raw) {
      // The options form sends what it edits; the profiles and "your restaking" it does not show are kept.
      const kept = await getSettings();
      const withKept = raw && typeof raw === 'object' && !Array.isArray(raw) ? { profiles: kept.profiles, exposure: kept.exposure, ...raw } : raw;
      const parsed = settingsSchema.safeParse(withKept);
      if (!parsed.success) return { ok: false as const, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ') };
      await settingsSlot.set(parsed.data);
      settingsCache = parsed.data;
      reads = null;
      rpcUrls = parsed.data.rpcUrls;
      explorerKey = parsed.data.eigenExplorerKey || null;
      return replyOk('set-settings', parsed.data);
    },
  };
  return {
    ...services,
    ...createChooseServices({ snapshot, now, live, getSettings, setSettings: services.setSettings, clientFor: deps.clientFor, borrowRates: borrowRates.read }),
    ...createReportedAccounts(deps.session, now),
  };
}

function lstReport(id: string): LstReport | null {
  const found = getTokenById(id);
  if (!found || found.token.kind !== 'lst') return null;
  const eigen = getProtocol('eigenlayer');
  const manager = eigen?.contracts.find((c) => c.name === 'StrategyManager');
  return {
    kind: 'lst',
    id,
    symbol: found.token.symbol,
    name: found.token.name,
    deployments: found.token.deployments.map(chainAddress),
    restakedVia: (eigen?.strategies ?? [])
      .filter((s) => s.underlying === id)
      .map((s) => ({ protocol: 'EigenLayer', contract: `${manager?.name ?? 'StrategyManager'} → strategy`, chain: chainInfo(s.chainId).name, address: s.address })),
  };
}
