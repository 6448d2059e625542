import { AdvisorError } from '../errors/advisor-error';

/**
 * Why an untrusted EIP-1193 request was refused. Messages are short and stable (tests and the CLI's exit-2 line
 * rely on them); the offending detail goes in `details`.
 */
export class RequestParseError extends AdvisorError {
  override name = 'RequestParseError';
}

export class InvalidRequestShapeError extends RequestParseError {
  override name = 'InvalidRequestShapeError';
}

export class UnsupportedMethodError extends RequestParseError {
  override name = 'UnsupportedMethodError';
  constructor(method: string) {
    super('unsupported method', { details: JSON.stringify(method).slice(0, 80) });
  }
}

export class InvalidHexError extends RequestParseError {
  override name = 'InvalidHexError';
  constructor(field: string) {
    super('invalid hex', { details: field });
  }
}

export class InvalidAddressError extends RequestParseError {
  override name = 'InvalidAddressError';
  constructor(field: string) {
    super('invalid address', { details: field });
  }
}

export class InvalidChainIdError extends RequestParseError {
  override name = 'InvalidChainIdError';
  constructor(field: string) {
    super('invalid chain id', { details: field });
  }
}

export class InvalidTypedDataError extends RequestParseError {
  override name = 'InvalidTypedDataError';
}
