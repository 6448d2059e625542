/**
 * Where the extension keeps what it stores: cached source data and settings (durable), what happened on each tab
 * (session). Injected, so the worker runs in Node tests against `tests/support/memory-storage.ts` and in the
 * extension against WXT's `storage` (`wxt-storage.ts`).
 *
 * One versioning mechanism for everything stored, WXT's (`storage.defineItem({ version, migrations })`): an item's
 * version is kept beside its value (WXT's `key$` metadata), never in its key nor inside the value. When the code
 * asks for a higher version than the one stored, each step's migration runs in turn; a step with no migration
 * discards the value, which then reads as absent (a cache refills on its next refresh). What comes back is
 * `unknown` — storage is an external payload and is parsed by the caller.
 * WXT docs: https://wxt.dev/storage.html#versioning-with-migrations
 */
export interface VersionedStorage {
  /** `migrations[n]` turns the value stored at version n - 1 into version n's shape. */
  item(key: string, version: number, migrations?: Migrations): StorageSlot;
}

export type Migrations = Readonly<Record<number, (stored: unknown) => unknown>>;

export interface StorageSlot {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
  /** Removes the value and its version. */
  remove(): Promise<void>;
}

/**
 * What a step without a migration leaves: WXT keeps the old value when a migration returns null, so a marker
 * stands in for "nothing", and `get()` reads it as null.
 */
const DISCARDED = { discarded: 'older version' } as const;

export const isDiscarded = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { discarded?: unknown }).discarded === DISCARDED.discarded;

/**
 * Every step from 2 to `version`: the item's own migration, or one that discards the value. A value once discarded
 * stays discarded, and a migration that throws or returns nothing discards it too (never half-converted data).
 */
export function migrationSteps(version: number, migrations: Migrations = {}): Record<number, (stored: unknown) => unknown> {
  const steps: Record<number, (stored: unknown) => unknown> = {};
  for (let v = 2; v <= version; v++) {
    const migrate = migrations[v];
    steps[v] = (stored) => {
      if (!migrate || isDiscarded(stored)) return DISCARDED;
      try {
        return migrate(stored) ?? DISCARDED;
      } catch {
        return DISCARDED;
      }
    };
  }
  return steps;
}
