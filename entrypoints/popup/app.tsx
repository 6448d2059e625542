import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ChooseView } from '@/components/choose-view';
import { CompareTable } from '@/components/compare-table';
import { LstPage } from '@/components/lst-page';
import { PopupNav } from '@/components/popup-nav';
import { ThisTab } from '@/components/this-tab';
import { TokenPage } from '@/components/token-page';
import { TokenSearch } from '@/components/token-search';
import { YourRestaking } from '@/components/your-restaking';
import { parseRoute, routeHash, type Route } from '@/lib/ui/parse-route';
import type { SearchStore } from '@/lib/ui/search-store';
import type { ReportStore } from '@/lib/ui/report-store';
import type { CompareStore } from '@/lib/ui/compare-store';
import type { TabStore } from '@/lib/ui/tab-store';
import type { ChooseStore } from '@/lib/ui/choose-store';
import type { RestakingStore } from '@/lib/ui/restaking-store';

export interface PopupStores {
  search: SearchStore;
  reports: ReportStore;
  compare: CompareStore;
  tab: TabStore;
  choose?: ChooseStore;
  restaking?: RestakingStore;
}

export interface AppProps {
  stores: PopupStores;
  copy(text: string): Promise<void>;
  openOptions(): void;
}

const navigate = (route: Route) => void (location.hash = routeHash(route));

function Status({ children }: { children: string }) {
  return (
    <p role="status" className="text-sm" data-testid="loading">
      {children}
    </p>
  );
}

function Failure({ what, error, retry }: { what: string; error: string; retry(): void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-2 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100" data-testid="error">
      <p>
        {what} could not be loaded: {error}
      </p>
      <button type="button" onClick={retry} className="rounded-md border border-current px-2 py-1 font-medium focus-visible:outline-2 focus-visible:outline-blue-600">
        Try again
      </button>
    </div>
  );
}

function RestakingPart({ store }: { store: RestakingStore }) {
  const state = useStore(store);
  useEffect(() => void store.getState().load(), [store]);
  return <YourRestaking state={state} onChoose={(on, account) => void state.choose(on, account)} onAdd={(a) => void state.add(a)} onRemove={(a) => void state.remove(a)} />;
}

function ChooseRoute({ store, headingRef }: { store: ChooseStore; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const state = useStore(store);
  useEffect(() => {
    if (store.getState().status === 'idle') void store.getState().pick(store.getState().profile);
  }, [store]);
  return <ChooseView state={state} onPick={(p) => void state.pick(p)} onCalculate={(p) => void state.calculate(p)} headingRef={headingRef} />;
}

export function App({ stores, copy, openOptions }: AppProps) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const search = useStore(stores.search);
  const reports = useStore(stores.reports);
  const compare = useStore(stores.compare);
  const tab = useStore(stores.tab);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    // Opened on a tab where a request was held or assessed: that tab is what the person wants to see,
    // unless they have started typing a search.
    if (location.hash === '' || location.hash === '#')
      void stores.tab
        .getState()
        .load()
        .then((state) => {
          if (state && (location.hash === '' || location.hash === '#') && stores.search.getState().query === '') location.replace('#/tab');
        });
    // Esc goes back to the search; "/" jumps to it from anywhere.
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === 'Escape' && parseRoute(location.hash).view !== 'search') {
        e.preventDefault();
        navigate({ view: 'search' });
      } else if (e.key === '/' && !inField && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        if (parseRoute(location.hash).view !== 'search') navigate({ view: 'search' });
        else inputRef.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    document.body.dataset.ready = 'true';
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('keydown', onKey);
    };
  }, [stores]);

  // Each view loads what it shows (a report once, this tab's state every time).
  useEffect(() => {
    const { reports, compare, tab } = stores;
    if (route.view === 'token') {
      void reports.getState().load(route.id);
      if (reports.getState().sources?.status !== 'ready') void reports.getState().loadStatus();
    } else if (route.view === 'compare' && compare.getState().status === 'idle') void compare.getState().load();
    else if (route.view === 'tab' && tab.getState().status !== 'loading') void tab.getState().load();
  }, [route, stores]);

  const entry = route.view === 'token' ? reports.reports[route.id] : undefined;
  // Focus follows the view: the search box, or the view's heading once it has rendered.
  useEffect(() => {
    if (route.view === 'search') inputRef.current?.focus();
    else headingRef.current?.focus({ preventScroll: true });
  }, [route, entry?.status, compare.status, tab.status]);

  useEffect(() => {
    const name = entry?.status === 'ready' ? entry.value.symbol ?? entry.value.name : null;
    document.title = route.view === 'token' && name ? `${name} · LRT Advisor` : route.view === 'compare' ? 'Compare LRTs · LRT Advisor' : route.view === 'tab' ? 'This tab · LRT Advisor' : 'LRT Advisor';
  }, [route, entry]);

  let view;
  switch (route.view) {
    case 'search':
      view = (
        <TokenSearch
          query={search.query}
          hits={search.hits}
          active={search.active}
          status={search.status}
          error={search.error}
          inputRef={inputRef}
          onQuery={search.setQuery}
          onMove={search.move}
          onActive={search.setActive}
          onOpen={(hit) => navigate({ view: 'token', id: hit.entry.reportId })}
        />
      );
      break;
    case 'token':
      view =
        !entry || entry.status === 'loading' ? (
          <Status>Loading the report…</Status>
        ) : entry.status === 'error' ? (
          <Failure what="The report" error={entry.error} retry={() => void stores.reports.getState().load(route.id, { force: true })} />
        ) : 'kind' in entry.value && entry.value.kind === 'lst' ? (
          <LstPage report={entry.value} copy={copy} headingRef={headingRef} />
        ) : (
          <TokenPage report={entry.value} sources={reports.sources?.status === 'ready' ? reports.sources.value : null} copy={copy} headingRef={headingRef} />
        );
      break;
    case 'compare':
      view =
        compare.status === 'error' ? (
          <Failure what="The comparison" error={compare.error ?? ''} retry={() => void compare.load()} />
        ) : compare.status !== 'ready' ? (
          <Status>Loading every LRT…</Status>
        ) : (
          <CompareTable rows={compare.sorted} sort={compare.sort} onSort={compare.sortBy} accepts={compare.accepts} assets={compare.assets} onFilter={compare.filter} headingRef={headingRef} />
        );
      break;
    case 'choose':
      view = stores.choose ? <ChooseRoute store={stores.choose} headingRef={headingRef} /> : <Status>Not available.</Status>;
      break;
    case 'tab':
      view =
        tab.status === 'error' ? (
          <Failure what="This tab’s request" error={tab.error ?? ''} retry={() => void tab.load()} />
        ) : tab.status !== 'ready' ? (
          <Status>Loading this tab…</Status>
        ) : (
          <>
            <ThisTab state={tab.state} bypassed={tab.bypassed} onOpenReport={(id) => navigate({ view: 'token', id })} headingRef={headingRef} />
            {stores.restaking && <RestakingPart store={stores.restaking} />}
          </>
        );
      break;
  }

  return (
    <div
      className={`mx-auto flex max-w-3xl flex-col gap-3 p-3 font-sans text-sm leading-relaxed text-slate-900 dark:text-slate-100 ${route.view === 'compare' ? 'min-w-[47rem]' : ''}`}
      data-view={route.view}
    >
      <PopupNav view={route.view} onOpenOptions={openOptions} />
      <main>{view}</main>
    </div>
  );
}
