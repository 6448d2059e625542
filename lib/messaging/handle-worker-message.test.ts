import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from './handle-worker-message';

const assessMessage = {
  type: 'assess',
  hold: { requests: [{ method: 'eth_sendTransaction', params: [] }], chainId: '0x1', via: 'request', wallet: 'window.ethereum' },
  page: { origin: 'https://app.example', topLevel: true },
};

describe('createWorkerHandler', () => {
  const injected: unknown[] = [];
  const handle = createWorkerHandler({
    assess: (hold, origin) => {
      if (hold.wallet === 'throws') throw new Error('rpc down');
      return { kind: 'warn', report: { origin, chainId: 1, items: [], notChecked: null, targets: [] } };
    },
    injectWarningUi: async (sender) => {
      if (sender.frameId === 9) throw new Error('no such frame');
      injected.push(sender);
    },
  });

  it('answers an assessment', async () => {
    expect(await handle(assessMessage, { tabId: 1, frameId: 0 })).toEqual({
      ok: true,
      assessment: { kind: 'warn', report: { origin: 'https://app.example', chainId: 1, items: [], notChecked: null, targets: [] } },
    });
  });

  it('turns a failing assessment into an error reply, not an exception', async () => {
    const message = { ...assessMessage, hold: { ...assessMessage.hold, wallet: 'throws' } };
    expect(await handle(message, {})).toEqual({ ok: false, error: 'the analysis failed (rpc down)' });
  });

  it.each([
    ['null', null],
    ['unknown type', { type: 'steal' }],
    ['too many requests', { ...assessMessage, hold: { ...assessMessage.hold, requests: Array(51).fill({ method: 'x' }) } }],
    ['a huge method name', { ...assessMessage, hold: { ...assessMessage.hold, requests: [{ method: 'x'.repeat(101) }] } }],
    ['a wrong field type', { ...assessMessage, page: { origin: 1, topLevel: true } }],
  ])('rejects %s', async (_, message) => {
    expect(await handle(message, {})).toEqual({ ok: false, error: 'the request could not be read' });
  });

  it('injects the warning UI into the sender’s frame, only for tabs', async () => {
    expect(await handle({ type: 'load-ui' }, { tabId: 3, frameId: 2 })).toEqual({ ok: true });
    expect(injected).toEqual([{ tabId: 3, frameId: 2 }]);
    expect(await handle({ type: 'load-ui' }, {})).toEqual({ ok: false, error: 'the warning can only be shown in a tab' });
    expect(await handle({ type: 'load-ui' }, { tabId: 3, frameId: 9 })).toEqual({ ok: false, error: 'the warning could not be loaded (no such frame)' });
  });
});
