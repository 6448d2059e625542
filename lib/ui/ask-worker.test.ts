import { describe, expect, it } from 'vitest';
import { askWorker } from './ask-worker';
import { tokenIndexSchema } from '../messaging/replies/report-schemas';
import { statusSchema } from '../messaging/replies/warning-schemas';
import { createTestWorker } from '../../tests/support/test-worker';

const schema = statusSchema;
const status = { snapshotAsOf: '2026-11-20', sources: [{ id: 'pools', label: 'DefiLlama pools', text: 'live', state: 'live' }] };

describe('askWorker', () => {
  it.each<[string, () => Promise<unknown>, string]>([
    ['a rejected send', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'the background worker did not answer (Could not establish connection. Receiving end does not exist.)'],
    ['no reply', async () => undefined, 'the background worker did not answer'],
    ['a worker error', async () => ({ ok: false, error: 'no such token' }), 'no such token'],
    ['an error without words', async () => ({ ok: false }), 'the background worker could not answer'],
    ['a reply of the wrong shape', async () => ({ ok: true, status: { ...status, snapshotAsOf: 1 } }), 'the worker’s reply could not be read (status.snapshotAsOf: Invalid input: expected string, received number)'],
    ['a missing field', async () => ({ ok: true }), 'the worker’s reply could not be read (status: Invalid input: expected object, received undefined)'],
    // The field is the protocol's for the message (lib/messaging/worker-protocol.ts), not one the caller names.
    ['the value in another field', async () => ({ ok: true, value: status }), 'the worker’s reply could not be read (status: Invalid input: expected object, received undefined)'],
  ])('turns %s into an error value', async (_, ask, error) => {
    expect(await askWorker(ask, { type: 'status' }, schema)).toEqual({ ok: false, error });
  });

  it('returns the parsed value', async () => {
    expect(await askWorker(async () => ({ ok: true, status: { ...status, extra: 'dropped' } }), { type: 'status' }, schema)).toEqual({ ok: true, value: status });
  });

  it.each<[string, Parameters<typeof askWorker>[1], unknown, string]>([
    ['settings with a setting that does not exist', { type: 'set-choice', exposure: {} }, { ok: true, settings: { tradeHold: 'never' } }, 'settings.tradeHold'],
    ['a ranking without its tokens', { type: 'rank', profile: 'balance', chainId: null }, { ok: true, ranking: { profile: { id: 'balance', name: 'b', description: 'd' }, chainId: null, asOf: 'x' } }, 'ranking.tokens'],
    ['reported accounts as text', { type: 'tab-accounts', tabId: 1 }, { ok: true, reported: { accounts: '0xabc', origin: null, at: 'x' } }, 'reported.accounts'],
    ['an assessment-like value for a report', { type: 'token-report', id: 'weeth' }, { ok: true, report: { kind: 'warn' } }, 'report'],
  ])('without a schema of its own, reads the reply with the protocol’s: refuses %s', async (_, message, reply, where) => {
    const answer = await askWorker(async () => reply, message as never);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(new RegExp(`^the worker’s reply could not be read \\(${where.replaceAll('.', '\\.')}(: |\\.)`));
  });

  it('without a schema of its own, returns the value the protocol’s schema reads', async () => {
    const reported = { accounts: ['0x' + 'ab'.repeat(20)], origin: 'https://app.example', at: '2026-11-25T12:00:00.000Z' };
    expect(await askWorker(async () => ({ ok: true, reported }), { type: 'tab-accounts', tabId: 1 })).toEqual({ ok: true, value: reported });
  });

  it('a page that is not the extension’s own is refused by the worker', async () => {
    const { handle } = createTestWorker();
    expect(await askWorker((m) => handle(m, { tabId: 4 }), { type: 'list-tokens' }, tokenIndexSchema)).toEqual({ ok: false, error: 'not allowed from a web page' });
  });
});

describe('reading a finding whose value did not survive storage', () => {
  it('a missing or null measured value reads as null; Infinity stays; NaN or text is refused', async () => {
    const { findingSchema } = await import('../messaging/replies/report-schemas');
    const finding = { rule: 'incidents', title: 'Incidents', category: 'incidents', level: 'ok', message: 'm', evidence: null, source: null, asOf: null };
    expect(findingSchema.parse(finding).value).toBeNull();
    expect(findingSchema.parse({ ...finding, value: null }).value).toBeNull();
    expect(findingSchema.parse({ ...finding, value: Infinity }).value).toBe(Infinity);
    expect(findingSchema.safeParse({ ...finding, value: NaN }).success).toBe(false);
    expect(findingSchema.safeParse({ ...finding, value: 'Infinity' }).success).toBe(false);
  });
});
