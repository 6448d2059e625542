/**
 * Where cached source data lives. Injected, so the cache runs in Node tests against `createMemoryStorage()` and in
 * the extension against WXT's `storage` (`wxt-versioned-storage.ts`). A key is bound to a version: bumping it
 * makes older values unreadable rather than misread (WXT's `storage.defineItem({ version })` in the extension).
 * What comes back is `unknown` — storage is an external payload and is parsed by the caller.
 */
export interface VersionedStorage {
  item(key: string, version: number): StorageSlot;
}

export interface StorageSlot {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
}
