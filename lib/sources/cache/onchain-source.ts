/**
 * The on-chain readers behind the cache: one refresh of every chain (lib/sources/onchain), stored
 * JSON-safe (bigints as decimal strings) and parsed back through a schema when read, like any other
 * external payload. A refresh in which every chain failed counts as a failure and keeps the good data.
 */
import { z } from 'zod';
import type { Address, Chain, Client, Transport } from 'viem';
import { refreshOnchain, type RefreshPlan } from '../onchain/refresh-onchain';
import { toJsonSafe } from '../onchain/to-json-safe';
import type { ProtocolId } from '../onchain/targets';
import { NetworkError } from '../source-error';
import { createCachedSource, type CachedSource } from './cached-source';
import type { VersionedStorage } from './versioned-storage';
import type { OnchainData } from '../../report/live-data';

export const ONCHAIN_TTL_MS = 10 * 60_000;

const wad = z.string().regex(/^-?\d{1,80}$/);
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/);
// A protocol's pause fact names every check it read (Renzo: five), so its source runs long.
const base = { source: z.string().max(1000), asOf: z.number() };
function factOf<T extends z.ZodType>(value: T) {
  return z.union([
    z.object({ status: z.literal('ok'), value, blockNumber: wad.nullable().optional(), note: z.string().optional(), ...base }),
    z.object({ status: z.literal('failed'), error: z.object({ name: z.string(), message: z.string().max(200), details: z.string().optional() }), ...base }),
    z.object({ status: z.literal('not-applicable'), reason: z.string().max(300), ...base }),
  ]);
}

const exposureValue = z
  .object({
    operators: z.array(z.object({ operator: address, delegatedWei: wad, shareWad: wad }).passthrough()),
    topOperatorShareWad: wad,
    stakerListOrigin: z.enum(['onchain', 'snapshot']),
    operatorSets: z.array(
      z
        .object({
          operatorSet: z.object({ avs: address, id: z.number().int().nonnegative() }),
          slashableShareWad: wad,
          live: z.boolean(),
          destination: z.union([
            z.object({ kind: z.literal('burn') }),
            z.object({ kind: z.literal('redistribute'), recipient: address }),
            z.object({ kind: z.literal('unknown') }),
          ]),
        })
        .passthrough(),
    ),
  })
  .passthrough();

const marketValue = z
  .object({
    pool: address,
    // Absent from refreshes stored before a second kind of pool was read: those were all Curve's.
    venue: z.string().max(30).default('Curve'),
    quoteSymbol: z.string().max(20),
    priceWad: wad,
    redemptionWad: wad,
    quotes: z.array(z.object({ amountIn: wad, lossBps: z.number().nullable() }).passthrough()),
  })
  .passthrough();

const pauseValue = z
  .object({
    paused: z.boolean(),
    withdrawalsPaused: z.boolean().nullable().optional(),
    checks: z.array(z.object({ address, paused: z.boolean(), blocks: z.array(z.enum(['deposit', 'withdrawal'])).optional() }).passthrough()),
  })
  .passthrough();
const rateValue = z.object({ ethPerTokenWad: wad, symbol: z.string().max(20) }).passthrough();
const avsName = z.object({ name: z.string().max(200) }).passthrough();
const bps = z.number().int().min(0).max(65_535);
const lendingValue = z.object({
  chainId: z.number().int().positive(),
  pool: address,
  market: z.string().max(60),
  asset: address,
  symbol: z.string().max(20),
  ltvBps: bps,
  liquidationThresholdBps: bps.max(10_000),
  liquidationBonusBps: bps,
  active: z.boolean(),
  frozen: z.boolean(),
  paused: z.boolean(),
  eMode: z.object({ category: z.number().int().min(1).max(255), ltvBps: bps, liquidationThresholdBps: bps.max(10_000) }).nullable(),
  eModeRead: z.boolean(),
  eModeSkipped: z.array(z.object({ category: z.number().int().min(1).max(255), why: z.enum(['ltv-zero', 'weth-not-borrowable']) })).max(255).optional(),
});

const upgradeDelayValue = z.object({ lrtId: z.string().max(40), timelock: address, seconds: wad }).passthrough();
const exitDelayValue = z.object({ lrtId: z.string().max(40), blocks: wad, days: z.number().min(0).max(366) }).passthrough();

/** Seconds as Symbiotic stores them (uint48). */
const seconds = z.number().int().min(0).max(2 ** 48);
const symbioticVault = z
  .object({
    slasher: factOf(z.object({ address: address.nullable(), type: z.number().int().nullable(), kind: z.enum(['none', 'instant', 'veto']).nullable() }).passthrough()),
    vetoDuration: factOf(seconds),
    epochDuration: factOf(seconds),
  })
  .passthrough();

export const onchainDataSchema = z
  .object({
    startedAt: z.number(),
    finishedAt: z.number(),
    rates: z.record(z.string(), factOf(rateValue)),
    paused: z.record(z.string(), factOf(pauseValue)),
    exposure: z.record(z.string(), factOf(exposureValue)),
    market: z.record(z.string(), factOf(marketValue)),
    avsNames: z.record(z.string(), factOf(avsName)),
    /** Absent from what a version before the Aave reads stored. */
    lending: z.record(z.string(), factOf(lendingValue)).optional(),
    /** Absent from what a version before the timelock reads stored. */
    upgradeDelays: z.record(z.string(), factOf(upgradeDelayValue)).optional(),
    exitDelays: z.record(z.string(), factOf(exitDelayValue)).optional(),
    /** Absent from what a version before the Symbiotic reads stored. */
    symbiotic: z.record(z.string(), symbioticVault).optional(),
    roundTrips: z.object({ total: z.number() }).passthrough(),
    statuses: z.record(z.string(), z.object({ state: z.enum(['live', 'partial', 'failed']), at: z.number(), error: z.string().optional() }).passthrough()),
  })
  .passthrough() as unknown as z.ZodType<OnchainData>;

/**
 * The last refresh's plan, read back before it is handed to the next refresh. Bounded like the walk itself: a corrupt
 * or hostile plan is dropped (the refresh then takes its rounds), and a wrong one only costs calls, since every planned
 * answer is checked against the live structure before it is kept.
 */
const planSchema = z.object({
  exposure: z
    .object({
      chainId: z.number().int().positive(),
      stakers: z.record(z.string(), z.array(address).max(500)),
      delegation: z.record(z.string(), address),
      strategies: z.record(z.string(), z.array(address).max(64)),
      sets: z.record(z.string(), z.array(z.object({ avs: address, id: z.number().int().nonnegative().max(2 ** 32) })).max(64)),
    })
    .nullable(),
  pauseFollowUps: z.record(z.string(), z.object({ target: address, callData: z.string().regex(/^0x[0-9a-fA-F]{8,1000}$/) })),
});

export function readPlan(data: unknown): RefreshPlan | null {
  const plan = planSchema.safeParse((data as { plan?: unknown } | null)?.plan);
  if (!plan.success) return null;
  const exposure = plan.data.exposure;
  const calls = exposure ? Object.values(exposure.stakers).reduce((n, l) => n + l.length, 0) + Object.keys(exposure.sets).length : 0;
  return calls <= 2_000 ? (plan.data as RefreshPlan) : null;
}

export interface OnchainSourceDeps {
  clientFor(chainId: number): Client<Transport, Chain>;
  /** Staker contracts per protocol from the bundled snapshot, for protocols that do not list them on-chain. */
  stakerLists: Partial<Record<ProtocolId, readonly Address[]>>;
  now?: () => Date;
  deadlineMs?: number;
  snapshotAsOf?: string;
}

export function createOnchainSource(storage: VersionedStorage, deps: OnchainSourceDeps): CachedSource<OnchainData> {
  const now = deps.now ?? (() => new Date());
  const source: CachedSource<OnchainData> = createCachedSource(
    storage,
    {
      id: 'onchain',
      version: 1,
      ttlMs: ONCHAIN_TTL_MS,
      schema: onchainDataSchema,
      ...(deps.snapshotAsOf ? { snapshotAsOf: deps.snapshotAsOf } : {}),
      fetch: async (signal) => {
        const previous = await source.read().catch(() => null);
        const result = await refreshOnchain({
          plan: readPlan(previous?.data ?? null),
          clientFor: deps.clientFor,
          stakerLists: deps.stakerLists,
          now: () => now().getTime(),
          ...(signal ? { signal } : {}),
          ...(deps.deadlineMs ? { deadlineMs: deps.deadlineMs } : {}),
        });
        const chains = Object.values(result.statuses);
        if (chains.length > 0 && chains.every((c) => c.state === 'failed'))
          return { ok: false, error: new NetworkError({ details: chains[0]?.error ?? 'every chain failed' }) };
        return { ok: true, data: toJsonSafe(result) as OnchainData, source: 'rpc', asOf: new Date(result.finishedAt).toISOString() };
      },
    },
    now,
  );
  return source;
}
