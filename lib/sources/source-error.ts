import { AdvisorError, type AdvisorErrorOptions } from '../errors/advisor-error';

/**
 * Why a live source could not be used. The short message is short and stable ("timeout", "http 503", "invalid payload",
 * "too large", "network error", "aborted") because the UI shows it verbatim ("failed: timeout") and tests assert it;
 * the specifics go in `details` and `cause`.
 */
export type SourceErrorCode = 'timeout' | 'http' | 'invalid-payload' | 'too-large' | 'network' | 'aborted';

export class SourceError extends AdvisorError {
  override name = 'SourceError';
  readonly code: SourceErrorCode;

  constructor(code: SourceErrorCode, shortMessage: string, options: AdvisorErrorOptions = {}) {
    super(shortMessage, options);
    this.code = code;
  }
}

export class TimeoutError extends SourceError {
  override name = 'TimeoutError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('timeout', 'timeout', options);
  }
}

export class HttpStatusError extends SourceError {
  override name = 'HttpStatusError';
  readonly status: number;
  constructor(status: number, options: { details?: string; cause?: unknown } = {}) {
    super('http', `http ${status}`, options);
    this.status = status;
  }
}

export class InvalidPayloadError extends SourceError {
  override name = 'InvalidPayloadError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('invalid-payload', 'invalid payload', options);
  }
}

export class TooLargeError extends SourceError {
  override name = 'TooLargeError';
  readonly limitBytes: number;
  constructor(limitBytes: number, options: { details?: string; cause?: unknown } = {}) {
    super('too-large', 'too large', options);
    this.limitBytes = limitBytes;
  }
}

export class NetworkError extends SourceError {
  override name = 'NetworkError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('network', 'network error', options);
  }
}

export class AbortedError extends SourceError {
  override name = 'AbortedError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('aborted', 'aborted', options);
  }
}

/** Anything thrown inside a source becomes a SourceError; a source never lets a raw exception escape. */
export function toSourceError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    // AbortSignal.timeout() rejects with a DOMException named TimeoutError; a caller's abort is an AbortError.
    return error.name === 'TimeoutError' ? new TimeoutError({ cause: error }) : new AbortedError({ cause: error });
  }
  if (error instanceof SyntaxError) return new InvalidPayloadError({ details: error.message, cause: error });
  return new NetworkError({ details: error instanceof Error ? error.message : String(error), cause: error });
}
