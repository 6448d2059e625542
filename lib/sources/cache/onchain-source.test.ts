import { describe, expect, it } from 'vitest';
import { onchainDataSchema, readPlan } from './onchain-source';

/** What the worker stores after a refresh, as JSON, down to one Aave reserve. */
function stored(lending?: Record<string, unknown>) {
  return {
    startedAt: 1,
    finishedAt: 2,
    rates: {},
    paused: {},
    exposure: {},
    market: {},
    avsNames: {},
    roundTrips: { total: 1 },
    statuses: { 'rpc:1': { state: 'live', at: 2 } },
    ...(lending ? { lending } : {}),
  };
}
const reserve = (value: Record<string, unknown>) => ({
  '1:0x87870bca3f3fd6335c3f4ce8392d69350b4fa4e2:0xcd5fe23c85820f7b72d0926fc9b05b43e359b7ee': {
    status: 'ok',
    source: 'rpc:1:AaveV3Pool.getConfiguration',
    asOf: 2,
    blockNumber: '21000000',
    value: {
      chainId: 1,
      pool: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
      market: 'Core market',
      asset: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee',
      symbol: 'weETH',
      ltvBps: 7250,
      liquidationThresholdBps: 7500,
      liquidationBonusBps: 10700,
      active: true,
      frozen: false,
      paused: false,
      eMode: { category: 1, ltvBps: 9300, liquidationThresholdBps: 9500 },
      eModeRead: true,
      ...value,
    },
  },
});

describe('stored on-chain data', () => {
  it('reads back Aave reserve configurations, and data stored before them', () => {
    expect(onchainDataSchema.safeParse(stored(reserve({}))).success).toBe(true);
    expect(onchainDataSchema.safeParse(stored()).success).toBe(true);
  });

  it.each([
    ['a threshold above 100 %', { liquidationThresholdBps: 20_000 }],
    ['a threshold that is not a number', { liquidationThresholdBps: '7500' }],
    ['a symbol longer than any token’s (markup included)', { symbol: '<img src=x onerror=alert(1)>' }],
    ['an asset that is not an address', { asset: 'javascript:alert(1)' }],
    ['an E-Mode threshold above 100 %', { eMode: { category: 1, ltvBps: 9300, liquidationThresholdBps: 12_000 } }],
  ])('rejects %s', (_what, value) => {
    expect(onchainDataSchema.safeParse(stored(reserve(value))).success).toBe(false);
  });
});

describe('stored Symbiotic vault reads', () => {
  const fact = (value: unknown) => ({ status: 'ok', value, source: 'rpc:1:Vault@0x1.slasher', asOf: 2, blockNumber: '21000000' });
  const vault = (slasher: unknown, veto: unknown = 3 * 86_400) => ({
    ...stored(),
    symbiotic: { '1:0xc10a7f0ac6e3944f4860ee97a937c51572e3a1da': { slasher: fact(slasher), vetoDuration: fact(veto), epochDuration: fact(7 * 86_400) } },
  });

  it('reads back a vault’s slasher, veto and epoch', () => {
    expect(onchainDataSchema.safeParse(vault({ address: '0x0000000000000000000000000000000000005100', type: 1, kind: 'veto' })).success).toBe(true);
    expect(onchainDataSchema.safeParse(vault({ address: null, type: null, kind: 'instant' })).success).toBe(true);
  });

  it.each([
    ['a slasher kind no reader writes', vault({ address: null, type: 9, kind: 'lenient' })],
    ['a veto longer than Symbiotic can store', vault({ address: null, type: 1, kind: 'veto' }, 2 ** 49)],
    ['a slasher read as ok with no value', vault(undefined)],
  ])('rejects %s', (_what, data) => {
    expect(onchainDataSchema.safeParse(data).success).toBe(false);
  });
});

describe('the plan handed to the next refresh', () => {
  const a = (n: number) => `0x${n.toString(16).padStart(40, '0')}`;
  const plan = {
    exposure: { chainId: 1, stakers: { kelp: [a(1), a(2)] }, delegation: { [a(1)]: a(10) }, strategies: { [a(1)]: [a(20)] }, sets: { [a(10)]: [{ avs: a(30), id: 0 }] } },
    pauseFollowUps: { [`1:${a(40)}`]: { target: a(41), callData: '0x12345678' } },
  };

  it('is read back as stored', () => {
    expect(readPlan({ plan })).toEqual(plan);
    expect(readPlan({ plan: { ...plan, exposure: null } })).toEqual({ ...plan, exposure: null });
  });

  it.each([
    ['absent (data from before plans)', {}],
    ['not an address', { plan: { ...plan, exposure: { ...plan.exposure, delegation: { [a(1)]: 'javascript:1' } } } }],
    ['calldata that is not hex', { plan: { ...plan, pauseFollowUps: { k: { target: a(1), callData: '<script>' } } } }],
    ['a staker list over the walk limit', { plan: { ...plan, exposure: { ...plan.exposure, stakers: { kelp: Array.from({ length: 501 }, (_, i) => a(i + 1)) } } } }],
    ['more planned reads than one round should carry', { plan: { ...plan, exposure: { ...plan.exposure, stakers: Object.fromEntries(Array.from({ length: 5 }, (_, p) => [`p${p}`, Array.from({ length: 450 }, (_, i) => a(p * 1000 + i + 1))])) } } }],
  ])('is dropped when %s: the refresh then takes its rounds', (_what, data) => {
    expect(readPlan(data)).toBeNull();
  });
});
