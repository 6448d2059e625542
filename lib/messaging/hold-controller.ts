/**
 * The isolated-world side of a hold: acknowledge at once, ask the worker, then release the request
 * or show the warning and pass on the person's decision. Every hop has a timeout; when the
 * assessment fails for a request that touches a known restaking contract, the warning still
 * appears, marked "Not checked" with the reason (MetaMask's "couldn't check" model), and when it
 * touches none, the request goes on to the wallet.
 */
import type { ExtensionToPage } from './page-bridge';
import type { Assessment, HoldInput, UntrustedRequest, WarningReport } from './hold-messages';
import { spenderOf } from '../requests/allowance-selectors';
import { readChainId } from '../requests/chain-id';
import { walletAddress } from '../requests/wallet-address';

export interface HoldControllerDeps {
  /** Resolves with the worker's assessment; rejects with an Error whose message is the reason. */
  assess(hold: HoldInput): Promise<Assessment>;
  /** True when (chain, address) is a registered restaking or lending contract. Chain may be unknown. */
  isKnownContract(chainId: number | null, address: string): boolean;
  /** Shows the warning and resolves with the person's choice; rejects if it cannot be shown. One at a time. */
  showWarning(report: WarningReport): Promise<'continue' | 'cancel'>;
  post(message: ExtensionToPage): void;
  /** Starts loading the warning's UI early, when the request touches a known contract. */
  preloadUi?(): void;
  /** The requests about to go on to the wallet (released or continued): the bypass detector expects them. */
  onPass?(requests: readonly UntrustedRequest[]): void;
  origin: string;
  assessTimeoutMs: number;
}

export class AssessTimeoutError extends Error {
  constructor(ms: number) {
    super(`the analysis took longer than ${ms / 1000} s`);
    this.name = 'AssessTimeoutError';
  }
}

/** Parses the hook's hold message; anything malformed is dropped (the hook then times out and releases). */
export function parseHold(message: unknown): (HoldInput & { id: string }) | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.k !== 'hold' || typeof m.id !== 'string' || !Array.isArray(m.requests)) return null;
  const requests: UntrustedRequest[] = [];
  for (const r of m.requests) {
    if (typeof r !== 'object' || r === null || typeof (r as UntrustedRequest).method !== 'string') return null;
    requests.push({ method: (r as UntrustedRequest).method, params: (r as UntrustedRequest).params });
  }
  const via = m.via === 'send' || m.via === 'sendAsync' ? m.via : 'request';
  return {
    id: m.id,
    requests,
    chainId: typeof m.chainId === 'string' ? m.chainId : null,
    via,
    wallet: typeof m.wallet === 'string' ? m.wallet.slice(0, 100) : 'unknown',
  };
}

/**
 * The params as a lenient wallet reads them: some accept a JSON string, or one bare object for `[object]`. The
 * decoder parses only the standard shape; reading the others here still shows such a request to a known contract
 * as "Not checked" instead of letting it pass (tests/e2e/attack-scenarios.ts, decoder confusion).
 */
function lenientParams(params: unknown): unknown[] {
  let p = params;
  if (typeof p === 'string' && p.length <= 2_000_000) {
    try {
      p = JSON.parse(p);
    } catch {
      return [];
    }
  }
  if (Array.isArray(p)) return p;
  return typeof p === 'object' && p !== null ? [p] : [];
}

/** Every address a request touches, read without decoding: targets, spenders, typed-data contracts, as wallets read them. */
export function touchedAddresses(request: UntrustedRequest): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    const address = walletAddress(v);
    if (address) out.push(address);
  };
  const fromCall = (call: unknown): void => {
    if (typeof call !== 'object' || call === null) return;
    const c = call as Record<string, unknown>;
    add(c.to);
    // Both fields: wallets disagree on which wins when both are set (geth prefers `input`, most wallets `data`).
    for (const data of [c.data, c.input]) if (typeof data === 'string') add(spenderOf(data));
  };
  const params = lenientParams(request.params);
  if (request.method === 'eth_sendTransaction' || request.method === 'eth_signTransaction') fromCall(params[0]);
  else if (request.method === 'wallet_sendCalls') {
    const calls = (params[0] as { calls?: unknown } | undefined)?.calls;
    if (Array.isArray(calls)) calls.forEach(fromCall);
  } else if (request.method.startsWith('eth_signTypedData')) {
    for (const p of params) {
      let typed: unknown = p;
      if (typeof p === 'string' && (p.startsWith('{') || p.startsWith('['))) {
        try {
          typed = JSON.parse(p);
        } catch {
          continue;
        }
      }
      // eth_signTypedData (v1): a list of {type, name, value}; every address in it counts.
      if (Array.isArray(typed)) {
        for (const field of typed) if (typeof field === 'object' && field !== null && (field as { type?: unknown }).type === 'address') add((field as { value?: unknown }).value);
        continue;
      }
      if (typeof typed !== 'object' || typed === null) continue;
      const t = typed as { domain?: Record<string, unknown>; message?: Record<string, unknown> };
      add(t.domain?.verifyingContract);
      add(t.message?.spender);
      const details = t.message?.details as Record<string, unknown> | undefined;
      add(details?.token);
    }
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AssessTimeoutError(ms)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * Warnings that may wait for the person at once (the one shown and those queued behind it). A page that floods
 * restaking requests gets the rest rejected at once with a clear error instead of an endless queue of warnings.
 */
export const MAX_WARNINGS_WAITING = 5;

export function createHoldController(deps: HoldControllerDeps): (message: unknown) => Promise<void> {
  let waiting = 0;
  return async (message) => {
    const hold = parseHold(message);
    if (!hold) return;
    const { id } = hold;
    const post = (m: ExtensionToPage) => {
      if (m.k === 'release' || m.k === 'continue') deps.onPass?.(hold.requests);
      deps.post(m);
    };
    deps.post({ k: 'ack', id });
    const chainId = readChainId(hold.chainId);
    const targets = [...new Set(hold.requests.flatMap(touchedAddresses))].filter((a) => deps.isKnownContract(chainId, a));
    if (targets.length > 0) deps.preloadUi?.();
    let assessment: Assessment;
    try {
      assessment = await withTimeout(deps.assess(hold), deps.assessTimeoutMs);
    } catch (error) {
      if (targets.length === 0) return post({ k: 'release', id });
      assessment = {
        kind: 'warn',
        report: {
          origin: deps.origin,
          chainId,
          items: [],
          notChecked: error instanceof Error && error.message ? error.message : 'the analysis failed',
          targets: targets.map((address) => ({ address, name: null })),
          level: 'unknown',
          freshness: null,
        },
      };
    }
    if (assessment.kind === 'release') return post({ k: 'release', id });
    if (waiting >= MAX_WARNINGS_WAITING) return deps.post({ k: 'cancel', id, reason: 'busy' });
    let decision: 'continue' | 'cancel';
    // From here the request waits for the person, however long they look (the hook's timer stops).
    deps.post({ k: 'shown', id });
    waiting++;
    try {
      decision = await deps.showWarning(assessment.report);
    } catch {
      // The warning could not be shown at all: a restaking request is never handed over unseen. The page gets a
      // clear error that says why (fail-closed, README "What it guards against").
      return post({ k: 'cancel', id, reason: 'unavailable' });
    } finally {
      waiting--;
    }
    post({ k: decision, id });
  };
}
