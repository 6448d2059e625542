import { describe, expect, it } from 'vitest';
import { createTestWorker } from '../../tests/support/test-worker';
import { askWorker } from '../ui/ask-worker';
import { anyReportSchema, tokenIndexSchema } from './replies/report-schemas';
import { bypassesSchema, statusSchema, tabStateSchema } from './replies/warning-schemas';
import { REPLY_KEY, replyOk } from './worker-protocol';
import { pageMessageSchema } from './worker-schemas';

describe('the worker protocol', () => {
  it('names the reply field of every page message', () => {
    const types = pageMessageSchema.options.map((o) => o.shape.type.value);
    expect(types.filter((t) => !(t in REPLY_KEY))).toEqual([]);
  });

  it('puts a value in the field its message names', () => {
    expect(replyOk('tab-bypasses', [])).toEqual({ ok: true, bypassed: [] });
    expect(replyOk('refresh', { snapshotAsOf: '2026-11-25', sources: [] })).toEqual({ ok: true, status: { snapshotAsOf: '2026-11-25', sources: [] } });
  });

  it('the real worker’s replies read back through the page’s schemas', async () => {
    const { ask } = createTestWorker();
    const answers = await Promise.all([
      askWorker(ask, { type: 'list-tokens' }, tokenIndexSchema),
      askWorker(ask, { type: 'token-report', id: 'weeth' }, anyReportSchema),
      askWorker(ask, { type: 'status' }, statusSchema),
      askWorker(ask, { type: 'tab-state', tabId: 1 }, tabStateSchema),
      askWorker(ask, { type: 'tab-bypasses', tabId: 1 }, bypassesSchema),
    ]);
    expect(answers.filter((a) => !a.ok)).toEqual([]);
  });
});
