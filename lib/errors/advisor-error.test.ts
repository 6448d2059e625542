import { describe, expect, it } from 'vitest';
import { RequestParseError } from '../requests/errors';
import { OnchainError } from '../sources/onchain/errors';
import { HttpStatusError } from '../sources/source-error';
import { AdvisorError } from './advisor-error';

describe('AdvisorError', () => {
  it('keeps the short message stable and puts what varies in details, the original in cause', () => {
    const cause = new Error('socket hang up');
    const error = new AdvisorError('rpc timeout', { details: 'after 5 s', cause });
    expect(error.shortMessage).toBe('rpc timeout');
    expect(error.details).toBe('after 5 s');
    expect(error.message).toBe('rpc timeout: after 5 s');
    expect(error.cause).toBe(cause);
    expect(new AdvisorError('aborted').message).toBe('aborted');
  });

  it('is the base of every error family of the core', () => {
    for (const error of [new RequestParseError('invalid hex'), new OnchainError('rpc timeout'), new HttpStatusError(503, { details: '/pools' })]) {
      expect(error).toBeInstanceOf(AdvisorError);
    }
    expect(new HttpStatusError(503, { details: '/pools' }).shortMessage).toBe('http 503');
  });
});
