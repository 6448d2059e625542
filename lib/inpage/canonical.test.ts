import { describe, expect, it } from 'vitest';
import { canonical } from './canonical';

describe('canonical', () => {
  it('is the same for the same content whatever the key order, and differs for any other content', () => {
    const a = canonical([{ to: '0xab', value: '0x1', data: '0x' }]);
    expect(canonical([{ data: '0x', value: '0x1', to: '0xab' }])).toBe(a);
    for (const other of [[{ to: '0xab', value: '0x2', data: '0x' }], [{ to: '0xab', value: '0x1' }], { 0: { to: '0xab', value: '0x1', data: '0x' } }, [{ to: '0xab', value: 1, data: '0x' }]])
      expect(canonical(other)).not.toBe(a);
  });

  it('gives strings their length, so no two contents share a form', () => {
    expect(canonical({ a: 'x,s1:b=s1:y' })).not.toBe(canonical({ a: 'x', b: 'y' }));
    expect(canonical(['1', 1, true, null, undefined, 1n])).toBe('[s1:0=s1:1,s1:1=n1,s1:2=btrue,s1:3=z,s1:4=u,s1:5=i1,s6:length=n6,]');
  });

  it('calls no page code: toJSON, getters and a replaced sort are not used', () => {
    const sort = Array.prototype.sort;
    Array.prototype.sort = function () {
      return this;
    };
    try {
      expect(canonical({ b: 1, a: 2, toJSON: undefined })).toBe(canonical({ a: 2, b: 1, toJSON: undefined }));
    } finally {
      Array.prototype.sort = sort;
    }
    let reads = 0;
    const getter = Object.defineProperty({}, 'to', { enumerable: true, get: () => String(++reads) });
    expect(canonical(getter)).toBeNull();
    expect(reads).toBe(0);
  });

  it('has no form for cycles, functions, or values past its budget', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(canonical(cycle)).toBeNull();
    expect(canonical({ f: () => 1 })).toBeNull();
    let deep: unknown = 0;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(canonical(deep)).toBeNull();
  });
});
