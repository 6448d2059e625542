/**
 * The person's settings as the worker holds them: read once from storage (parsed, never cast), then kept in memory,
 * since only this worker writes them (set-settings). Every other part of the worker reads them from here.
 */
import { replyOk, type ReplyOf } from '../messaging/worker-protocol';
import { parseSettings, settingsSchema, type Settings } from '../settings/settings';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../settings/settings-migrations';
import type { VersionedStorage } from '../sources/cache/versioned-storage';

export interface WorkerSettings {
  get(): Promise<Settings>;
  /** What was last read or written, without waiting on storage; null before the first read. */
  current(): Settings | null;
  set(raw: unknown): Promise<ReplyOf<'set-settings'>>;
}

/** `onChange` runs after each write (the worker drops what it read under the old settings). */
export function createWorkerSettings(storage: VersionedStorage, onChange: () => void): WorkerSettings {
  const slot = storage.item('settings', SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  let cache: Settings | null = null;
  const get = async (): Promise<Settings> => (cache ??= parseSettings(await slot.get().catch(() => null)));
  return {
    get,
    current: () => cache,
    async set(raw) {
      // The options form sends what it edits; the profiles and "your restaking" it does not show are kept.
      const kept = await get();
      const withKept = raw && typeof raw === 'object' && !Array.isArray(raw) ? { profiles: kept.profiles, exposure: kept.exposure, ...raw } : raw;
      const parsed = settingsSchema.safeParse(withKept);
      if (!parsed.success) return { ok: false as const, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ') };
      await slot.set(parsed.data);
      cache = parsed.data;
      onChange();
      return replyOk('set-settings', parsed.data);
    },
  };
}
