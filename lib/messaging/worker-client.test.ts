import { describe, expect, it } from 'vitest';
import { AssessFailedError, WorkerUnavailableError, sendToWorker, parseAssessReply } from './worker-client';

describe('sendToWorker', () => {
  it('retries while the worker restarts, then returns its answer', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      if (calls === 1) throw new Error('The message port closed before a response was received.');
      if (calls === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 3) return undefined;
      return { ok: true };
    };
    expect(await sendToWorker(send, {}, { retryDelayMs: 1 })).toEqual({ ok: true });
    expect(calls).toBe(4);
  });

  it('gives up at once on an error that a restart does not fix', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    };
    await expect(sendToWorker(send, {}, { retryDelayMs: 1 })).rejects.toBeInstanceOf(WorkerUnavailableError);
    expect(calls).toBe(1);
  });

  it('sends again when a message goes unanswered (a worker stopped while it was in flight)', async () => {
    let calls = 0;
    const send = () => (++calls === 1 ? new Promise(() => {}) : Promise.resolve({ ok: true }));
    expect(await sendToWorker(send, {}, { attemptMs: 50, retryDelayMs: 1 })).toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('stops retrying at the deadline', async () => {
    const started = Date.now();
    const send = async () => {
      throw new Error('The message port closed before a response was received.');
    };
    const error = await sendToWorker(send, {}, { deadlineMs: 120, retryDelayMs: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerUnavailableError);
    expect((error as Error).message).toBe('the background worker did not answer');
    expect(Date.now() - started).toBeLessThan(400);
  });
});

describe('parseAssessReply', () => {
  it('accepts release and warn', () => {
    expect(parseAssessReply({ ok: true, assessment: { kind: 'release' } })).toEqual({ kind: 'release' });
    const report = { origin: 'o', chainId: 1, items: [], notChecked: null, targets: [] };
    expect(parseAssessReply({ ok: true, assessment: { kind: 'warn', report } })).toEqual({ kind: 'warn', report });
  });
  it.each([
    [undefined, 'the worker sent an unreadable answer'],
    [{ ok: false, error: 'the request could not be read' }, 'the request could not be read'],
    [{ ok: false }, 'the analysis failed'],
    [{ ok: true }, 'the worker sent an unreadable answer'],
    [{ ok: true, assessment: { kind: 'warn', report: { items: 'x' } } }, 'the worker sent an unreadable answer'],
    [{ ok: true, assessment: { kind: 'other' } }, 'the worker sent an unreadable answer'],
  ])('rejects %j', (reply, message) => {
    expect(() => parseAssessReply(reply)).toThrow(new AssessFailedError(message));
  });
});
