import type { StorageSlot, VersionedStorage } from '../../lib/sources/cache/versioned-storage.ts';

/**
 * In-memory VersionedStorage for Node (tests and `npm run bench`). Values go through a JSON round trip, as
 * they would through `chrome.storage`, so nothing relies on object identity or non-JSON types surviving.
 */
export function createMemoryStorage(): VersionedStorage & { dump(): Record<string, unknown> } {
  const store = new Map<string, { version: number; json: string }>();
  return {
    item(key: string, version: number): StorageSlot {
      return {
        async get() {
          const stored = store.get(key);
          if (!stored || stored.version !== version) return null;
          return JSON.parse(stored.json) as unknown;
        },
        async set(value: unknown) {
          store.set(key, { version, json: JSON.stringify(value) });
        },
      };
    },
    dump() {
      return Object.fromEntries([...store].map(([k, v]) => [k, JSON.parse(v.json) as unknown]));
    },
  };
}
