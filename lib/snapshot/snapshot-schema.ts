import { z } from 'zod';

/**
 * The bundled snapshot: what the extension knows about each LRT with no network at all. Every fact carries where it
 * comes from (`source`: a URL, or `owner/repo@commit:path` for a file in a repository) and the date it describes
 * (`asOf`). A fact nobody could source is `value: null` with a `reason` — never a guess.
 *
 * Verification labels follow /work/shared/reference/lrt-contracts.md: `primary` = the protocol's own repository or
 * documentation; `secondary` = third parties (news, integrators, other protocols' governance); `unverified` = one
 * weak source.
 */
import { isoDaySchema, factSchema, partialDateSchema } from './snapshot-fact.ts';
import { lrtEntrySchema } from './lrt-entry-schema.ts';

const eigenLayerSchema = z
  .object({
    withdrawalDelay: factSchema(z.object({ blocks: z.number().int().positive(), days: z.number().positive() }).strict()),
    deallocationDelay: factSchema(z.object({ blocks: z.number().int().positive(), days: z.number().positive() }).strict()),
    allocationConfigurationDelay: factSchema(
      z.object({ blocks: z.number().int().positive(), days: z.number().positive() }).strict(),
    ),
    slashingLiveSince: factSchema(partialDateSchema),
    mainnetRelease: factSchema(z.string().min(1)),
    slashedFunds: factSchema(z.string().min(1)),
  })
  .strict();

export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** The date this snapshot was compiled; the UI shows it ("snapshot 2026-11-25"). */
    asOf: isoDaySchema,
    eigenLayer: eigenLayerSchema,
    lrts: z.array(lrtEntrySchema).min(1),
  })
  .strict();
export type Snapshot = z.infer<typeof snapshotSchema>;
