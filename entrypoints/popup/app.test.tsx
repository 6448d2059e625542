// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@/tests/support/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompareStore } from '@/lib/ui/compare-store';
import { createReportStore } from '@/lib/ui/report-store';
import { createSearchStore } from '@/lib/ui/search-store';
import { createTabStore } from '@/lib/ui/tab-store';
import { createTestWorker } from '@/tests/support/test-worker';
import { App } from './app';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** The popup over the real worker (in memory), opened at `hash`. */
function showPopup(hash: string) {
  location.hash = hash;
  const { ask } = createTestWorker();
  const stores = { search: createSearchStore(ask), reports: createReportStore(ask), compare: createCompareStore(ask), tab: createTabStore(ask, async () => null) };
  render(<App stores={stores} copy={async () => {}} openOptions={() => {}} />);
}
/** The compare table's LRTs, top to bottom. */
const order = () => [...screen.getByTestId('compare-table').querySelectorAll('tbody th a')].map((a) => a.textContent);
const header = (name: string) => screen.getByRole('button', { name }).closest('th')!;

describe('popup: Compare', () => {
  it('loads every LRT, sorts by the header pressed (again: the other way), filters by what they accept, and opens a row’s report', async () => {
    showPopup('#/compare');
    expect(await screen.findByRole('heading', { name: 'Compare LRTs', level: 1 })).toBeTruthy();
    const all = order();
    expect(all.length).toBeGreaterThan(5);

    fireEvent.click(screen.getByRole('button', { name: 'LRT' }));
    expect(header('LRT').getAttribute('aria-sort')).toBe('ascending');
    const az = order();
    expect(az).toEqual([...all].sort((a, b) => a!.localeCompare(b!)));
    fireEvent.click(screen.getByRole('button', { name: 'LRT' }));
    expect(header('LRT').getAttribute('aria-sort')).toBe('descending');
    expect(order()).toEqual([...az].reverse());
    expect(screen.getByRole('table', { name: 'LRTs side by side, sorted by LRT descending' })).toBeTruthy();

    const filter = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Accepts' });
    fireEvent.change(filter, { target: { value: 'stETH' } });
    const accepting = order();
    expect(accepting.length).toBeGreaterThan(0);
    expect(accepting.length).toBeLessThan(all.length);
    for (const row of screen.getAllByTestId('compare-row')) expect(row.dataset.accepts?.split(' ')).toContain('stETH');

    // A row's link opens that LRT's full report.
    const first = within(screen.getByRole('table')).getAllByRole('link')[0]!;
    const id = decodeURIComponent(first.getAttribute('href')!.replace('#/token/', ''));
    fireEvent.click(first);
    const page = await screen.findByTestId('token-page');
    expect(page.dataset.report).toBe(id);
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toContain(first.textContent);
  });
});
