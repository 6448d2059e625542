/**
 * The settings' storage versions (lib/sources/cache/versioned-storage.ts): settings are the person's own choices,
 * so every older shape is converted, never dropped. Fields added with a default need no step (the schema fills
 * them in); a step is written when an older value would read wrong.
 */
import type { Migrations } from '../sources/cache/versioned-storage';

export const SETTINGS_VERSION = 2;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const SETTINGS_MIGRATIONS: Migrations = {
  /**
   * Version 1 could predate the first-run question about "your restaking" (`exposure.asked`, default false): someone
   * who had already turned it on or added an account has answered it, and is not asked again.
   */
  2: (stored) => {
    if (!isRecord(stored) || !isRecord(stored.exposure) || 'asked' in stored.exposure) return stored;
    const { enabled, accounts } = stored.exposure;
    const asked = enabled === true || (Array.isArray(accounts) && accounts.length > 0);
    return { ...stored, exposure: { ...stored.exposure, asked } };
  },
};
