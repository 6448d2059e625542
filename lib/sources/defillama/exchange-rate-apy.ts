import type { LrtPool } from './fetch-lrt-pools.ts';

/**
 * The yield paid through the exchange rate, from a /pools row. Most adaptors set `apyBase`; some (YieldNest's) set
 * only `apy`, which DefiLlama keeps as the total (src/handlers/triggerAdaptor.js sums apyBase + apyReward only when
 * `apy` is missing), so the rate part is what the total leaves after reward tokens.
 */
export function exchangeRateApy(pool: Pick<LrtPool, 'apyBase' | 'apyReward' | 'apy'>): { apy: number; from: 'apyBase' | 'apy' } | null {
  if (pool.apyBase !== null) return { apy: pool.apyBase, from: 'apyBase' };
  if (pool.apy === null) return null;
  return { apy: Math.max(0, pool.apy - (pool.apyReward ?? 0)), from: 'apy' };
}
