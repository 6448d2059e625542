/**
 * The options page: a draft of the settings as the person types them, validated with the settings
 * schema before it is sent, and errors per field — from that check, or from the worker, which
 * validates again and owns the storage (`set-settings`).
 */
import { createStore } from 'zustand/vanilla';
import { settingsSchema, siteSchema, type Settings } from '../settings/settings';
import type { SourceLine } from '../messaging/hold-messages';
import { askWorker, type Answer, type Ask } from './ask-worker';
import type { WorkerStatus } from '../messaging/worker-protocol';
import { draftFromProfiles, profilesFromDraft, type LimitId, type ProfilesDraft } from './profile-draft';
import type { CriterionId, ProfileId } from '../choose/profiles';

export const LEVELS = ['caution', 'high', 'critical'] as const;
export type ThresholdLevel = (typeof LEVELS)[number];

export interface OptionsDraft {
  /** Chain id → URL as typed; empty: the built-in endpoint. */
  rpcUrls: Record<string, string>;
  eigenExplorerKey: string;
  /** Rule id → level → number as typed; empty: the documented default. */
  thresholds: Record<string, Partial<Record<ThresholdLevel, string>>>;
  mutedSites: string[];
  sources: { defillama: boolean; onchain: boolean };
  tradeHold: Settings['tradeHold'];
  /** Ranking profiles: what differs from the built-in ones (profile-draft.ts). */
  profiles: ProfilesDraft;
}

export interface OptionsState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  draft: OptionsDraft;
  newSite: string;
  /** Field path (as the schema and the worker name it: `rpcUrls.1`, `thresholds.peg.high`, `newSite`) → message. */
  errors: Record<string, string>;
  save: { state: 'idle' | 'saving' | 'saved' | 'invalid' | 'failed'; message: string | null };
  sources: { snapshotAsOf: string; sources: SourceLine[] } | null;
  sourcesError: string | null;
  refreshing: boolean;
  load(): Promise<void>;
  setRpcUrl(chainId: string, url: string): void;
  setEigenExplorerKey(key: string): void;
  setThreshold(rule: string, level: ThresholdLevel, value: string): void;
  resetThresholds(rule: string): void;
  setNewSite(site: string): void;
  addSite(): boolean;
  removeSite(site: string): void;
  setSource(id: 'defillama' | 'onchain', on: boolean): void;
  setTradeHold(value: Settings['tradeHold']): void;
  setProfileValue(profile: ProfileId, part: 'weights', key: CriterionId, value: string): void;
  setProfileValue(profile: ProfileId, part: 'limits', key: LimitId, value: string): void;
  resetProfile(profile: ProfileId): void;
  saveSettings(): Promise<boolean>;
  refresh(): Promise<void>;
}

const emptyDraft = (): OptionsDraft => ({ rpcUrls: {}, eigenExplorerKey: '', thresholds: {}, mutedSites: [], sources: { defillama: true, onchain: true }, tradeHold: 'unless-fair', profiles: {} });

export function draftFromSettings(s: Settings): OptionsDraft {
  return {
    rpcUrls: { ...s.rpcUrls },
    eigenExplorerKey: s.eigenExplorerKey ?? '',
    thresholds: Object.fromEntries(
      Object.entries(s.thresholds).map(([rule, t]) => [rule, Object.fromEntries(LEVELS.filter((l) => t[l] !== undefined).map((l) => [l, String(t[l])]))]),
    ),
    mutedSites: [...s.mutedSites],
    sources: { ...s.sources },
    tradeHold: s.tradeHold,
    profiles: draftFromProfiles(s.profiles),
  };
}

/** The draft as the settings object the worker stores, or the fields that are not numbers. */
export function settingsFromDraft(draft: OptionsDraft): { settings: unknown; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const thresholds: Record<string, Partial<Record<ThresholdLevel, number>>> = {};
  for (const [rule, levels] of Object.entries(draft.thresholds)) {
    for (const level of LEVELS) {
      const raw = levels[level]?.trim();
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isFinite(n)) errors[`thresholds.${rule}.${level}`] = 'a number';
      else (thresholds[rule] ??= {})[level] = n;
    }
  }
  const profiles = profilesFromDraft(draft.profiles);
  Object.assign(errors, profiles.errors);
  return {
    settings: {
      profiles: profiles.profiles,
      rpcUrls: Object.fromEntries(Object.entries(draft.rpcUrls).filter(([, url]) => url.trim() !== '')),
      eigenExplorerKey: draft.eigenExplorerKey.trim() === '' ? null : draft.eigenExplorerKey,
      thresholds,
      mutedSites: draft.mutedSites,
      sources: draft.sources,
      tradeHold: draft.tradeHold,
    },
    errors,
  };
}

/** The worker's `set-settings` error: `path: message; path: message` (create-worker.ts). */
export function fieldErrors(error: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of error.split('; ')) {
    const m = /^([\w.-]+): (.+)$/.exec(part);
    if (m) out[m[1]!] = m[2]!;
    else out.settings = out.settings ? `${out.settings}; ${part}` : part;
  }
  return out;
}

export function createOptionsStore(ask: Ask) {
  return createStore<OptionsState>()((set, get) => {
    const edit = (draft: OptionsDraft, ...cleared: string[]) => {
      const errors = { ...get().errors };
      for (const key of cleared) delete errors[key];
      set({ draft, errors, save: { state: 'idle', message: null } });
    };
    const setStatus = (answer: Answer<WorkerStatus>) =>
      answer.ok ? set({ sources: answer.value, sourcesError: null }) : set({ sourcesError: answer.error });
    return {
      status: 'loading',
      error: null,
      draft: emptyDraft(),
      newSite: '',
      errors: {},
      save: { state: 'idle', message: null },
      sources: null,
      sourcesError: null,
      refreshing: false,
      async load() {
        set({ status: 'loading', error: null });
        const [settings, status] = await Promise.all([
          askWorker(ask, { type: 'get-settings' }),
          askWorker(ask, { type: 'status' }),
        ]);
        setStatus(status);
        if (!settings.ok) return set({ status: 'error', error: settings.error });
        set({ status: 'ready', draft: draftFromSettings(settings.value), errors: {} });
      },
      setRpcUrl(chainId, url) {
        const d = get().draft;
        edit({ ...d, rpcUrls: { ...d.rpcUrls, [chainId]: url } }, `rpcUrls.${chainId}`);
      },
      setEigenExplorerKey(key) {
        edit({ ...get().draft, eigenExplorerKey: key }, 'eigenExplorerKey');
      },
      setThreshold(rule, level, value) {
        const d = get().draft;
        edit({ ...d, thresholds: { ...d.thresholds, [rule]: { ...d.thresholds[rule], [level]: value } } }, `thresholds.${rule}.${level}`, `thresholds.${rule}`);
      },
      resetThresholds(rule) {
        const d = get().draft;
        const thresholds = { ...d.thresholds };
        delete thresholds[rule];
        edit({ ...d, thresholds }, `thresholds.${rule}`, ...LEVELS.map((l) => `thresholds.${rule}.${l}`));
      },
      setNewSite(site) {
        const errors = { ...get().errors };
        delete errors.newSite;
        set({ newSite: site, errors });
      },
      addSite() {
        const parsed = siteSchema.safeParse(get().newSite);
        if (!parsed.success) {
          set({ errors: { ...get().errors, newSite: parsed.error.issues[0]?.message ?? 'a site such as app.example.org' } });
          return false;
        }
        const d = get().draft;
        if (d.mutedSites.includes(parsed.data)) {
          set({ errors: { ...get().errors, newSite: `${parsed.data} is already muted` } });
          return false;
        }
        edit({ ...d, mutedSites: [...d.mutedSites, parsed.data] }, 'newSite', 'mutedSites');
        set({ newSite: '' });
        return true;
      },
      removeSite(site) {
        const d = get().draft;
        edit({ ...d, mutedSites: d.mutedSites.filter((s) => s !== site) }, 'mutedSites');
      },
      setSource(id, on) {
        const d = get().draft;
        edit({ ...d, sources: { ...d.sources, [id]: on } }, `sources.${id}`);
      },
      setTradeHold(value) {
        const d = get().draft;
        edit({ ...d, tradeHold: value }, 'tradeHold');
      },
      setProfileValue(profile: ProfileId, part: 'weights' | 'limits', key: string, value: string) {
        const d = get().draft;
        const own = d.profiles[profile] ?? { weights: {}, limits: {} };
        edit({ ...d, profiles: { ...d.profiles, [profile]: { ...own, [part]: { ...own[part], [key]: value } } } }, `profiles.${profile}.${part}.${key}`);
      },
      resetProfile(profile) {
        const d = get().draft;
        const profiles = { ...d.profiles };
        delete profiles[profile];
        edit({ ...d, profiles }, ...Object.keys(get().errors).filter((k) => k.startsWith(`profiles.${profile}.`)));
      },
      async saveSettings() {
        const { settings, errors } = settingsFromDraft(get().draft);
        const checked = settingsSchema.safeParse(settings);
        const all = { ...errors, ...(checked.success ? {} : Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.') || 'settings', i.message]))) };
        if (Object.keys(all).length > 0) {
          set({ errors: all, save: { state: 'invalid', message: `Not saved: ${Object.keys(all).length} field${Object.keys(all).length > 1 ? 's need' : ' needs'} a change.` } });
          return false;
        }
        set({ save: { state: 'saving', message: null } });
        const answer = await askWorker(ask, { type: 'set-settings', settings: checked.data });
        if (!answer.ok) {
          const worker = fieldErrors(answer.error);
          set({ errors: worker, save: { state: 'failed', message: `Not saved: ${answer.error}` } });
          return false;
        }
        set({ draft: draftFromSettings(answer.value), errors: {}, save: { state: 'saved', message: 'Saved.' } });
        return true;
      },
      async refresh() {
        if (get().refreshing) return;
        set({ refreshing: true });
        setStatus(await askWorker(ask, { type: 'refresh' }));
        set({ refreshing: false });
      },
    };
  });
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
