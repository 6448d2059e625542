/** Counts what a refresh costs on the wire; the benchmark and the status page report it. */
export interface RpcMeter {
  /** JSON-RPC requests issued (one per `client.request`, whatever the retries). */
  requests: number;
  /** HTTP round trips actually sent, retries included. */
  httpAttempts: number;
  byMethod: Record<string, number>;
}

export function createRpcMeter(): RpcMeter {
  return { requests: 0, httpAttempts: 0, byMethod: {} };
}
