import { isDiscarded, migrationSteps, type Migrations, type StorageSlot, type VersionedStorage } from '../../lib/sources/cache/versioned-storage.ts';

/**
 * In-memory VersionedStorage for Node (tests and `npm run bench`), versioned as WXT's `storage.defineItem` is: the
 * version beside the value, the item's migrations run when code asks for a higher one. Values go through a JSON round
 * trip, as they would through `chrome.storage`, so nothing relies on object identity or non-JSON types surviving.
 * lib/sources/cache/wxt-storage.test.ts runs the same cases against both.
 */
export function createMemoryStorage(): VersionedStorage & { dump(): Record<string, unknown> } {
  const store = new Map<string, { version: number; json: string }>();
  return {
    item(key: string, version: number, migrations?: Migrations): StorageSlot {
      const stored = store.get(key);
      // As WXT: a value of a newer version is left as it is (the caller's parse decides), an older one migrated.
      if (stored && stored.version < version) {
        const steps = migrationSteps(version, migrations);
        let value = JSON.parse(stored.json) as unknown;
        for (let v = stored.version + 1; v <= version; v++) value = steps[v]!(value);
        store.set(key, { version, json: JSON.stringify(value) });
      }
      return {
        async get() {
          const current = store.get(key);
          const value = current ? (JSON.parse(current.json) as unknown) : null;
          return isDiscarded(value) ? null : value;
        },
        async set(value: unknown) {
          store.set(key, { version, json: JSON.stringify(value) });
        },
        async remove() {
          store.delete(key);
        },
      };
    },
    dump() {
      return Object.fromEntries([...store].map(([k, v]) => [k, JSON.parse(v.json) as unknown]));
    },
  };
}
