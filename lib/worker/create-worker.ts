/**
 * The background worker's services: the single place that knows the facts (bundled snapshot +
 * cached live sources), assesses held requests, and answers the popup and the options page. Every
 * dependency is injected, so the whole worker runs in Node tests; `entrypoints/background.ts` only
 * wires it to the browser. Each concern lives in its own file; this one puts them together.
 */
import type { Chain, Client, Transport } from 'viem';
import type { MessageSender, WorkerHandlerDeps } from '../messaging/handle-worker-message';
import type { LiveData } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { buildTokenReport, type TokenReport } from '../report/token-report';
import { effectiveThresholds } from '../settings/effective-thresholds';
import type { Snapshot } from '../snapshot/snapshot-schema';
import type { VersionedStorage } from '../sources/cache/versioned-storage';
import { createAssess } from './assess-service';
import { createChooseServices } from './create-choose-services';
import { lstReport, type LstReport } from './lst-report';
import { createReportedAccounts } from './reported-accounts';
import { createTabRecords } from './tab-records';
import { buildTokenIndex } from './token-index';
import { createWorkerSettings } from './worker-settings';
import { createWorkerSources } from './worker-sources';

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

export interface Worker extends WorkerHandlerDeps {
  refreshNow(): Promise<unknown>;
  live(): Promise<LiveData>;
  /** A tab was closed: its records in session storage go. */
  forgetTab(tabId: number): Promise<void>;
}

export function createWorker(deps: WorkerDeps): Worker {
  const now = deps.now ?? (() => new Date());
  const { snapshot } = deps;
  const settings = createWorkerSettings(deps.storage, () => sources.forget());
  const sources = createWorkerSources({
    storage: deps.storage,
    snapshot,
    fetch: deps.fetch,
    now,
    clientFor: deps.clientFor,
    ...(deps.baseUrls ? { baseUrls: deps.baseUrls } : {}),
    currentSettings: settings.current,
    getSettings: settings.get,
  });
  const tabs = createTabRecords(deps.session, now);
  const live = async () => (await sources.readAll()).live;
  const status = async () => ({ snapshotAsOf: snapshot.asOf, sources: (await sources.readAll()).lines });
  const reportOf = async (entry: ReturnType<typeof reportEntries>[number], liveData: LiveData): Promise<TokenReport> =>
    buildTokenReport(entry, { snapshot, live: liveData, now: now(), settings: effectiveThresholds(await settings.get()) });

  const accounts = createReportedAccounts(deps.session, now);
  const services: Omit<Worker, 'forgetTab'> = {
    live,
    refreshNow: sources.refresh,
    assess: createAssess({
      snapshot,
      now,
      getSettings: settings.get,
      readAll: sources.readAll,
      clientFor: sources.clientFor,
      onWarning: (tabId, assessment) => tabs.recordWarning(tabId, assessment.report),
    }),
    injectWarningUi: deps.injectWarningUi,
    recordBypass: tabs.recordBypass,
    tabBypasses: tabs.tabBypasses,
    openReport: (id) => deps.openTab(`/popup.html#/token/${encodeURIComponent(id)}`),
    recordDecision: tabs.recordDecision,
    listTokens: async () => buildTokenIndex(snapshot),
    async tokenReport(id): Promise<TokenReport | LstReport | null> {
      if (id.startsWith('lst:')) return lstReport(id.slice(4));
      const entry = reportEntries(snapshot).find((e) => e.id === id);
      return entry ? reportOf(entry, await live()) : null;
    },
    async compare() {
      const liveData = await live();
      // The side-by-side view needs the verdict and the facts, not every address and audit: a tenth of the bytes.
      const reports = await Promise.all(reportEntries(snapshot).map((entry) => reportOf(entry, liveData)));
      return reports.map((report) => ({ ...report, tokens: [], contracts: [], audits: [], operators: [], incidents: [], protection: [] }));
    },
    tabState: tabs.tabState,
    status,
    async refresh() {
      await sources.refresh();
      return status();
    },
    getSettings: settings.get,
    setSettings: settings.set,
  };
  return {
    ...services,
    ...createChooseServices({ snapshot, now, live, getSettings: settings.get, setSettings: settings.set, clientFor: deps.clientFor, borrowRates: sources.borrowRates }),
    recordAccounts: accounts.recordAccounts,
    tabAccounts: accounts.tabAccounts,
    forgetTab: async (tabId) => void (await Promise.all([tabs.forgetTab(tabId), accounts.forgetAccounts(tabId)])),
  };
}
