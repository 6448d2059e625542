import { describe, expect, it } from 'vitest';
import { formatAge, formatSourceStatus } from './format-source-status.ts';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('formatSourceStatus', () => {
  it.each([
    [{ state: 'live', at: ago(3 * 60_000) }, 'live, 3 min ago'],
    [{ state: 'live', at: ago(20_000) }, 'live, just now'],
    [{ state: 'live', at: ago(5 * 3_600_000) }, 'live, 5 h ago'],
    [{ state: 'live', at: ago(3 * 86_400_000) }, 'live, 3 days ago'],
    [{ state: 'live', at: ago(-60_000) }, 'live, just now'],
    [{ state: 'snapshot', asOf: '2026-11-20' }, 'snapshot 2026-11-20'],
    [{ state: 'snapshot', asOf: '2026-11-20T08:00:00.000Z' }, 'snapshot 2026-11-20'],
    [{ state: 'failed', reason: 'timeout', at: ago(0) }, 'failed: timeout'],
    [{ state: 'failed', reason: 'http 503', at: ago(0), using: { state: 'live', at: ago(2 * 3_600_000) } }, 'failed: http 503'],
    [{ state: 'pending' }, 'not checked yet'],
  ] as const)('%j → %s', (status, text) => {
    expect(formatSourceStatus(status, now)).toBe(text);
  });

  it('can say what is shown instead of a failed source', () => {
    expect(
      formatSourceStatus({ state: 'failed', reason: 'timeout', at: ago(0), using: { state: 'live', at: ago(2 * 3_600_000) } }, now, {
        withFallback: true,
      }),
    ).toBe('failed: timeout (showing data from 2 h ago)');
    expect(
      formatSourceStatus({ state: 'failed', reason: 'too large', at: ago(0), using: { state: 'snapshot', asOf: '2026-11-20' } }, now, {
        withFallback: true,
      }),
    ).toBe('failed: too large (showing snapshot 2026-11-20)');
  });

  it('treats an unparseable time as just now rather than throwing', () => {
    expect(formatAge('not a date', now)).toBe('just now');
  });
});
