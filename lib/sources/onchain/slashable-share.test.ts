import type { Address } from 'viem';
import { describe, expect, it } from 'vitest';
import { computeLrtExposure } from './slashable-share.ts';
import { operatorSetKey, type ExposureInput, type OperatorSetMeta, type StrategyValuation } from './slashable-types.ts';
import { concentration, mulWad, ratioWad, slashableProportionWad, WAD } from './wad.ts';

const e18 = WAD;
const BEACON = '0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0' as Address;
const STETH = '0x93c4b944D05dfe6df7645A86cd2206016c51564D' as Address;
const EIGEN = '0xaCB55C530Acdb2849e6d4f36992Cd8c9D50ED8F7' as Address;
const OP_A = '0x00000000000000000000000000000000000000a1' as Address;
const OP_B = '0x00000000000000000000000000000000000000b1' as Address;
const AVS_1 = '0x0000000000000000000000000000000000000A51' as Address;
const AVS_2 = '0x0000000000000000000000000000000000000A52' as Address;
const STAKER_1 = '0x0000000000000000000000000000000000005701' as Address;
const STAKER_2 = '0x0000000000000000000000000000000000005702' as Address;
const STAKER_3 = '0x0000000000000000000000000000000000005703' as Address;

describe('slashableProportionWad', () => {
  it.each([
    // [current, max, expected, why]
    [0n, e18, 0n, 'nothing allocated'],
    [e18, e18, e18, 'everything allocated'],
    [e18 / 4n, e18, e18 / 4n, 'a quarter, never slashed'],
    [e18 / 4n, (e18 * 9n) / 10n, 277777777777777777n, 'after a 10% slash the same magnitude is a larger share of what is left'],
    [1n, 3n, 333333333333333333n, 'floors like divWad'],
    [5n, 0n, 0n, 'fully slashed operator: nothing left'],
    [2n * e18, e18, e18, 'a bad read never yields more than 100%'],
  ])('current %s / max %s = %s (%s)', (current, max, expected) => {
    expect(slashableProportionWad(current, max)).toBe(expected);
  });
});

describe('mulWad / ratioWad', () => {
  it.each([
    [10n * e18, e18 / 2n, 5n * e18],
    [3n, e18 / 2n, 1n], // floor
    [0n, e18, 0n],
  ])('mulWad(%s, %s) = %s', (a, b, out) => expect(mulWad(a, b)).toBe(out));

  it.each([
    [1n, 4n, e18 / 4n],
    [5n, 0n, 0n],
  ])('ratioWad(%s, %s) = %s', (a, b, out) => expect(ratioWad(a, b)).toBe(out));
});

describe('concentration', () => {
  it.each([
    [[], 0n, 0],
    [[100n], e18, 10_000],
    [[50n, 50n], e18 / 2n, 5_000],
    [[70n, 20n, 10n], (e18 * 7n) / 10n, 5_400], // 0.49 + 0.04 + 0.01
  ])('weights [%s] → top %s, hhi %s bps', (weights, top, hhi) => {
    expect(concentration(weights)).toEqual({ topShareWad: top, hhiBps: hhi });
  });
});

const ethLike: StrategyValuation = { underlyingPerShareWad: e18, ethDenominated: true };

function meta(destination: OperatorSetMeta['destination']): OperatorSetMeta {
  return { destination, slasher: AVS_1 };
}

describe('computeLrtExposure', () => {
  // Three stakers: two delegated to A (beacon ETH + stETH), one to B; B was slashed once (max magnitude 0.8).
  const base: ExposureInput = {
    positions: [
      { staker: STAKER_1, operator: OP_A, shares: [{ strategy: BEACON, withdrawableShares: 100n * e18 }] },
      {
        staker: STAKER_2,
        operator: OP_A,
        shares: [
          { strategy: STETH, withdrawableShares: 50n * e18 },
          { strategy: EIGEN, withdrawableShares: 1_000n * e18 },
        ],
      },
      { staker: STAKER_3, operator: OP_B, shares: [{ strategy: BEACON, withdrawableShares: 50n * e18 }] },
    ],
    operators: [
      {
        operator: OP_A,
        maxMagnitudes: new Map([
          [BEACON, e18],
          [STETH, e18],
          [EIGEN, e18],
        ]),
        sets: [
          {
            operatorSet: { avs: AVS_1, id: 0 },
            operatorSlashable: true,
            strategiesInSet: [BEACON, STETH, EIGEN],
            allocations: new Map([
              [BEACON, { currentMagnitude: e18 / 2n, pendingDiff: 0n, effectBlock: 0 }],
              [STETH, { currentMagnitude: e18 / 10n, pendingDiff: e18 / 10n, effectBlock: 1_200 }],
              [EIGEN, { currentMagnitude: e18, pendingDiff: 0n, effectBlock: 0 }],
            ]),
          },
          {
            operatorSet: { avs: AVS_2, id: 7 },
            operatorSlashable: false, // deregistered, past its slashable window
            strategiesInSet: [BEACON],
            allocations: new Map([[BEACON, { currentMagnitude: e18 / 4n, pendingDiff: -(e18 / 4n), effectBlock: 1_100 }]]),
          },
        ],
      },
      {
        operator: OP_B,
        maxMagnitudes: new Map([[BEACON, (e18 * 8n) / 10n]]),
        sets: [
          {
            operatorSet: { avs: AVS_1, id: 0 },
            operatorSlashable: true,
            strategiesInSet: [BEACON, STETH, EIGEN],
            allocations: new Map([[BEACON, { currentMagnitude: (e18 * 2n) / 10n, pendingDiff: 0n, effectBlock: 0 }]]),
          },
        ],
      },
    ],
    setMeta: new Map([
      [operatorSetKey({ avs: AVS_1, id: 0 }), meta({ kind: 'redistribute', recipient: AVS_1 })],
      [operatorSetKey({ avs: AVS_2, id: 7 }), meta({ kind: 'burn' })],
    ]),
    valuations: new Map([
      [BEACON, ethLike],
      [STETH, { underlyingPerShareWad: (e18 * 11n) / 10n, ethDenominated: true }],
      [EIGEN, { underlyingPerShareWad: e18, ethDenominated: false }],
    ]),
  };

  it('weights each operator set by the LRT shares delegated to each operator, per strategy', () => {
    const x = computeLrtExposure(base);
    // Total ETH value: 100 (beacon) + 50 × 1.1 (stETH) + 50 (beacon) = 205; EIGEN is not ETH.
    expect(x.totalRestakedWei).toBe(205n * e18);
    expect(x.undelegatedWei).toBe(0n);

    const set1 = x.operatorSets.find((s) => s.operatorSet.avs === AVS_1)!;
    // A: 100 × 0.5 = 50 beacon; 50 stETH shares × 0.1 = 5 shares = 5.5 ETH. B: 50 × (0.2 / 0.8) = 12.5.
    expect(set1.slashableWei).toBe(50n * e18 + (55n * e18) / 10n + (125n * e18) / 10n);
    expect(set1.slashableShareWad).toBe(ratioWad(68n * e18, 205n * e18));
    expect(set1.live).toBe(true);
    expect(set1.operators.sort()).toEqual([OP_A, OP_B].sort());
    expect(set1.destination).toEqual({ kind: 'redistribute', recipient: AVS_1 });
    // EIGEN is slashable too, but reported in shares only.
    expect(set1.byStrategy.find((b) => b.strategy === EIGEN)).toEqual({
      strategy: EIGEN,
      slashableShares: 1_000n * e18,
      slashableWei: null,
    });
    // stETH allocation grows by 0.1 at block 1200: 5 shares more, 5.5 ETH.
    expect(set1.pendingChangeWei).toBe((55n * e18) / 10n);
    expect(set1.pendingEffectBlock).toBe(1_200);
  });

  it('counts an allocation the operator can no longer be slashed for as allocated, not slashable', () => {
    const x = computeLrtExposure(base);
    const set2 = x.operatorSets.find((s) => s.operatorSet.avs === AVS_2)!;
    expect(set2.live).toBe(false);
    expect(set2.slashableWei).toBe(0n);
    expect(set2.allocatedNotSlashableWei).toBe(25n * e18);
    expect(set2.pendingChangeWei).toBe(-25n * e18);
    expect(set2.destination).toEqual({ kind: 'burn' });
  });

  it('sorts sets by slashable value and sums them into the total slashable share', () => {
    const x = computeLrtExposure(base);
    expect(x.operatorSets.map((s) => s.operatorSet.avs)).toEqual([AVS_1, AVS_2]);
    expect(x.totalSlashableShareWad).toBe(ratioWad(68n * e18, 205n * e18));
  });

  it('reports operator concentration over delegated ETH value', () => {
    const x = computeLrtExposure(base);
    expect(x.operators.map((o) => [o.operator, o.delegatedWei])).toEqual([
      [OP_A, 155n * e18],
      [OP_B, 50n * e18],
    ]);
    expect(x.topOperatorShareWad).toBe(ratioWad(155n * e18, 205n * e18));
    // (155/205)² + (50/205)² ≈ 0.5717 + 0.0595
    expect(x.operatorHhiBps).toBe(6311);
  });

  it('treats undelegated stake as restaked but slashable by no set', () => {
    const x = computeLrtExposure({
      ...base,
      positions: [{ staker: STAKER_1, operator: null, shares: [{ strategy: BEACON, withdrawableShares: 10n * e18 }] }],
    });
    expect(x.totalRestakedWei).toBe(10n * e18);
    expect(x.undelegatedWei).toBe(10n * e18);
    expect(x.operatorSets).toEqual([]);
    expect(x.totalSlashableShareWad).toBe(0n);
  });

  it('ignores an allocation of a strategy the set does not contain', () => {
    const x = computeLrtExposure({
      ...base,
      operators: [
        {
          operator: OP_A,
          maxMagnitudes: new Map([[BEACON, e18]]),
          sets: [
            {
              operatorSet: { avs: AVS_1, id: 0 },
              operatorSlashable: true,
              strategiesInSet: [STETH],
              allocations: new Map([[BEACON, { currentMagnitude: e18, pendingDiff: 0n, effectBlock: 0 }]]),
            },
          ],
        },
      ],
    });
    const set1 = x.operatorSets[0]!;
    expect(set1.live).toBe(false);
    expect(set1.slashableWei).toBe(0n);
    expect(set1.allocatedNotSlashableWei).toBe(100n * e18);
  });

  it('marks the destination unknown when its reads failed', () => {
    const x = computeLrtExposure({ ...base, setMeta: new Map() });
    expect(x.operatorSets.every((s) => s.destination.kind === 'unknown' && s.slasher === null)).toBe(true);
  });
});
