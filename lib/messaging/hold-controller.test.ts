import { describe, expect, it } from 'vitest';
import { createHoldController, MAX_WARNINGS_WAITING, parseHold, touchedAddresses, type HoldControllerDeps } from './hold-controller';
import type { ExtensionToPage } from './page-bridge';
import type { Assessment, WarningReport } from './hold-messages';

const POOL = '0x308861A430be4cce5502d0A12724771Fc6DaF216';
const hold = (requests: unknown[], extra: Record<string, unknown> = {}) => ({
  k: 'hold',
  id: 'h1',
  requests,
  chainId: '0x1',
  via: 'request',
  wallet: 'window.ethereum',
  ...extra,
});
const deposit = { method: 'eth_sendTransaction', params: [{ to: POOL, data: '0xd0e30db0', value: '0x1' }] };
const transfer = { method: 'eth_sendTransaction', params: [{ to: '0x1111111111111111111111111111111111111111', value: '0x1' }] };

function harness(overrides: Partial<HoldControllerDeps> = {}) {
  const posted: ExtensionToPage[] = [];
  const shown: WarningReport[] = [];
  const deps: HoldControllerDeps = {
    origin: 'https://dapp.example',
    assessTimeoutMs: 50,
    post: (m) => posted.push(m),
    isKnownContract: (_chain, address) => address === POOL.toLowerCase(),
    showWarning: async (report) => {
      shown.push(report);
      return 'cancel';
    },
    assess: async () => ({ kind: 'release' }),
    ...overrides,
  };
  return { posted, shown, run: createHoldController(deps) };
}

describe('parseHold', () => {
  it('reads a well-formed hold', () => {
    expect(parseHold(hold([deposit]))).toEqual({ id: 'h1', requests: [deposit], chainId: '0x1', via: 'request', wallet: 'window.ethereum' });
  });
  it.each([
    ['not an object', 'hold'],
    ['null', null],
    ['wrong kind', { ...hold([deposit]), k: 'continue' }],
    ['id not a string', { ...hold([deposit]), id: 1 }],
    ['requests not an array', { ...hold([deposit]), requests: {} }],
    ['a request without a method', hold([{ params: [] }])],
  ])('drops %s', (_, message) => {
    expect(parseHold(message)).toBeNull();
  });
  it('bounds the wallet label and defaults unknown fields', () => {
    const parsed = parseHold(hold([deposit], { via: 'bogus', chainId: 5, wallet: 'x'.repeat(500) }));
    expect(parsed).toMatchObject({ via: 'request', chainId: null });
    expect(parsed!.wallet).toHaveLength(100);
  });
});

describe('touchedAddresses', () => {
  it('reads addresses as wallets do: `0X…` and bare hex targets, eth_signTransaction, every address field of eth_signTypedData (v1)', () => {
    for (const to of [POOL.replace('0x', '0X'), POOL.slice(2)]) {
      expect(touchedAddresses({ method: 'eth_sendTransaction', params: [{ to }] })).toEqual([POOL.toLowerCase()]);
      expect(touchedAddresses({ method: 'eth_signTransaction', params: [{ to }] })).toEqual([POOL.toLowerCase()]);
    }
    const v1 = [{ type: 'address', name: 'to', value: POOL }, { type: 'string', name: 'note', value: POOL }];
    expect(touchedAddresses({ method: 'eth_signTypedData', params: [v1, '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'] })).toEqual([POOL.toLowerCase()]);
    expect(touchedAddresses({ method: 'eth_signTypedData', params: [JSON.stringify(v1), '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'] })).toEqual([POOL.toLowerCase()]);
  });

  it('reads the target, the spender of an approve and typed-data contracts', () => {
    const approve = '0x095ea7b3' + POOL.slice(2).toLowerCase().padStart(64, '0') + 'f'.repeat(64);
    expect(touchedAddresses({ method: 'eth_sendTransaction', params: [{ to: '0xAe7ab96520DE3A18E5e111B5EaAb095312D7fE84', input: approve }] })).toEqual([
      '0xae7ab96520de3a18e5e111b5eaab095312d7fe84',
      POOL.toLowerCase(),
    ]);
    const typed = JSON.stringify({ domain: { verifyingContract: '0xAe7ab96520DE3A18E5e111B5EaAb095312D7fE84' }, message: { spender: POOL } });
    expect(touchedAddresses({ method: 'eth_signTypedData_v4', params: ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', typed] })).toEqual([
      '0xae7ab96520de3a18e5e111b5eaab095312d7fe84',
      POOL.toLowerCase(),
    ]);
    expect(touchedAddresses({ method: 'wallet_sendCalls', params: [{ calls: [{ to: POOL }, { to: 'nope' }] }] })).toEqual([POOL.toLowerCase()]);
  });
  it('reads params the way lenient wallets do: a JSON string, or one bare object', () => {
    const tx = { to: POOL, data: '0xd0e30db0' };
    expect(touchedAddresses({ method: 'eth_sendTransaction', params: JSON.stringify([tx]) })).toEqual([POOL.toLowerCase()]);
    expect(touchedAddresses({ method: 'eth_sendTransaction', params: tx })).toEqual([POOL.toLowerCase()]);
  });
  it('reads the spender from input as well as data (wallets disagree on which wins)', () => {
    const approve = '0x095ea7b3' + POOL.slice(2).toLowerCase().padStart(64, '0') + 'f'.repeat(64);
    const stETH = '0xae7ab96520de3a18e5e111b5eaab095312d7fe84';
    expect(touchedAddresses({ method: 'eth_sendTransaction', params: [{ to: stETH, data: '0x', input: approve }] })).toEqual([stETH, POOL.toLowerCase()]);
  });
  it('ignores garbage', () => {
    expect(touchedAddresses({ method: 'eth_sendTransaction', params: 'x' })).toEqual([]);
    expect(touchedAddresses({ method: 'eth_signTypedData_v4', params: ['{not json'] })).toEqual([]);
    expect(touchedAddresses({ method: 'wallet_sendCalls', params: [{ calls: 'x' }] })).toEqual([]);
  });
});

describe('createHoldController', () => {
  it('acknowledges at once and releases what the worker releases', async () => {
    const h = harness();
    await h.run(hold([transfer]));
    expect(h.posted).toEqual([{ k: 'ack', id: 'h1' }, { k: 'release', id: 'h1' }]);
    expect(h.shown).toEqual([]);
  });

  it('shows the warning and passes on the person’s choice', async () => {
    const report: WarningReport = { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'unknown' as const, freshness: null };
    const h = harness({
      assess: async (): Promise<Assessment> => ({ kind: 'warn', report }),
      showWarning: async () => 'continue',
    });
    await h.run(hold([deposit]));
    expect(h.posted).toEqual([
      { k: 'ack', id: 'h1' },
      { k: 'shown', id: 'h1' },
      { k: 'continue', id: 'h1' },
    ]);
  });

  it('shows "Not checked" with the reason when the worker times out on a known contract', async () => {
    const h = harness({ assess: () => new Promise(() => {}) });
    await h.run(hold([deposit]));
    expect(h.shown).toEqual([
      { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: 'the analysis took longer than 0.05 s', targets: [{ address: POOL.toLowerCase(), name: null }], level: 'unknown', freshness: null },
    ]);
    expect(h.posted.at(-1)).toEqual({ k: 'cancel', id: 'h1' });
  });

  it('shows "Not checked" with the worker’s error on a known contract', async () => {
    const h = harness({ assess: async () => Promise.reject(new Error('the background worker did not answer')) });
    await h.run(hold([deposit]));
    expect(h.shown[0]!.notChecked).toBe('the background worker did not answer');
  });

  it('releases at once when the worker fails on a request that touches no known contract', async () => {
    const h = harness({ assess: async () => Promise.reject(new Error('boom')) });
    await h.run(hold([transfer]));
    expect(h.posted).toEqual([{ k: 'ack', id: 'h1' }, { k: 'release', id: 'h1' }]);
  });

  it(`lets at most ${MAX_WARNINGS_WAITING} warnings wait for the person; a flood past that is rejected as busy, not queued`, async () => {
    const report: WarningReport = { origin: 'x', chainId: 1, items: [], notChecked: null, targets: [], level: 'unknown' as const, freshness: null };
    const decide: ((d: 'continue' | 'cancel') => void)[] = [];
    const h = harness({
      assess: async (): Promise<Assessment> => ({ kind: 'warn', report }),
      showWarning: () => new Promise((resolve) => decide.push(resolve)),
    });
    const runs = Array.from({ length: MAX_WARNINGS_WAITING + 3 }, (_, i) => h.run(hold([deposit], { id: `h${i}` })));
    await new Promise((r) => setTimeout(r, 10));
    expect(decide).toHaveLength(MAX_WARNINGS_WAITING);
    expect(h.posted.filter((m) => m.k === 'cancel')).toEqual([0, 1, 2].map((i) => ({ k: 'cancel', id: `h${MAX_WARNINGS_WAITING + i}`, reason: 'busy' })));
    // Once the person has decided, there is room again.
    for (const d of decide) d('cancel');
    await Promise.all(runs);
    void h.run(hold([deposit], { id: 'later' }));
    await new Promise((r) => setTimeout(r, 10));
    expect(decide).toHaveLength(MAX_WARNINGS_WAITING + 1);
    decide.at(-1)!('cancel');
  });

  it('refuses, with the reason, when the warning cannot be shown: a restaking request never reaches the wallet unseen', async () => {
    const h = harness({
      assess: async () => ({ kind: 'warn', report: { origin: 'x', chainId: 1, items: [], notChecked: null, targets: [], level: 'unknown' as const, freshness: null } }),
      showWarning: async () => Promise.reject(new Error('could not load')),
    });
    await h.run(hold([deposit]));
    expect(h.posted.at(-1)).toEqual({ k: 'cancel', id: 'h1', reason: 'unavailable' });
  });

  it('ignores malformed messages without answering', async () => {
    const h = harness();
    await h.run({ k: 'hold', id: 7 });
    await h.run('continue');
    expect(h.posted).toEqual([]);
  });
});
