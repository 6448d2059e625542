/**
 * The one error contract (the viem error model): a short, stable `shortMessage` that tests assert and the UI may
 * show; what varies in `details`; the original error through `cause`. `message` is the short message followed by
 * the details. Every error family of the core (request parsing, on-chain reads, live sources) extends it.
 */
export interface AdvisorErrorOptions {
  details?: string;
  cause?: unknown;
}

export class AdvisorError extends Error {
  override name = 'AdvisorError';
  readonly shortMessage: string;
  readonly details: string | undefined;

  constructor(shortMessage: string, options: AdvisorErrorOptions = {}) {
    super(options.details ? `${shortMessage}: ${options.details}` : shortMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = options.details;
  }
}
