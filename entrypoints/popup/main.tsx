import { createRoot } from 'react-dom/client';
import type { Ask } from '@/lib/ui/ask-worker';
import { createSearchStore } from '@/lib/ui/search-store';
import { createReportStore } from '@/lib/ui/report-store';
import { createCompareStore } from '@/lib/ui/compare-store';
import { createTabStore } from '@/lib/ui/tab-store';
import { App } from './app';
import './style.css';

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
};
void stores.search.getState().load();

createRoot(document.getElementById('root')!).render(
  <App
    stores={stores}
    copy={(text) => navigator.clipboard.writeText(text)}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
);
