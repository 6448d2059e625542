import './style.css';
import { createRoot } from 'react-dom/client';
import type { Ask } from '@/lib/ui/ask-worker';
import { createSearchStore } from '@/lib/ui/search-store';
import { createReportStore } from '@/lib/ui/report-store';
import { createCompareStore } from '@/lib/ui/compare-store';
import { createTabStore } from '@/lib/ui/tab-store';
import { createChooseStore } from '@/lib/ui/choose-store';
import { createRestakingStore } from '@/lib/ui/restaking-store';
import { App } from './app';

// Only the worker knows the facts; every answer is parsed in lib/ui before it is shown.
const ask: Ask = (message) => browser.runtime.sendMessage(message);

/** The tab the popup was opened over; none when the popup itself is the tab (the warning's full report). */
async function activeTabId(): Promise<number | null> {
  const [[active], own] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), browser.tabs.getCurrent().catch(() => undefined)]);
  return active?.id !== undefined && active.id !== own?.id ? active.id : null;
}

const stores = {
  search: createSearchStore(ask),
  reports: createReportStore(ask),
  compare: createCompareStore(ask),
  tab: createTabStore(ask, activeTabId),
  choose: createChooseStore(ask),
  restaking: createRestakingStore(ask, activeTabId),
};
// Keys typed into the first frame (index.html) before the scripts ran are not lost.
const typed = (document.getElementById('token-search') as HTMLInputElement | null)?.value ?? '';
if (typed && (location.hash === '' || location.hash === '#' || location.hash === '#/')) stores.search.getState().setQuery(typed);
void stores.search.getState().load();

createRoot(document.getElementById('root')!).render(
  <App
    stores={stores}
    copy={(text) => navigator.clipboard.writeText(text)}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
);
