import { describe, expect, it } from 'vitest';
import { NO_LIVE_DATA, type LiveData } from '../report/live-data';
import type { CachedRead } from '../sources/cache/cached-source';
import type { BorrowRates } from '../sources/defillama/fetch-borrow-rates';
import type { LrtPools } from '../sources/defillama/fetch-lrt-pools';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { depegScenario, planLoop } from './plan-loop';

const snapshot = loadSnapshot();
const cached = <T>(data: T, source: string): CachedRead<T> => ({
  data,
  source,
  asOf: '2026-11-25T12:00:00.000Z',
  fetchedAt: '2026-11-25T12:00:00.000Z',
  ageMs: 0,
  stale: false,
  status: { state: 'live', at: '2026-11-25T12:00:00.000Z' },
});
const pools: LrtPools = {
  pools: [
    { lrtId: 'weeth', protocol: 'etherfi', pool: 'p', chain: 'Ethereum', project: 'ether.fi-stake', symbol: 'WEETH', tvlUsd: 5e9, apyBase: 2.95, apyReward: 0.42, apy: 3.37, rewardTokens: [], rewardMeans: 'restaking-rewards' },
  ],
  rejected: 0,
  oversized: 0,
  rows: 1,
  bytes: 1,
};
const rates: BorrowRates = {
  rates: [{ project: 'aave-v3', chainId: 1, symbol: 'WETH', pool: 'a', poolMeta: null, apyBaseBorrow: 2.41, apyRewardBorrow: null, totalSupplyUsd: 1, totalBorrowUsd: 1 }],
  rejected: 0,
  rows: 1,
};
const live: LiveData = { ...NO_LIVE_DATA, pools: cached(pools, 'https://yields.llama.fi/pools') };

describe('planLoop', () => {
  it('nets the LRT’s live yield against DefiLlama’s WETH borrow rate, each with its source', () => {
    const plan = planLoop({ snapshot, live, lrtId: 'weeth', market: 'aave-v3', chainId: 1, leverage: 3, borrowRates: cached(rates, 'https://yields.llama.fi/lendBorrow') });
    // 3 × (2.95 + 0.42) − 2 × 2.41 = 10.11 − 4.82
    expect(plan.result.netApy).toEqual({ known: true, value: 5.29, source: 'https://yields.llama.fi/pools + https://yields.llama.fi/lendBorrow', asOf: '2026-11-25' });
    expect(plan.result.liquidationDrop).toMatchObject({ known: true, value: 29.82 });
    expect(plan.market.label).toBe('Aave v3 Ethereum Core, E-Mode weETH/ETH (category 7)');
  });

  it('prefers an on-chain borrow rate, and names the Morpho rate it cannot match', () => {
    const onchain = { known: true as const, value: 2.2, source: 'rpc', asOf: '2026-11-26' };
    expect(planLoop({ snapshot, live, lrtId: 'weeth', market: 'aave-v3', chainId: 1, leverage: 2, onchainBorrowRate: onchain }).result.netApy).toMatchObject({ value: 4.54 });
    const morpho = planLoop({ snapshot, live, lrtId: 'weeth', market: 'morpho-blue', chainId: 1, leverage: 2, borrowRates: cached(rates, 'x') });
    expect(morpho.result.netApy.known).toBe(false);
    expect(morpho.otherMarkets).toEqual([{ label: 'Morpho Blue weETH/WETH 86 % LLTV', liquidationThreshold: 0.86, marketId: '0x698fe98247a40c5771537b5786b2f3f9d78eb487b4ce4d75533cd0e94d88a115' }]);
  });

  it('Spark: rsETH at its reserve threshold, with DefiLlama’s sparklend WETH rate; weETH in isolation cannot loop', async () => {
    const spark: BorrowRates = { ...rates, rates: [...rates.rates, { project: 'sparklend', chainId: 1, symbol: 'WETH', pool: 's', poolMeta: null, apyBaseBorrow: 2.0, apyRewardBorrow: null, totalSupplyUsd: 1, totalBorrowUsd: 1 }] };
    const plan = planLoop({ snapshot, live, lrtId: 'rseth', market: 'spark', chainId: 1, leverage: 3, borrowRates: cached(spark, 'https://yields.llama.fi/lendBorrow') });
    // 1 − (1 − 1/3) ÷ 0.76 = 12.28 %; at most 1 ÷ (1 − 0.75) = 4x.
    expect(plan.result.liquidationDrop).toMatchObject({ known: true, value: 12.28 });
    expect(plan.result.maxLeverage).toMatchObject({ known: true, value: 4 });
    expect(plan.result.liquidationThreshold.source).toContain('SparkEthereum_20250821.sol');
    expect(plan.market.label).toBe('SparkLend Ethereum, rsETH (LTV 75 %)');
    const { LoopLeverageError } = await import('./loop-position');
    expect(() => planLoop({ snapshot, live, lrtId: 'weeth', market: 'spark', chainId: 1, leverage: 2 })).toThrow(LoopLeverageError);
    expect(planLoop({ snapshot, live, lrtId: 'weeth', market: 'spark', chainId: 1, leverage: 1 }).market.label).toMatch(/isolation mode/);
  });

  it('cites the ezETH depeg of April 2024 from the snapshot', () => {
    expect(depegScenario(snapshot)).toMatchObject({ id: 'renzo-ezeth-depeg-2024-04-24', date: '2024-04-24', fall: 0.8 });
  });
});
