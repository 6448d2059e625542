import { describe, expect, it } from 'vitest';
import { assessHold, holdChainId, type AssessDeps } from './assess-hold';
import { detect } from '../detect/detect';
import { describeIntent } from '../detect/describe-intent';
import { isRegisteredContract } from '../detect/known-addresses';
import { getContract } from '../protocols/registry';
import type { HoldInput } from '../messaging/hold-messages';
import { judgeIntent } from '../worker/judge-intent';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { NO_LIVE_DATA } from '../report/live-data';

const ctx = { snapshot: loadSnapshot(), live: NO_LIVE_DATA, now: new Date('2026-11-25T00:00:00Z'), settings: {} };
const deps: AssessDeps = {
  detect,
  describe: describeIntent,
  isKnownContract: (chainId, a) => isRegisteredContract(chainId ?? 1, a),
  contractName: (chainId, a) => getContract(chainId ?? 1, a)?.contract.name ?? null,
  judge: (intent, request) => judgeIntent(ctx, intent, request),
  freshness: { snapshotAsOf: '2026-11-25', sources: [] },
};
const POOL = '0x308861A430be4cce5502d0A12724771Fc6DaF216';
const hold = (requests: HoldInput['requests'], chainId: string | null = '0x1'): HoldInput => ({
  requests,
  chainId,
  via: 'request',
  wallet: 'window.ethereum',
});

describe('assessHold', () => {
  it('warns with the intent in plain words', () => {
    const a = assessHold(deps, hold([{ method: 'eth_sendTransaction', params: [{ to: POOL, data: '0xd0e30db0', value: '0x14d1120d7b160000' }] }]), 'https://app.example');
    expect(a).toMatchObject({
      kind: 'warn',
      report: { origin: 'https://app.example', chainId: 1, notChecked: null, targets: [] },
    });
    if (a.kind !== 'warn') throw new Error('expected a warning');
    expect(a.report.items.map((i) => i.summary)).toEqual(['You deposit 1.5 ETH into ether.fi (LiquidityPool, primary) and receive eETH']);
    // The item carries the ether.fi report and its verdict; offline, nothing live: never "ok".
    expect(a.report.items[0]!.report?.id).toBe('weeth');
    expect(a.report.items[0]!.verdict.level).not.toBe('ok');
    expect(a.report.level).toBe(a.report.items[0]!.verdict.level);
  });

  it('releases what touches no restaking contract', () => {
    expect(assessHold(deps, hold([{ method: 'eth_sendTransaction', params: [{ to: '0x1111111111111111111111111111111111111111', value: '0x1' }] }]), 'o')).toEqual({
      kind: 'release',
    });
    expect(assessHold(deps, hold([{ method: 'eth_sendTransaction', params: 'garbage' }]), 'o')).toEqual({ kind: 'release' });
  });

  it('shows an unrecognised call to a registered contract as "Not checked", never hides it', () => {
    const a = assessHold(deps, hold([{ method: 'eth_sendTransaction', params: [{ to: POOL.toLowerCase(), data: '0xdeadbeef' }] }]), 'o');
    expect(a).toEqual({
      kind: 'warn',
      report: {
        origin: 'o',
        chainId: 1,
        items: [],
        notChecked: 'LRT Advisor does not recognise this call to a known restaking contract',
        targets: [{ address: POOL, name: 'LiquidityPool' }],
        level: 'unknown',
        freshness: { snapshotAsOf: '2026-11-25', sources: [] },
      },
    });
  });

  it('reads the wallet chain in hex or decimal and ignores nonsense', () => {
    expect(holdChainId(hold([], '0xa4b1'))).toBe(42161);
    expect(holdChainId(hold([], '8453'))).toBe(8453);
    expect(holdChainId(hold([], 'zz'))).toBeNull();
    expect(holdChainId(hold([], null))).toBeNull();
  });
});
