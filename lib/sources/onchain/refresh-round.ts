/** One dependent round of a chain's refresh: every reader's calls in one aggregate3, bounded by the deadline. */
import type { Chain, Client, Transport } from 'viem';
import { aggregate3, type Aggregate3Result, type RawCall, type RawResult } from './aggregate3.ts';
import { DeadlineExceededError, type OnchainError, toOnchainError } from './errors.ts';

export interface ChainRoundTrips {
  /** Dependent rounds (each one multicall unless a batch exceeded the per-call cap). */
  rounds: number;
  /** eth_call requests to Multicall3. */
  multicalls: number;
  /** eth_blockNumber + eth_getLogs requests for AVS metadata. */
  logRequests: number;
}

/**
 * Reads one aggregate3 may carry. A planned refresh reads about 1,260 small views on Ethereum (a few thousand gas
 * each, some 10M gas in all); public nodes cap an eth_call at go-ethereum's default of 50M gas (`--rpc.gascap`), so
 * 1,500 keeps one multicall per round with room to spare.
 */
const MAX_CALLS_PER_MULTICALL = 1500;

export interface ChainLink {
  client: Client<Transport, Chain> | null;
  /** Set once the endpoint failed as a whole (or the client could not be built): later rounds fail at once. */
  down: OnchainError | null;
}

/** Runs one round: all calls in one aggregate3, and never waits past the refresh's deadline. */
export async function round(link: ChainLink, calls: readonly RawCall[], signal: AbortSignal, counts: ChainRoundTrips): Promise<Aggregate3Result> {
  const failAll = (error: OnchainError): Aggregate3Result => ({ results: calls.map(() => ({ ok: false, error })), block: null, multicalls: 0, callError: error });
  if (calls.length === 0) return { results: [], block: null, multicalls: 0, callError: null };
  if (link.down) return failAll(link.down);
  if (signal.aborted) return failAll(new DeadlineExceededError());
  counts.rounds++;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<Aggregate3Result>((resolve) => {
    onAbort = () => resolve(failAll(new DeadlineExceededError()));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  let res: Aggregate3Result;
  try {
    res = await Promise.race([aggregate3(link.client!, calls, { signal, maxCallsPerMulticall: MAX_CALLS_PER_MULTICALL }), aborted]);
  } catch (err) {
    res = failAll(toOnchainError(err, signal));
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
  // An aborted round still sent its request(s).
  counts.multicalls += res.multicalls || Math.ceil(calls.length / MAX_CALLS_PER_MULTICALL);
  // The endpoint (or its Multicall3) is unusable: the chain's later rounds fail at once instead of waiting again.
  if (res.callError) link.down = res.callError;
  return res;
}

/** Concatenates the calls of several readers for one round and hands each its slice of the answers back. */
export class RoundBuilder {
  readonly calls: RawCall[] = [];
  private readonly parts: { start: number; length: number; take: (r: (RawResult | undefined)[]) => void }[] = [];
  add(calls: readonly RawCall[], take: (results: (RawResult | undefined)[]) => void) {
    this.parts.push({ start: this.calls.length, length: calls.length, take });
    this.calls.push(...calls);
  }
  deliver(results: readonly RawResult[]) {
    for (const p of this.parts) p.take(results.slice(p.start, p.start + p.length));
  }
}
