/**
 * 25,000 random and mutated requests: detection must never throw, never hang, and give the same output twice.
 * Seeded, so a failure reproduces. A hang fails on the test timeout; speed is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { fixtureRequests } from '../../tests/bench/corpus';
import { contractEntries } from './plans';
import { detect } from './detect';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdefABCDEF';
const METHODS = ['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v4', 'eth_signTypedData_v3', 'eth_signTransaction', 'personal_sign', 'eth_call', ''];

function makeFuzzer(seed: number) {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const hex = (chars: number) => {
    let s = '';
    for (let i = 0; i < chars; i++) s += HEX[int(HEX.length)];
    return s;
  };
  const seeds = fixtureRequests();
  const registered = [...contractEntries().values()];
  const selectors = registered.flatMap((e) => [...e.plans.keys()]);

  const garbage = (depth: number): unknown => {
    switch (int(depth > 2 ? 6 : 9)) {
      case 0: return null;
      case 1: return int(2) === 0 ? -1 : Number.MAX_SAFE_INTEGER * 4;
      case 2: return `0x${hex(int(90))}`;
      case 3: return pick(['', '0x', 'NaN', '1e400', '{', '0x' + 'f'.repeat(200)]);
      case 4: return rand() < 0.5;
      case 5: return undefined;
      case 6: return Array.from({ length: int(4) }, () => garbage(depth + 1));
      case 7: return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(['to', 'data', 'value', 'input', 'chainId', 'calls', 'message', 'domain', 'x']), garbage(depth + 1)]));
      default: return { method: pick(METHODS), params: garbage(depth + 1) };
    }
  };

  const mutateData = (data: string): string => {
    switch (int(6)) {
      case 0: return data.slice(0, int(data.length + 1)); // truncated (maybe odd length)
      case 1: return data + hex(64 * (1 + int(4))); // padded
      case 2: return data.slice(0, 10) + 'f'.repeat(Math.max(0, data.length - 10)); // huge words / offsets
      case 3: { const i = 10 + int(Math.max(1, data.length - 10)); return data.slice(0, i) + pick(['0', 'f', 'F', 'z']) + data.slice(i + 1); }
      case 4: return `${pick(selectors)}${data.slice(10)}`; // a registered selector over someone else's arguments
      default: return data.toUpperCase().replace('0X', '0x');
    }
  };

  return (): { chainId: number; request: unknown } => {
    const r = rand();
    if (r < 0.15) return { chainId: int(3) ? 1 : int(100_000), request: garbage(0) };
    if (r < 0.35) {
      const entry = pick(registered);
      const data = `${pick(selectors)}${hex(64 * int(12))}`;
      return { chainId: entry.chainId, request: { method: 'eth_sendTransaction', params: [{ to: entry.info.address, data, value: pick(['0x0', `0x${'f'.repeat(64)}`, '12', undefined]) }] } };
    }
    const seed = pick(seeds);
    const tx = (seed.request as { params: [{ to: string; data: string; value: string }] }).params[0];
    const mutated = { ...tx, data: mutateData(tx.data), value: pick([tx.value, `0x${'f'.repeat(64)}`, '0x', undefined, -1, 1.5]) };
    if (r < 0.5) return { chainId: seed.chainId, request: { method: 'wallet_sendCalls', params: [{ chainId: pick(['0x1', 1, '0x2105', 'x']), calls: [mutated, tx, garbage(1)] }] } };
    return { chainId: seed.chainId, request: { method: 'eth_sendTransaction', params: [mutated] } };
  };
}

describe('detect fuzz', () => {
  it('25,000 random and mutated requests: no throw, no hang, same output twice', () => {
    const next = makeFuzzer(0x1e57);
    let withIntents = 0;
    for (let i = 0; i < 25_000; i++) {
      const { chainId, request } = next();
      let first: unknown;
      let second: unknown;
      try {
        first = detect(chainId, request);
        second = detect(chainId, request);
      } catch (error) {
        throw new Error(`detect threw on case ${i}: ${String(error)} for ${JSON.stringify(request, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
      }
      expect(Array.isArray(first)).toBe(true);
      if ((first as unknown[]).length > 0) {
        withIntents++;
        expect(second).toEqual(first);
      } else {
        expect(second).toEqual([]);
      }
    }
    // The mutations must still reach the decoders, not only the parser's refusals.
    expect(withIntents).toBeGreaterThan(2_500);
  });
});
