import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { isDiscarded, migrationSteps, type Migrations, type StorageSlot, type VersionedStorage } from './versioned-storage.ts';

/**
 * VersionedStorage on WXT's `storage`: one `storage.defineItem` per key, with its `version` and migrations, in the
 * given area. `local` keeps cached data and settings across the MV3 worker being stopped and the browser
 * restarting; `session` keeps what was held on each tab while the browser runs. The browser empties `session` when
 * it closes, but not always on an update (Firefox keeps it: MDN, storage.session, read 2026-12-06), so session
 * items are versioned and migrated like the rest.
 * WXT runs an item's migrations once, when it is defined; each item is defined once per worker.
 */
export function createWxtStorage(area: 'local' | 'session', prefix = 'lrt-advisor'): VersionedStorage {
  const items = new Map<string, StorageSlot>();
  return {
    item(key: string, version: number, migrations?: Migrations): StorageSlot {
      const id = `${key}$${version}`;
      const existing = items.get(id);
      if (existing) return existing;
      const item = storage.defineItem<unknown>(`${area}:${prefix}:${key}` as StorageItemKey, {
        version,
        fallback: null,
        // Past version 1, always given (without them WXT neither migrates nor records the version it writes). At
        // version 1 there is nothing to migrate, and no metadata means version 1 to WXT: no read or write for it,
        // which matters on the warning's path (a warning's report is kept in session storage as it is shown).
        ...(version > 1 ? { migrations: migrationSteps(version, migrations) } : {}),
      });
      const slot: StorageSlot = {
        get: async () => {
          const value = await item.getValue();
          return isDiscarded(value) ? null : value;
        },
        // WXT records the version only on an item's first write; a value written after a removal, or over an old
        // version's metadata with no value, would otherwise be taken for version 1 and migrated again.
        set: async (value) => {
          await item.setValue(value);
          if (version > 1) await item.setMeta({ v: version });
        },
        remove: async () => {
          items.delete(id);
          await item.removeValue({ removeMeta: true });
        },
      };
      items.set(id, slot);
      return slot;
    },
  };
}
