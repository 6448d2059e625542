/**
 * `detect(chainId, request)`: what an EIP-1193 wallet request means for restaking. Pure (no browser API, no
 * network) and total: malformed input gives `[]`, never an exception. The chain comes from the request where it
 * carries one (tx `chainId`, `wallet_sendCalls` params, typed-data domain), else from `chainId`.
 */
import { parseRequest } from '../requests/parse-request';
import type { ParsedRequest } from '../requests/types';
import { detectSafeCall } from './detect-safe';
import { detectTypedData } from './detect-typed-data';
import type { Intent } from './intent';

export function detect(chainId: number, request: unknown): Intent[] {
  const parsed = parseRequest(request);
  return parsed.ok ? detectParsed(chainId, parsed.request) : [];
}

/** For callers that already parsed the request (the CLI, the background). */
export function detectParsed(fallbackChainId: number, request: ParsedRequest): Intent[] {
  const chainId = request.chainId ?? fallbackChainId;
  if (!Number.isSafeInteger(chainId) || chainId <= 0) return [];
  try {
    if ('typedData' in request) return detectTypedData(chainId, request.typedData);
    // Each call is looked through when it is a Safe's execTransaction (and its MultiSend batch).
    if (request.calls.length === 1) return detectSafeCall(chainId, request.calls[0]!);
    const intents: Intent[] = [];
    for (const call of request.calls) intents.push(...detectSafeCall(chainId, call));
    return intents;
  } catch {
    // Registry data is static and paths are compiled up front, so this is a bug, not an input problem; still a
    // request must never crash the page hook or the CLI.
    return [];
  }
}
