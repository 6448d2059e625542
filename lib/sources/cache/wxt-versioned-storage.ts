import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { StorageSlot, VersionedStorage } from './versioned-storage.ts';

/** A value older code wrote under an earlier version; the cache's entry schema rejects it, so it reads as empty. */
const DISCARDED = { discarded: 'older version' } as const;

/**
 * VersionedStorage on WXT's `storage` for the background worker: one `storage.defineItem` per key with its
 * `version`, in `local:` so cached data survives the MV3 worker being stopped. WXT runs a migration for every
 * version step; ours replace the old value with a marker instead of guessing how to convert it (WXT keeps the old
 * value when a migration returns null, so a marker is used rather than null). A refresh then refills it.
 * WXT docs: https://wxt.dev/storage.html#versioning-with-migrations
 */
export function createWxtVersionedStorage(prefix = 'lrt-advisor'): VersionedStorage {
  const items = new Map<string, StorageSlot>();
  return {
    item(key: string, version: number): StorageSlot {
      const id = `${key}@${version}`;
      const existing = items.get(id);
      if (existing) return existing;
      const migrations: Record<number, () => unknown> = {};
      for (let v = 2; v <= version; v++) migrations[v] = () => DISCARDED;
      const item = storage.defineItem<unknown>(`local:${prefix}:${key}` as StorageItemKey, {
        version,
        fallback: null,
        migrations,
      });
      const slot: StorageSlot = {
        get: () => item.getValue(),
        set: (value) => item.setValue(value),
      };
      items.set(id, slot);
      return slot;
    },
  };
}
