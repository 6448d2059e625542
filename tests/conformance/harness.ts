/**
 * The page half of a conformance run: a page registers one function per case; the test starts a case, clicks the
 * warning when one is expected, and reads the outcome: the value the library returned, or the error it threw as
 * the library surfaces it (name, message, code, data, short message, details, cause chain), made JSON-safe.
 */
import type { ConformanceFixtures } from './fixtures';
import type { ConformanceWallets } from './backend';

export type Outcome = { state: 'pending' } | { state: 'ok'; value: unknown } | { state: 'error'; error: unknown };

export interface ConformanceGlobal {
  ids: string[];
  ready: boolean;
  /** How many times the warning's host element was added to the page so far. */
  warnings: number;
  start(id: string): void;
  outcome(id: string): Outcome | undefined;
}

type Win = Window & { __fixtures: ConformanceFixtures; __wallets: ConformanceWallets; __conformance: ConformanceGlobal; __walletReady?: Promise<void> };
export const fixtures = (): ConformanceFixtures => (window as unknown as Win).__fixtures;
export const wallets = (): ConformanceWallets => (window as unknown as Win).__wallets;

const SKIP = new Set(['stack', 'cause']);
/** JSON-safe copy: bigints as "123n", functions by name, cycles cut, depth bounded. */
export function toJsonSafe(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (typeof value === 'undefined') return '[undefined]';
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth > 8) return '[cycle or too deep]';
  seen.add(value);
  if (value instanceof Error) return describeError(value, depth, seen);
  if (Array.isArray(value)) return value.map((v) => toJsonSafe(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    // A serialised error's `stack` (MetaMask's engine sends one) is where it was made, not what it says.
    out[key] = key === 'stack' && typeof field === 'string' ? '[stack]' : toJsonSafe(field, depth + 1, seen);
  }
  return out;
}

/** An error as a library surfaces it: every own field (viem's shortMessage, details, metaMessages; ethers' code, info) and its cause chain. */
export function describeError(error: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof error !== 'object' || error === null) return { thrown: toJsonSafe(error, depth + 1, seen) };
  seen.add(error);
  const e = error as Record<string, unknown>;
  const out: Record<string, unknown> = {
    constructor: (error as { constructor?: { name?: string } }).constructor?.name ?? null,
    name: e.name,
    message: e.message,
  };
  for (const key of Object.keys(error).sort()) if (!SKIP.has(key) && !(key in out)) out[key] = toJsonSafe(e[key], depth + 1, seen);
  for (const key of ['code', 'data']) if (key in error && !(key in out)) out[key] = toJsonSafe(e[key], depth + 1, seen);
  if (e.cause !== undefined && depth < 6) out.cause = describeError(e.cause, depth + 1, seen);
  return out;
}

/** Registers the page's cases. `setup` runs first (discover the wallet, connect); the page is ready after it. */
export function definePage(cases: Record<string, () => Promise<unknown>>, setup: () => Promise<void> = async () => undefined): void {
  const outcomes: Record<string, Outcome> = {};
  const global: ConformanceGlobal = {
    ids: Object.keys(cases),
    ready: false,
    warnings: 0,
    start(id) {
      const run = cases[id];
      if (!run) throw new Error(`no case ${id}`);
      outcomes[id] = { state: 'pending' };
      run().then(
        (value) => (outcomes[id] = { state: 'ok', value: toJsonSafe(value) }),
        (error) => (outcomes[id] = { state: 'error', error: describeError(error) }),
      );
    },
    outcome: (id) => outcomes[id],
  };
  (window as unknown as Win).__conformance = global;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'LRT-ADVISOR-WARNING') global.warnings++;
  }).observe(document.documentElement, { childList: true, subtree: true });
  const walletReady = (window as unknown as Win).__walletReady ?? Promise.resolve();
  void walletReady.then(setup).then(
    () => {
      global.ready = true;
      document.body.dataset.ready = 'true';
    },
    (error) => {
      document.body.dataset.ready = 'failed';
      document.body.dataset.error = String((error as Error)?.message ?? error);
    },
  );
}

/** The first EIP-6963 provider announced with this rdns. */
export function discover(rdns: string): Promise<{ info: { rdns: string; name: string }; provider: unknown }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no EIP-6963 provider ${rdns}`)), 2000);
    const onAnnounce = (event: Event) => {
      const detail = (event as CustomEvent).detail as { info: { rdns: string; name: string }; provider: unknown };
      if (detail?.info?.rdns !== rdns) return;
      clearTimeout(timer);
      window.removeEventListener('eip6963:announceProvider', onAnnounce);
      resolve(detail);
    };
    window.addEventListener('eip6963:announceProvider', onAnnounce);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
  });
}

export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
