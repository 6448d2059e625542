import { describe, expect, it } from 'vitest';
import { toJsonSafe } from './to-json-safe.ts';

describe('toJsonSafe', () => {
  it('turns every bigint into its decimal string, deep, and survives JSON', () => {
    const fact = {
      status: 'ok' as const,
      value: { ethPerTokenWad: 1_070_000_000_000_000_000n, quotes: [{ amountIn: 10n ** 20n, lossBps: 3.5 }], note: undefined },
      blockNumber: 19_000_000n,
      source: 'rpc:1:WeETH.getRate',
      asOf: 1,
    };
    const safe = toJsonSafe(fact);
    expect(safe).toEqual({
      status: 'ok',
      value: { ethPerTokenWad: '1070000000000000000', quotes: [{ amountIn: '100000000000000000000', lossBps: 3.5 }] },
      blockNumber: '19000000',
      source: 'rpc:1:WeETH.getRate',
      asOf: 1,
    });
    expect(JSON.parse(JSON.stringify(safe))).toEqual(safe);
    expect(toJsonSafe(null)).toBeNull();
  });
});
