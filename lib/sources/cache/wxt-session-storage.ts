import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { StorageSlot, VersionedStorage } from './versioned-storage.ts';

/**
 * VersionedStorage on the browser's `session` area: kept while the browser runs (a stopped worker does
 * not lose it), cleared when it closes. Holds what was assessed on each tab.
 */
export function createSessionStorage(prefix = 'lrt-advisor'): VersionedStorage {
  return {
    item(key: string, version: number): StorageSlot {
      const item = storage.defineItem<unknown>(`session:${prefix}:${key}@${version}` as StorageItemKey, { fallback: null });
      return { get: () => item.getValue(), set: (value) => item.setValue(value) };
    },
  };
}
