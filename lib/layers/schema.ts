import { z } from 'zod';
import { addressSchema, factSchema, isoDaySchema, sourceRefSchema, verificationSchema } from '../snapshot/snapshot-fact';

/**
 * Each restaking layer's slashing model as data: the layer's general rules, the services it secures, and one
 * exposure entry per registered contract a person calls (vault, LRT, wrapper, gateway). Every fact is the bundled
 * snapshot's `Fact`: `{value, source, asOf, verification}`, or `value: null` with the `reason` it is not known —
 * never a guess. `asOf` is the date the source describes (a commit's date), not the date it was read.
 */

export const layerIdSchema = z.enum(['eigenlayer', 'symbiotic', 'karak', 'kernel']);

/**
 * `instant`: a slash executes when requested (Symbiotic `Slasher`, EigenLayer `slashOperator`); `veto`: a request
 * waits out a window in which a resolver or committee can cancel it (Symbiotic `VetoSlasher`, Karak v2);
 * `none`: nothing in the contracts can slash the deposit.
 */
export const slasherKindSchema = z.enum(['instant', 'veto', 'none']);

export const durationSchema = z.object({ seconds: z.number().int().nonnegative(), days: z.number().nonnegative() }).strict();

/** An exit delay: bounds in days where known, and the mechanism in words. */
export const delaySchema = z
  .object({ minDays: z.number().nonnegative().nullable(), maxDays: z.number().nonnegative().nullable(), text: z.string().min(1) })
  .strict();

export const tokenRefSchema = z.object({ symbol: z.string().min(1), address: addressSchema.nullable() }).strict();

export const chainAddressSchema = z.object({ chainId: z.number().int().positive(), address: addressSchema }).strict();

/** The slashing model of one vault (or of a layer contract with one model for everything in it). */
export const slashingModelSchema = z
  .object({
    slasher: factSchema(slasherKindSchema),
    /** Who can veto a slash: an address, a role, or `none`. */
    resolver: factSchema(z.string().min(1)),
    epochDuration: factSchema(durationSchema),
    vetoDuration: factSchema(durationSchema),
    /** The networks / DSSs / AVSs the stake secures, by name where known. */
    secures: factSchema(z.array(z.string().min(1))),
    /** Where slashed funds go. */
    slashedFunds: factSchema(z.string().min(1)),
  })
  .strict();

export const exposureKindSchema = z.enum(['vault', 'lrt', 'wrapper', 'withdrawal-queue', 'migrator', 'supervisor', 'core', 'gateway']);

/**
 * One registered contract a person calls. Either it carries its own `model`, or `via` names the entry whose model
 * applies (a Mellow LRT → its Symbiotic vault; a deposit wrapper → its LRT). A `via` fact whose value is null says
 * why the model is not known (the target vault is a call argument, or no source names it).
 */
export const exposureSchema = z
  .object({
    /** Registry protocol id (lib/protocols). */
    protocol: z.string().regex(/^[a-z0-9-]+$/),
    chainId: z.number().int().positive(),
    address: addressSchema,
    name: z.string().min(1),
    kind: exposureKindSchema,
    via: factSchema(chainAddressSchema).nullable(),
    collateral: factSchema(tokenRefSchema),
    exitDelay: factSchema(delaySchema),
    model: slashingModelSchema.nullable(),
  })
  .strict()
  .refine((e) => e.model !== null || e.via !== null, 'an exposure without a model must say via which entry (or why not)');

export const serviceSchema = z
  .object({
    name: z.string().min(1),
    address: addressSchema.nullable(),
    chainId: z.number().int().positive().nullable(),
    slashingTerms: factSchema(z.string().min(1)),
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

/** A contract to read the layer's live state from (a vault factory, a core contract). */
export const registryContractSchema = z
  .object({
    name: z.string().min(1),
    chainId: z.number().int().positive(),
    address: addressSchema,
    purpose: z.string().min(1),
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

export const layerSchema = z
  .object({
    id: layerIdSchema,
    name: z.string().min(1),
    /** Registry protocol ids whose deposits this model covers. */
    protocols: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** The general slashing model in words. */
    model: factSchema(z.string().min(1)),
    /** The layer's slasher kind where one applies to all of it; per vault otherwise (null with the reason). */
    slasher: factSchema(slasherKindSchema),
    vetoWindow: factSchema(durationSchema),
    maxSlash: factSchema(z.string().min(1)),
    slashedFunds: factSchema(z.string().min(1)),
    exitDelay: factSchema(delaySchema),
    services: z.array(serviceSchema),
    servicesUnknownReason: z.string().min(1).nullable(),
    registries: z.array(registryContractSchema),
    exposures: z.array(exposureSchema),
  })
  .strict()
  .refine((l) => l.services.length > 0 || l.servicesUnknownReason !== null, 'an empty service list needs servicesUnknownReason');

export type LayerId = z.infer<typeof layerIdSchema>;
type SlasherKind = z.infer<typeof slasherKindSchema>;
export type Duration = z.infer<typeof durationSchema>;
type Delay = z.infer<typeof delaySchema>;
export type SlashingModel = z.infer<typeof slashingModelSchema>;
export type Exposure = z.infer<typeof exposureSchema>;
type ExposureKind = z.infer<typeof exposureKindSchema>;
type Service = z.infer<typeof serviceSchema>;
type RegistryContract = z.infer<typeof registryContractSchema>;
export type LayerModel = z.infer<typeof layerSchema>;
