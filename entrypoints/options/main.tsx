import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { OptionsForm, type ChainInfo } from '@/components/options-form';
import type { ProfileInfo } from '@/components/options-profiles';
import type { RuleInfo } from '@/components/options-thresholds';
import { CRITERIA, PROFILE_IDS, PROFILES } from '@/lib/choose/profiles';
import { CRITERION_LABELS } from '@/lib/choose/measure-criteria';
import { LIMITS } from '@/lib/ui/profile-draft';
import { rules } from '@/lib/risk/rules';
import { chainRpcDefaults } from '@/lib/sources/onchain/chains';
import type { Ask } from '@/lib/ui/ask-worker';
import { createOptionsStore, type OptionsStore } from '@/lib/ui/options-store';
import '@/assets/extension-page.css';

// Storage is the worker's: the page reads and writes settings only through its messages.
const ask: Ask = (message) => browser.runtime.sendMessage(message);
const store = createOptionsStore(ask);

const chains: ChainInfo[] = Object.values(chainRpcDefaults).map((c) => ({ chainId: c.chainId, name: c.name, rpcUrl: c.rpcUrl }));
const ruleInfo: RuleInfo[] = rules.map((r) => ({ id: r.id, title: r.title, unit: r.unit, description: r.description, direction: r.direction, thresholds: r.thresholds }));

const LIMIT_LABELS = { maxExitDays: 'Longest exit (days)', maxSlashablePct: 'Most of the stake slashable (%)', maxRedistributablePct: 'Most slashable by redistribution (%)', minMonthsLive: 'Fewest months live' } as const;
const profileInfo: ProfileInfo = {
  profiles: PROFILE_IDS.map((id) => PROFILES[id]),
  criteria: CRITERIA.map((id) => ({ id, label: CRITERION_LABELS[id] })),
  limits: LIMITS.map((id) => ({ id, label: LIMIT_LABELS[id] })),
};

function Options({ store }: { store: OptionsStore }) {
  const state = useStore(store);
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 p-6 font-sans text-sm leading-relaxed" data-status={state.status}>
      <h1 className="text-lg font-semibold">LRT Advisor options</h1>
      {state.status === 'loading' && <p role="status">Loading your settings…</p>}
      {state.status === 'error' && (
        <p role="alert" className="font-medium text-red-700 dark:text-red-300">
          Your settings could not be loaded: {state.error}
        </p>
      )}
      {state.status === 'ready' && <OptionsForm state={state} chains={chains} rules={ruleInfo} profiles={profileInfo} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options store={store} />);
void store
  .getState()
  .load()
  .then(() => (document.body.dataset.ready = 'true'));
