/**
 * The hook's side of a hold: held calls wait here (at most `MAX_POSTED` with the extension at once, the rest queued in
 * order), each with a deadline a busy page cannot trip, until the extension answers over the private bridge.
 */
import type { Decision, PageToExtension } from '../messaging/page-bridge';
import { HELD, type Call, type Via } from './held-calls';
import { openPageSide } from './page-side';
import { apply, clearTimer, createObject, hasOwn, now, setTimer, whenSettled } from './safe-globals';

/**
 * The extension side acknowledges a hold at once, and decides or shows the warning within its own 4 s. When the
 * page keeps the main thread busy these timers can fire before the answer is read: a timer never releases, it
 * rejects with a clear error (fail-closed).
 */
const ACK_MS = 1500;
const DECIDE_MS = 10_000;
const CHAIN_ID_MS = 400;
/**
 * A flood of held requests (a page sending thousands) must not freeze the page or the extension: at most this
 * many are with the extension at once, the rest wait here in order, and past `MAX_QUEUED` more are rejected at
 * once with a clear error (tests/e2e/attack-scenarios.ts, flood).
 */
const MAX_POSTED = 16;
const MAX_QUEUED = 100;

export type Stop = 'cancel' | 'busy' | 'unchecked';
export type Settle = { go(): void; stop(why: Stop, reason?: string): void };
type Held = { settle: Settle; timer: number; shown: boolean; message: PageToExtension | null };
export type Decide = (calls: Call[], via: Via, wallet: string, provider: object, ask: unknown, settle: Settle) => void;

/**
 * `prepared`: whether this realm was changed by another page before the hook ran (asked at the first held call).
 * `granted`: a one-shot approval exists.
 * Returns the rule for a held call, and the bridge's `post` for what else the hook tells the extension.
 */
export function createHoldQueue(prepared: () => boolean, granted: (calls: Call[]) => boolean): { decide: Decide; post: (message: PageToExtension) => void } {
  const held: Record<string, Held> = createObject(null);
  let nextId = 0;
  const bridge = openPageSide((message) => {
    if (typeof message !== 'object' || message === null) return;
    const m = message as Record<string, unknown>;
    if (!hasOwn(m, 'k') || !hasOwn(m, 'id')) return;
    const id = m.id;
    if (typeof id !== 'string' || !hasOwn(held, id)) return;
    const entry = held[id]!;
    switch (m.k) {
      case 'ack':
        clearTimer(entry.timer);
        arm(id, DECIDE_MS, 'no decision in time');
        return;
      case 'shown':
        // The person is deciding: no timeout applies any more, and the extension's hands are free for the next.
        clearTimer(entry.timer);
        if (!entry.shown) {
          entry.shown = true;
          posted--;
          pump();
        }
        return;
      case 'release':
      case 'continue':
      case 'cancel':
        finish(id, m.k, m.reason === 'busy' ? 'busy' : m.reason === 'unavailable' ? 'the warning could not be shown' : m.reason === 'reload' ? 'LRT Advisor was updated or restarted: reload this page' : undefined);
    }
  });

  // Holds waiting to be handed to the extension, oldest first (ids in queue[head..tail)).
  const queue: string[] = [];
  let head = 0;
  let tail = 0;
  let posted = 0;
  function pump(): void {
    while (posted < MAX_POSTED && head < tail) {
      const id = queue[head]!;
      delete queue[head++];
      const entry = held[id];
      if (!entry || !entry.message) continue;
      posted++;
      arm(id, ACK_MS, 'no answer from the extension');
      bridge.post(entry.message);
      entry.message = null;
    }
    if (head === tail) head = tail = 0;
  }

  /**
   * A deadline a busy page cannot trip: a timer that fires late (the page held the main thread, so the extension's
   * answer may be waiting behind it) is set again; only one that fires on time with no answer fails the request.
   */
  function arm(id: string, ms: number, reason: string): void {
    const at = now();
    held[id]!.timer = setTimer(() => (now() - at > ms + 250 ? arm(id, ms, reason) : finish(id, 'fail', reason)), ms);
  }

  function finish(id: string, decision: Decision | 'fail', reason?: string): void {
    const entry = held[id];
    if (!entry) return;
    delete held[id];
    clearTimer(entry.timer);
    load--;
    if (!entry.message && !entry.shown) posted--;
    try {
      if (decision === 'release' || decision === 'continue') entry.settle.go();
      else if (decision === 'fail' || (reason && reason !== 'busy')) entry.settle.stop('unchecked', reason);
      else entry.settle.stop(reason === 'busy' ? 'busy' : 'cancel');
    } catch {
      /* the wallet threw on its way: the page's own callback path, nothing to release */
    }
    pump();
  }

  /** Held requests in the hook: asking the wallet's chain, queued, or with the extension. */
  let load = 0;
  /**
   * The rule for a held call: a content the person already let through is passed once (see `granted`); a call the
   * hook cannot read, or cannot show because the extension side is not there, fails with a clear error; anything
   * else waits for the extension. Never released unseen.
   */
  function decide(calls: Call[], via: Via, wallet: string, provider: object, ask: unknown, settle: Settle): void {
    for (let i = 0; i < calls.length; i++) if (calls[i]!.key === null) return settle.stop('unchecked', 'too large to read');
    if (prepared()) return settle.stop('unchecked', 'this frame was changed by another page before LRT Advisor started');
    if (granted(calls)) return settle.go();
    if (!bridge.connected()) return settle.stop('unchecked', 'the extension is not connected to this page');
    // A flood is turned away before it costs the wallet or the extension anything.
    if (load >= MAX_POSTED + MAX_QUEUED) return settle.stop('busy');
    load++;
    const requests: { method: string; params: unknown }[] = [];
    for (let i = 0; i < calls.length; i++) requests[i] = { method: HELD[calls[i]!.method]!, params: calls[i]!.params };
    withChainId(provider, ask, (chainId) => {
      const id = 'h' + ++nextId;
      held[id] = { settle, timer: 0, shown: false, message: { k: 'hold', id, requests, chainId, via, wallet } };
      queue[tail++] = id;
      pump();
    });
  }

  /** Asks the wallet which chain it is on, briefly; the transaction's own chainId wins later when present. */
  function withChainId(provider: object, request: unknown, done: (chainId: string | null) => void): void {
    let called = false;
    const once = (v: string | null): void => {
      if (!called) {
        called = true;
        done(v);
      }
    };
    if (typeof request !== 'function') return once(null);
    setTimer(() => once(null), CHAIN_ID_MS);
    try {
      whenSettled(
        apply(request, provider, [{ method: 'eth_chainId' }]),
        (v) => once(typeof v === 'string' ? v : typeof v === 'number' ? '0x' + v.toString(16) : null),
        () => once(null),
      );
    } catch {
      once(null);
    }
  }

  return { decide, post: (message) => bridge.post(message) };
}
