/** One LRT's entry in the bundled snapshot (snapshot-schema.ts): yield, audits, withdrawal, operators, incidents. */
import { z } from 'zod';
import { addressSchema, factSchema, httpsUrl, isoDaySchema, partialDateSchema, sourceRefSchema, verificationSchema } from './snapshot-fact.ts';

/** Percent per year. Bounded so a typo (or a bad live value) of 4000 cannot pass as a yield. */
const apySchema = z.number().finite().min(-100).max(1000);

const yieldSchema = z
  .object({
    /** Consensus + execution staking rewards of the underlying ETH. */
    baseStaking: factSchema(apySchema),
    /** AVS / restaking rewards (EIGEN and AVS tokens), whether paid into the rate or in tokens. */
    restakingRewards: factSchema(apySchema),
    /** MEV / execution-layer rewards, where anyone reports them separately. */
    mev: factSchema(apySchema),
    /** Incentive tokens and points programs; points have no APY and say so. */
    incentives: factSchema(apySchema),
    /** DefiLlama `apyBase`: the annualised exchange-rate change, which mixes all rewards paid into the rate. */
    exchangeRateApy: factSchema(apySchema),
    /** DefiLlama `apyReward`: rewards paid in separate tokens. */
    rewardApy: factSchema(apySchema),
    /** How the yield reaches holders and how the figures above are measured. */
    method: factSchema(z.string().min(1)),
    /** Where the live figures come from: yields.llama.fi `/pools` rows of this project and symbol. */
    defillama: z
      .object({ project: z.string(), symbol: z.string(), protocolId: z.string().nullable(), source: sourceRefSchema })
      .strict()
      .nullable(),
  })
  .strict();

const auditSchema = z
  .object({
    auditor: z.string().min(1).nullable(),
    subject: z.string().min(1),
    date: partialDateSchema.nullable(),
    /**
     * `report`: the report's own date (from its title or a table by the protocol); `filename`: a date in the file
     * name; `added-to-repo`: only when the file was first committed — not the report date.
     */
    dateBasis: z.enum(['report', 'filename', 'added-to-repo', 'unknown']),
    reportUrl: httpsUrl,
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
    note: z.string().min(1).optional(),
  })
  .strict();
type Audit = z.infer<typeof auditSchema>;

const delaySchema = z
  .object({
    minDays: z.number().nonnegative().nullable(),
    maxDays: z.number().nonnegative().nullable(),
    text: z.string().min(1),
  })
  .strict();

const instantRedeemSchema = z
  .object({
    name: z.string().min(1),
    contract: addressSchema.nullable(),
    /** Exit fee in basis points, with its provenance; usually configurable on-chain and then read live. */
    feeBps: factSchema(z.number().nonnegative().max(10_000)),
    note: z.string().min(1),
    source: sourceRefSchema,
    verification: verificationSchema,
  })
  .strict();

const withdrawalSchema = z
  .object({
    path: factSchema(z.string().min(1)),
    protocolQueue: factSchema(delaySchema),
    /** Whether the LRT's exit waits on EigenLayer's withdrawal delay (100,800 blocks ≈ 14 days on mainnet). */
    eigenLayerDelay: factSchema(delaySchema),
    instantRedeem: z.array(instantRedeemSchema),
  })
  .strict();

const operatorSetSchema = z
  .object({
    avs: z.string().min(1),
    avsAddress: addressSchema.nullable(),
    operatorSetId: z.number().int().nonnegative().nullable(),
    /** null = not known from any source; read live through AllocationManager.isOperatorSlashable. */
    slashingLive: z.boolean().nullable(),
  })
  .strict();

const operatorSchema = z
  .object({
    name: z.string().min(1),
    address: addressSchema.nullable(),
    exposure: z.array(operatorSetSchema),
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

const stakerSchema = z
  .object({
    label: z.string().min(1),
    address: addressSchema,
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

const operatorsSchema = z
  .object({
    /** Operators and their AVS exposure as far as a source states them; empty with `unknownReason` otherwise. */
    list: z.array(operatorSchema),
    unknownReason: z.string().min(1).nullable(),
    /** The LRT's staker contracts on EigenLayer (what `DelegationManager.delegatedTo` is asked about). */
    stakers: z.array(stakerSchema),
    /** How the on-chain reader finds the stakers when they are not listed here. */
    stakerDiscovery: factSchema(z.string().min(1)),
  })
  .strict()
  .refine((o) => o.list.length > 0 || o.unknownReason !== null, 'an empty operator list needs unknownReason');

const protectionSchema = z
  .object({
    kind: z.enum(['anti-slashing-signer', 'operator-bond', 'bug-bounty', 'timelock', 'multisig', 'insurance', 'other']),
    title: z.string().min(1),
    detail: z.string().min(1),
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

const incidentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: partialDateSchema,
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Did it hit holders' funds or the token's price, or only surrounding infrastructure? */
    impact: z.enum(['funds', 'peg', 'operations', 'none-reported']),
    sources: z.array(sourceRefSchema).min(1),
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();
type Incident = z.infer<typeof incidentSchema>;

const exchangeRateSchema = z
  .object({
    chainId: z.number().int().positive(),
    contract: addressSchema,
    /** Canonical call, e.g. `getRate()` or `convertToAssets(uint256)` with 1e18. */
    call: z.string().min(1),
    meaning: z.string().min(1),
    source: sourceRefSchema,
    asOf: isoDaySchema,
    verification: verificationSchema,
  })
  .strict();

const tokenSchema = z
  .object({
    symbol: z.string().min(1),
    chainId: z.number().int().positive(),
    address: addressSchema.nullable(),
    source: sourceRefSchema,
    verification: verificationSchema,
  })
  .strict();

export const lrtEntrySchema = z
  .object({
    /** Stable id: `weeth`, `ezeth`, … and `eigenlayer-direct` for restaking on EigenLayer without an LRT. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['lrt', 'direct-restaking']),
    /** Registry protocol id (lib/protocols). */
    protocol: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    token: tokenSchema.nullable(),
    /** Related tokens the same facts apply to (eETH for weETH). */
    relatedTokens: z.array(tokenSchema),
    launchDate: factSchema(partialDateSchema),
    exchangeRate: exchangeRateSchema.nullable(),
    tvlUsd: factSchema(z.number().nonnegative()),
    /**
     * Hours an upgrade of the LRT's contracts waits in a timelock, and the timelock where it is read live
     * (`getMinDelay()` / Puffer's `delay()`); 0 when the admin can upgrade at once.
     */
    upgradeDelay: factSchema(z.object({ hours: z.number().nonnegative(), timelock: addressSchema.nullable() }).strict()),
    yield: yieldSchema,
    audits: z.array(auditSchema),
    auditsNote: z.string().min(1).nullable(),
    withdrawal: withdrawalSchema,
    operators: operatorsSchema,
    protection: z.array(protectionSchema),
    incidents: z.array(incidentSchema),
  })
  .strict();
export type LrtEntry = z.infer<typeof lrtEntrySchema>;
