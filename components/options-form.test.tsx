// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '../tests/support/dom';
import { useStore } from 'zustand';
import { afterEach, describe, expect, it } from 'vitest';
import { CRITERIA, PROFILE_IDS, PROFILES } from '../lib/choose/profiles';
import { rules } from '../lib/risk/rules';
import type { Settings } from '../lib/settings/settings';
import { createOptionsStore, type OptionsStore } from '../lib/ui/options-store';
import { createTestWorker } from '../tests/support/test-worker';
import { OptionsForm } from './options-form';

afterEach(cleanup);

const chains = [
  { chainId: 1, name: 'Ethereum', rpcUrl: 'https://eth.example.org' },
  { chainId: 42161, name: 'Arbitrum One', rpcUrl: 'https://arb.example.org' },
];
const profiles = { profiles: PROFILE_IDS.map((id) => PROFILES[id]), criteria: CRITERIA.map((id) => ({ id, label: id })), limits: [] };

function Options({ store }: { store: OptionsStore }) {
  const state = useStore(store);
  return <OptionsForm state={state} chains={chains} rules={[...rules]} profiles={profiles} />;
}

/** The options page over the real worker (in memory), its settings loaded. */
async function showOptions() {
  const t = createTestWorker();
  const store = createOptionsStore(t.ask);
  await store.getState().load();
  render(<Options store={store} />);
  const settings = async () => (await t.worker.getSettings()) as Settings;
  return { settings };
}
const save = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
const saveStatus = () => screen.getByTestId('save-status').textContent;

describe('OptionsForm', () => {
  it('refuses an RPC URL with credentials at its field, and saves it once fixed', async () => {
    const { settings } = await showOptions();
    const ethereum = screen.getByRole<HTMLInputElement>('textbox', { name: 'Ethereum (chain 1)' });
    expect(ethereum.placeholder).toBe('https://eth.example.org');
    fireEvent.change(ethereum, { target: { value: 'https://user:pw@rpc.example.org' } });
    await save();
    expect(saveStatus()).toBe('Not saved: 1 field needs a change.');
    expect(ethereum.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(ethereum.getAttribute('aria-describedby')!)?.textContent).toBe('an https URL (or http to localhost), without credentials');
    expect((await settings()).rpcUrls).toEqual({});

    fireEvent.change(ethereum, { target: { value: 'https://rpc.example.org/eth' } });
    expect(ethereum.hasAttribute('aria-invalid')).toBe(false);
    await save();
    expect(saveStatus()).toBe('Saved.');
    expect((await settings()).rpcUrls).toEqual({ '1': 'https://rpc.example.org/eth' });
  });

  it('turns a live source off and mutes a site (not a site is refused; Enter adds one, Remove takes it back), then saves both', async () => {
    const { settings } = await showOptions();
    const onchain = screen.getByRole<HTMLInputElement>('checkbox', { name: /^On-chain reads over RPC/ });
    expect(onchain.checked).toBe(true);
    fireEvent.click(onchain);
    expect(onchain.checked).toBe(false);

    const site = screen.getByRole('textbox', { name: 'Add a site' });
    expect(screen.getByText('No site is muted.')).toBeTruthy();
    fireEvent.change(site, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(site.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('No site is muted.')).toBeTruthy();
    for (const typed of ['app.example.org', 'other.example.org']) {
      fireEvent.change(site, { target: { value: typed } });
      fireEvent.keyDown(site, { key: 'Enter' });
    }
    const muted = screen.getByRole('list', { name: 'Muted sites' });
    expect(within(muted).getAllByRole('listitem').map((li) => li.querySelector('code')?.textContent)).toEqual(['https://app.example.org', 'https://other.example.org']);
    fireEvent.click(within(muted).getByRole('button', { name: 'Remove https://other.example.org' }));
    expect(saveStatus()).toBe('');

    await save();
    expect(saveStatus()).toBe('Saved.');
    expect(await settings()).toMatchObject({ sources: { defillama: true, onchain: false }, mutedSites: ['https://app.example.org'] });
  });
});
