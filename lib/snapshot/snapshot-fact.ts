import { z } from 'zod';

/** The parts every snapshot fact is made of: provenance (source, as-of day, verification) and the fact itself. */

export const verificationSchema = z.enum(['primary', 'secondary', 'unverified']);
export type Verification = z.infer<typeof verificationSchema>;

export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** A date known to the day, the month or the year. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
export const httpsUrl = z.string().regex(/^https:\/\/[^\s<>"]+$/, 'https URL');
/**
 * `npm run snapshot` records the URL it actually read, which is plain http when pointed at a local test server;
 * snapshot.test.ts keeps the bundled file to https and public hosts.
 */
const httpUrl = z.string().regex(/^https?:\/\/[^\s<>"]+$/, 'http(s) URL');
/** `owner/repo@<40-hex commit>` optionally followed by `:path` (the path may contain spaces). */
const repoRef = z.string().regex(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}(:[^\n<>"]+)?$/, 'owner/repo@commit[:path]');
export const sourceRefSchema = z.union([httpUrl, repoRef]);
export const addressSchema = z.string().regex(/^0x[0-9a-fA-F]{40}$/, '0x address');

/** A known value with its provenance, or null with the reason it is not known. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z.union([
    z
      .object({
        value,
        source: sourceRefSchema,
        asOf: isoDaySchema,
        verification: verificationSchema,
        note: z.string().min(1).optional(),
      })
      .strict(),
    z
      .object({
        value: z.null(),
        reason: z.string().min(1),
        asOf: isoDaySchema,
        /** Where it was looked for, or where the live value comes from. */
        source: sourceRefSchema.optional(),
        note: z.string().min(1).optional(),
      })
      .strict(),
  ]);
}
/**
 * A fact as the bundled snapshot and the layer files store it: a value with its source, as-of day and verification,
 * or null with the reason. Not to be confused with `OnchainFact` (one RPC read: ok / failed / not-applicable, with
 * its block) or `RiskFact` (what the risk rules read, converted from either).
 */
export type SnapshotFact<T> =
  | { value: T; source: string; asOf: string; verification: Verification; note?: string }
  | { value: null; reason: string; asOf: string; source?: string; note?: string };
