/**
 * The isolated world's side of held requests in one frame, imported and started by the bridge
 * (`entrypoints/warning-bridge.ts`, through `entrypoints/warning-holds.ts`) the first time this frame holds a request,
 * sees one sent around the hook or hears its wallet answer for accounts: nothing here is loaded, runs, reads storage
 * or touches the extension API on the many pages that never use a wallet. The hold controller asks the worker, then
 * releases the request or shows the warning: the extension's own page framed by the top frame (the worker injects
 * that frame's surface host, `entrypoints/warning-surface.ts`); when that page cannot be shown, the React warning in
 * this frame's shadow root; without the worker, the plain fallback.
 */
import type { ExtensionSide } from '../messaging/page-bridge';
import { createHoldController } from '../messaging/hold-controller';
import { sendToWorker, parseAssessReply, WorkerUnavailableError } from '../messaging/worker-client';
import { WARNING_SURFACE_KEY, WARNING_UI_KEY, type WarningPart, type WarningUi } from '../messaging/warning-ui-key';
import type { AssessMessage, LoadUiMessage, LoadUiReply, WarningReport } from '../messaging/hold-messages';
import { hasKnownAddressPrefix } from '../detect/known-address-prefix';
import { createBypassDetector } from '../messaging/bypass-detector';
import { showFallbackWarning } from './fallback-dialog';
import { newSurfaceToken, parseSurfaceDecided, type SurfaceDecision } from './surface-messages';

/** Worker round trip, retries included. The hook's own backstop is longer (see wallet-hook.ts). */
const ASSESS_TIMEOUT_MS = 4000;
const UI_LOAD_TIMEOUT_MS = 4000;
/** Until the warning's own page has loaded in the top frame; past it, this frame shows the warning itself. */
const SURFACE_TIMEOUT_MS = 4500;

/** What this uses of the extension API (WXT's `browser`, looked up when the holds start). */
export interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => boolean | void): void;
    };
  };
}

export interface Holds {
  /** A message from the page bridge's port (a hold). */
  hold(message: unknown): void;
  /** A window message that may be a held method posted straight to a wallet's content-script channel. */
  windowMessage(data: unknown): void;
}

export function startHolds(ext: ExtensionApi, bridge: ExtensionSide): Holds {
  // An orphaned script (the extension was reloaded under the page) throws here rather than rejecting: the same error.
  const send = (m: unknown): Promise<unknown> => {
    try {
      return Promise.resolve(ext.runtime.sendMessage(m));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const loadPart = partLoader(send);
  const loadUi = () => loadPart<WarningUi>('ui', WARNING_UI_KEY);
  /** Requests this frame holds, shown by the top frame, by token. */
  const owned = new Map<string, (decision: SurfaceDecision) => void>();
  const expect = (token: string) => new Promise<SurfaceDecision>((resolve) => owned.set(token, resolve));
  let listening = false;
  try {
    // Only the worker talks to content scripts (tabs.sendMessage); the page has no way to reach this listener.
    ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== ext.runtime.id || sender.tab) return;
      const m = parseSurfaceDecided(message);
      // The top frame's dialog answers the other surface messages (warning-surface.ts).
      if (!m || !owned.has(m.token)) return;
      owned.get(m.token)!(m.decision);
      owned.delete(m.token);
      sendResponse({ ok: true });
    });
    listening = true;
  } catch {
    // Cut off from the extension: the warning is then this frame's own (below), and no decision arrives that way.
  }

  /**
   * The warning is an extension page framed in the top frame's dialog, whichever frame holds the request: the
   * page can neither read nor cover it, and a subframe cannot hide it from the person.
   */
  async function showOnSurface(report: WarningReport): Promise<SurfaceDecision> {
    // The worker may have shown it already, on its assessment: asking again under that token waits for that.
    const { token, decided } = early.get(report) ?? ((t) => ({ token: t, decided: expect(t) }))(newSurfaceToken());
    try {
      const reply = (await sendToWorker(send, { type: 'surface-open', token, report }, { deadlineMs: SURFACE_TIMEOUT_MS, attemptMs: SURFACE_TIMEOUT_MS })) as { ok?: unknown } | undefined;
      if (reply?.ok !== true) throw new Error('the warning could not be shown');
    } catch (error) {
      owned.delete(token);
      // This frame shows the warning itself now: the dialog, should the worker still put it up, must not be a second one.
      void sendToWorker(send, { type: 'surface-withdraw', token }).catch(() => undefined);
      throw error;
    }
    return decided;
  }

  /**
   * Set when the last assessment found nobody listening for its whole retry window (no worker, or this script cut
   * off from the extension): the framed page and the React UI both come through the worker, so the plain fallback
   * is shown at once rather than after each of them has timed out in turn.
   */
  let workerGone = false;
  let queue: Promise<unknown> = Promise.resolve();
  /** Warnings of this frame shown or waiting their turn; whether an assessment in flight carries a surface token. */
  let waiting = 0;
  let surfaceAsked = false;
  /** Reports the worker was asked to show as soon as it made them (the assessment carried a token). */
  const early = new WeakMap<WarningReport, { token: string; decided: Promise<SurfaceDecision> }>();
  const showWarning = (report: WarningReport) => {
    waiting++;
    // One warning at a time; the next waits for the person's choice on this one. When the extension page cannot
    // be shown, this frame shows the warning in its own shadow root; without the worker, the plain fallback.
    const fallback = () => showFallbackWarning(report);
    const shown = queue.then(() => (workerGone ? fallback() : showOnSurface(report).catch(() => loadUi().then((ui) => ui.show(report), fallback))));
    queue = shown.catch(() => undefined);
    void queue.then(() => waiting--);
    // The popup's "This tab" shows what the person chose.
    void shown.then((decision) => send({ type: 'decision', decision }).catch(() => undefined), () => undefined);
    return shown;
  };
  const bypass = createBypassDetector();
  const onHold = createHoldController({
    origin: location.origin,
    assessTimeoutMs: ASSESS_TIMEOUT_MS,
    post: (message) => bridge.post(message),
    // Only used when the worker cannot answer: a compact prefix list of registered contracts and LRTs.
    isKnownContract: (_chainId, address) => hasKnownAddressPrefix(address),
    showWarning,
    preloadUi: () => {
      void loadUi().catch(() => undefined);
      if (window === window.top) void loadPart('surface', WARNING_SURFACE_KEY).catch(() => undefined);
    },
    onPass: (requests) => bypass.expect(requests),
    assess: async (hold) => {
      const message: AssessMessage = { type: 'assess', hold, page: { origin: location.origin, topLevel: window === window.top } };
      // Nothing else of this frame waits for the person: should this warn, the worker shows it as it answers, and
      // this frame's surface-open waits for that (one at a time stays true: no other assessment carries a token).
      const token = listening && waiting === 0 && !surfaceAsked ? newSurfaceToken() : null;
      const decided = token ? expect(token) : null;
      if (token) ((surfaceAsked = true), (message.surface = { token, openBy: Date.now() + ASSESS_TIMEOUT_MS - 1000 }));
      try {
        const reply = await sendToWorker(send, message).catch((error: unknown) => {
          const cause = error instanceof WorkerUnavailableError && error.cause instanceof Error ? error.cause.message : '';
          workerGone = /receiving end|establish connection|context invalidated/i.test(cause);
          throw error;
        });
        workerGone = false;
        const assessment = parseAssessReply(reply);
        if (token && decided && assessment.kind === 'warn') early.set(assessment.report, { token, decided });
        else if (token) owned.delete(token);
        return assessment;
      } catch (error) {
        if (token) owned.delete(token);
        throw error;
      } finally {
        surfaceAsked = false;
      }
    },
  });
  return {
    hold: (message) => void onHold(message),
    // Seen, not stopped: a held method posted straight to a wallet's content-script channel is recorded for "This tab".
    windowMessage: (data) => {
      const around = bypass.observe(data);
      if (around) void send({ type: 'bypass', method: around.method }).catch(() => undefined);
    },
  };
}

/**
 * The worker injects a part into this frame's isolated world the first time it is needed: the surface host (top
 * frame) and the React UI (the in-page warning, when the extension page cannot be shown). Neither is web-accessible.
 */
function partLoader(send: (m: unknown) => Promise<unknown>) {
  const loading = new Map<WarningPart, Promise<unknown>>();
  return function loadPart<T>(part: WarningPart, key: string): Promise<T> {
    const loaded = () => (globalThis as Record<string, unknown>)[key] as T | undefined;
    const now = loaded();
    if (now) return Promise.resolve(now);
    let pending = loading.get(part) as Promise<T> | undefined;
    if (!pending) {
      pending = sendToWorker(send, { type: 'load-ui', part } satisfies LoadUiMessage, { deadlineMs: UI_LOAD_TIMEOUT_MS }).then((reply) => {
        const r = reply as LoadUiReply;
        if (!r || r.ok !== true) throw new Error(r && typeof r.error === 'string' ? r.error : 'the warning could not be loaded');
        const injected = loaded();
        if (!injected) throw new Error('the warning could not be loaded');
        return injected;
      });
      loading.set(part, pending);
      pending.catch(() => loading.delete(part));
    }
    return pending;
  };
}
