import {
  AbiDecodingDataSizeTooSmallError,
  AbiDecodingZeroDataError,
  BaseError as ViemBaseError,
  HttpRequestError,
  RpcRequestError,
  TimeoutError,
} from 'viem';
import { AdvisorError } from '../../errors/advisor-error';

/**
 * Errors of the on-chain readers. The `shortMessage` is stable (tests and the UI match on it); what varies goes in
 * `details`, and the original error stays reachable through `cause` (the viem error model).
 */
export class OnchainError extends AdvisorError {
  override name = 'OnchainError';
}

export class InvalidRpcUrlError extends OnchainError {
  override name = 'InvalidRpcUrlError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('invalid rpc url', options);
  }
}

export class UnknownChainError extends OnchainError {
  override name = 'UnknownChainError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('unknown chain', options);
  }
}

export class RpcTimeoutError extends OnchainError {
  override name = 'RpcTimeoutError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('rpc timeout', options);
  }
}

export class RpcUnavailableError extends OnchainError {
  override name = 'RpcUnavailableError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('rpc unavailable', options);
  }
}

export class RpcRateLimitedError extends OnchainError {
  override name = 'RpcRateLimitedError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('rpc rate limited', options);
  }
}

export class RpcResponseError extends OnchainError {
  override name = 'RpcResponseError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('rpc error', options);
  }
}

/** The endpoint answers for another chain than the one it is configured for (a wrong override in options). */
export class ChainMismatchError extends OnchainError {
  override name = 'ChainMismatchError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('rpc chain mismatch', options);
  }
}

export class CallRevertedError extends OnchainError {
  override name = 'CallRevertedError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('call reverted', options);
  }
}

/** Return data that does not decode with the expected ABI: wrong contract at the address, an upgrade, or no code. */
export class BadReturnDataError extends OnchainError {
  override name = 'BadReturnDataError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('bad return data', options);
  }
}

export class ImplausibleValueError extends OnchainError {
  override name = 'ImplausibleValueError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('implausible value', options);
  }
}

/** A fact could not be read because a fact it depends on (a staker list, an operator) failed first. */
export class DependencyFailedError extends OnchainError {
  override name = 'DependencyFailedError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('dependency failed', options);
  }
}

export class DeadlineExceededError extends OnchainError {
  override name = 'DeadlineExceededError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('deadline exceeded', options);
  }
}

export class MetadataFetchError extends OnchainError {
  override name = 'MetadataFetchError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('metadata fetch failed', options);
  }
}

export class MetadataTooLargeError extends OnchainError {
  override name = 'MetadataTooLargeError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('metadata too large', options);
  }
}

export class MetadataInvalidError extends OnchainError {
  override name = 'MetadataInvalidError';
  constructor(options: { details?: string; cause?: unknown } = {}) {
    super('metadata invalid', options);
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/**
 * Maps whatever a viem call threw to one of the classes above, keeping the original as `cause`. Pass the caller's
 * signal: once it has fired, whatever the transport reports is really the deadline.
 */
export function toOnchainError(err: unknown, signal?: AbortSignal): OnchainError {
  if (err instanceof OnchainError) return err;
  if (signal?.aborted || isAbort(err)) return new DeadlineExceededError({ cause: err });
  if (err instanceof ViemBaseError) {
    const found = err.walk(
      (e) =>
        e instanceof TimeoutError ||
        e instanceof HttpRequestError ||
        e instanceof RpcRequestError ||
        e instanceof AbiDecodingZeroDataError ||
        e instanceof AbiDecodingDataSizeTooSmallError ||
        (e instanceof Error && e.name === 'AbortError'),
    );
    const details = err.shortMessage;
    if (found instanceof TimeoutError) return new RpcTimeoutError({ cause: err });
    if (found instanceof Error && found.name === 'AbortError') return new DeadlineExceededError({ cause: err });
    if (found instanceof HttpRequestError) {
      if (found.status === 429) return new RpcRateLimitedError({ details: 'HTTP 429', cause: err });
      return new RpcUnavailableError({ details: found.status ? `HTTP ${found.status}` : undefined, cause: err });
    }
    if (found instanceof RpcRequestError) {
      // Code 3 is "execution reverted" (EIP-1474 as implemented by geth/reth/anvil).
      if (found.code === 3 || /revert/i.test(found.shortMessage)) return new CallRevertedError({ cause: err });
      if (found.code === 429 || found.code === -32005) return new RpcRateLimitedError({ cause: err });
      return new RpcResponseError({ details: `code ${found.code}`, cause: err });
    }
    if (found instanceof AbiDecodingZeroDataError || found instanceof AbiDecodingDataSizeTooSmallError)
      return new BadReturnDataError({ details, cause: err });
    return new RpcResponseError({ details, cause: err });
  }
  return new RpcResponseError({ details: err instanceof Error ? err.message.slice(0, 200) : undefined, cause: err });
}
