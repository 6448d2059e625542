// @vitest-environment happy-dom
import { createRef } from 'react';
import { act, cleanup, fireEvent, render, screen, within } from '../tests/support/dom';
import { useStore } from 'zustand';
import { afterEach, describe, expect, it } from 'vitest';
import { createChooseStore, type ChooseStore } from '../lib/ui/choose-store';
import { parseRoute, routeHash } from '../lib/ui/parse-route';
import { createTestWorker } from '../tests/support/test-worker';
import { ChooseView } from './choose-view';

afterEach(cleanup);

function Choose({ store }: { store: ChooseStore }) {
  const state = useStore(store);
  return <ChooseView state={state} onPick={(p) => void state.pick(p)} onCalculate={(p) => void state.calculate(p)} headingRef={createRef()} />;
}

describe('ChooseView', () => {
  it('ranks for the profile picked, with reasons, and says a loop’s result in words', async () => {
    const store = createChooseStore(createTestWorker().ask);
    render(<Choose store={store} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Choose an LRT for your own risk');

    fireEvent.click(screen.getByRole('radio', { name: 'Balance' }));
    const ranking = await screen.findByRole('list', { name: /^Ranked for Balance/ });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Balance' }).checked).toBe(true);
    const ranked = within(ranking).getAllByRole('listitem').filter((li) => li.parentElement === ranking);
    expect(ranked.map((li) => li.dataset.testid)).toContain('ranked-stETH');
    expect(ranked.every((li) => within(li).getAllByRole('listitem').length > 0)).toBe(true);
    expect(within(ranking).getAllByText(/Ranked below/).length).toBeGreaterThan(0);

    const loop = screen.getByRole('form', { name: 'Loop calculator' });
    fireEvent.change(within(loop).getByRole('combobox', { name: 'LRT' }), { target: { value: 'weeth' } });
    fireEvent.change(within(loop).getByRole('combobox', { name: 'Market' }), { target: { value: 'aave-v3' } });
    fireEvent.change(within(loop).getByRole('spinbutton', { name: 'Leverage (×)' }), { target: { value: '4' } });
    await act(async () => void fireEvent.click(within(loop).getByRole('button', { name: 'Calculate' })));
    // Offline there is no yield or borrow rate, so the net APY says why it is not known; the liquidation drop is known.
    const netApy = await within(loop).findByText('Net APY');
    expect(netApy.nextElementSibling?.textContent).toMatch(/^not known: it needs the LRT’s yield/);
    expect(within(loop).getByText('Liquidated by a fall of').nextElementSibling?.textContent).toBe('21.05 %');
  });

  it('has its own route', () => {
    expect(parseRoute('#/choose')).toEqual({ view: 'choose' });
    expect(routeHash({ view: 'choose' })).toBe('#/choose');
  });
});
