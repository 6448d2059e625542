/**
 * What a person can change on the options page. Stored in versioned storage (older versions converted by
 * settings-migrations.ts) and parsed on every read: a corrupt or hand-edited value falls back to the defaults,
 * never crashes the worker.
 */
import { z } from 'zod';
import { PROFILE_IDS, profileSchema } from '../choose/profiles';

const thresholdValue = z.number().finite().min(-1e15).max(1e15);
const thresholdsSchema = z
  .object({ caution: thresholdValue.optional(), high: thresholdValue.optional(), critical: thresholdValue.optional() })
  .strict();

/** `https://…`, or `http://` to this machine only (a local node): an RPC URL never goes out unencrypted. */
export const rpcUrlSchema = z
  .string()
  .trim()
  .max(512)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      if (url.username || url.password) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
    } catch {
      return false;
    }
  }, 'an https URL (or http to localhost), without credentials');

/** A site as the person types it: an origin such as https://app.example.org. */
export const siteSchema = z
  .string()
  .trim()
  .max(253)
  .transform((raw, ctx) => {
    try {
      const url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      return url.origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'a site such as app.example.org' });
      return z.NEVER;
    }
  });

export const settingsSchema = z
  .object({
    /** RPC endpoint per chain id (decimal string); absent: the built-in public endpoint. */
    rpcUrls: z.record(z.string().regex(/^\d{1,10}$/), rpcUrlSchema).default({}),
    /** Optional EigenExplorer API key; used only when set, never shipped. */
    eigenExplorerKey: z.string().trim().max(128).regex(/^[\w-]*$/, 'letters, digits, - and _').nullable().default(null),
    /** Risk thresholds that differ from the documented defaults, by rule id. */
    thresholds: z.record(z.string().max(64), thresholdsSchema).default({}),
    /** Sites where the warning never appears. */
    mutedSites: z.array(siteSchema).max(500).default([]),
    sources: z
      .object({ defillama: z.boolean().default(true), onchain: z.boolean().default(true) })
      .strict()
      .default({ defillama: true, onchain: true }),
    /** The person's changes to the built-in ranking profiles (options page), by profile id. */
    profiles: z.partialRecord(z.enum(PROFILE_IDS), profileSchema).default({}),
    /**
     * "Your restaking": off until the person turns it on. Then the worker reads these accounts' balances and Aave
     * positions through the RPC of each chain (the same RPC the extension already reads); nothing else leaves.
     */
    exposure: z
      .object({
        enabled: z.boolean().default(false),
        /** The person answered the first-run choice (turn on, or not now): the popup stops asking. */
        asked: z.boolean().default(false),
        accounts: z.array(z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'a 0x address')).max(10).default([]),
      })
      .strict()
      .default({ enabled: false, asked: false, accounts: [] }),
    /**
     * Trades of an LRT on a market: `unless-fair` lets a sale at a fair price through without holding the wallet
     * (a buy takes on exposure and is held like a deposit); `always` holds every trade.
     */
    tradeHold: z.enum(['unless-fair', 'always']).default('unless-fair'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads stored settings: anything unreadable gives the defaults. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function isMuted(settings: Settings, origin: string): boolean {
  return settings.mutedSites.includes(origin);
}
