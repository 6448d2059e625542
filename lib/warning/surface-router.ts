/**
 * The worker's side of the decision surface (surface-messages.ts): it keeps each shown report under its token,
 * answers the report only to the extension's own framed page in the same tab, asks the top frame whether a choice
 * may count, and tells the frame that holds the request. Reports are kept in session storage too, so a warning
 * that waits longer than the worker lives is still answered by the next one.
 */
import * as z from 'zod/mini';
import type { WarningReport } from '../messaging/hold-messages';
import { warningReportSchema } from '../messaging/replies/warning-schemas';
import type { VersionedStorage } from '../sources/cache/versioned-storage';
import { createStandbyAssigner } from './surface-standbys';
import { isStandbyId, parseCheckReply, type SurfaceCheckReply, type SurfaceDecision, type SurfaceWorkerMessage } from './surface-messages';

export interface SurfaceSender {
  tabId?: number;
  frameId?: number;
  /** True only for the extension's own warning-frame.html. */
  surfacePage: boolean;
}

export interface SurfaceRouterDeps {
  sendToFrame(tabId: number, frameId: number, message: unknown): Promise<unknown>;
  /** To the extension's own pages (the framed warning picks its token). */
  toExtensionPages?(message: unknown): Promise<unknown>;
  /**
   * Injects the top frame's surface host (entrypoints/warning-surface.ts): it is not there from document_start, so a
   * tab whose top frame never held a request gets it the first time one of its frames needs the warning.
   */
  prepareDisplay?(tabId: number): Promise<void>;
  /** Session storage: a report outlives a stopped worker. */
  session: VersionedStorage;
  /** How long the framed page may take to ask for its report before the holding frame shows the warning itself. */
  readyTimeoutMs?: number;
}

interface Entry {
  tabId: number;
  ownerFrameId: number;
  report: WarningReport;
  /** Its page has the report (stored too: a restarted worker must not take a blank dialog for a shown warning). */
  delivered?: boolean;
}

/** How long the result of a warning opened on the worker's assessment waits for the holding frame to ask for it. */
const OPENING_KEPT_MS = 10_000;
/** The top frame shows every warning of its tab, whichever frame holds the request. */
const DISPLAY_FRAME = 0;
const slot = (session: VersionedStorage, token: string) => session.item(`surface:${token}`, 1);
/** Parsed, not cast: a value that is not an entry reads as no such warning. */
const entrySchema = z.object({ tabId: z.number(), ownerFrameId: z.number(), report: warningReportSchema, delivered: z.optional(z.boolean()) });

export interface SurfaceRouter {
  (message: SurfaceWorkerMessage, sender: SurfaceSender): Promise<unknown>;
  /**
   * Called as an assessment that carries a surface token (`AssessMessage.surface`) starts; the function it returns
   * takes the worker's report once made (null: no warning) and shows it at once under that token, instead of a hop
   * later when the holding frame asks with `surface-open`: that frame's `surface-open` for the token then waits for
   * this one. The report is the worker's own, already checked against its schema.
   */
  openAssessed(token: string, sender: SurfaceSender): (report: WarningReport | null) => void;
}

export function createSurfaceRouter(deps: SurfaceRouterDeps): SurfaceRouter {
  const entries = new Map<string, Entry>();
  const ready = new Map<string, () => void>();
  /** Tokens the holding frame gave up waiting for (it shows the warning itself): never shown, or taken down. */
  const withdrawn = new Set<string>();
  const timeout = deps.readyTimeoutMs ?? 3000;

  const load = async (token: string): Promise<Entry | null> => {
    const known = entries.get(token);
    if (known) return known;
    const parsed = entrySchema.safeParse(await slot(deps.session, token).get().catch(() => null));
    if (!parsed.success) return null;
    entries.set(token, parsed.data);
    return parsed.data;
  };
  const forget = async (token: string) => {
    entries.delete(token);
    ready.delete(token);
    await slot(deps.session, token).remove().catch(() => undefined);
  };
  /** The page showing `token` has its report: the warning is up. */
  const delivered = (token: string) => {
    ready.get(token)?.();
    const entry = entries.get(token);
    if (entry && !entry.delivered) void slot(deps.session, token).set(Object.assign(entry, { delivered: true })).catch(() => undefined);
  };
  const closeDialog = (tabId: number, token: string) => deps.sendToFrame(tabId, DISPLAY_FRAME, { type: 'surface-close', token }).catch(() => undefined);
  const decide = async (token: string, entry: Entry, decision: SurfaceDecision) => {
    await forget(token);
    // The check that counted the choice closed the dialog, unless the top frame did not answer it: closed here too.
    void closeDialog(entry.tabId, token);
    await deps.sendToFrame(entry.tabId, entry.ownerFrameId, { type: 'surface-decided', token, decision }).catch(() => undefined);
  };

  const standbys = createStandbyAssigner({ toExtensionPages: deps.toExtensionPages, delivered });

  /** Shows a report in the tab's top frame; resolves once its page has it (or with why not). */
  const open = async (token: string, report: WarningReport, sender: SurfaceSender & { tabId: number }, before = load(token)): Promise<unknown> => {
    const known = await before;
    if (known && (known.tabId !== sender.tabId || known.ownerFrameId !== (sender.frameId ?? 0))) return { ok: false, error: 'no such warning' };
    const entry: Entry = { tabId: sender.tabId, ownerFrameId: sender.frameId ?? 0, report, ...(known?.delivered ? { delivered: true } : {}) };
    entries.set(token, entry);
    // The tab's standby page renders this warning, hidden, while the top frame moves it into its dialog (not when
    // this is sent again after a worker restart: the warning is up already).
    if (!known) standbys.early(entry.tabId, token, report);
    const loaded = new Promise<boolean>((resolve) => {
      ready.set(token, () => resolve(true));
      setTimeout(() => resolve(false), timeout);
    });
    const show = async () => {
      const reply = (await deps.sendToFrame(entry.tabId, DISPLAY_FRAME, { type: 'surface-show', token })) as { ok?: unknown; already?: unknown; standby?: unknown } | undefined;
      if (reply?.ok !== true) throw new Error('the top frame cannot show the warning');
      if (isStandbyId(reply.standby) && !(reply.already === true && entry.delivered)) standbys.assign(reply.standby, token, entry.tabId, entry.report);
      return reply;
    };
    const showing = show().catch(async (error: unknown) => {
      if (!deps.prepareDisplay) throw error;
      await deps.prepareDisplay(entry.tabId);
      return show();
    });
    // Stored once the top frame has been asked: a warning is not shown later for writing it first.
    const stored = slot(deps.session, token).set(entry).catch(() => undefined);
    try {
      const shown = await showing;
      await stored;
      if (withdrawn.has(token)) throw new Error('the warning was withdrawn');
      // Sent again after a worker restart: the top frame already shows it. Done if its page has the report; else it
      // is waited for as below (a standby page in the dialog is given it again: the top frame names it).
      if (shown.already === true && entry.delivered) return { ok: true };
    } catch (error) {
      await forget(token);
      if (withdrawn.has(token)) await closeDialog(entry.tabId, token);
      return { ok: false, error: error instanceof Error ? error.message : 'the top frame cannot show the warning' };
    }
    if (await loaded) return { ok: true };
    // The extension page never asked for its report (blocked, or too slow): the holding frame shows it instead.
    await forget(token);
    await closeDialog(entry.tabId, token);
    return { ok: false, error: 'the warning page did not load' };
  };
  /** Opened on the worker's own assessment, by token: the holding frame's surface-open waits for it. */
  const opening = new Map<string, { tabId: number; frameId: number; result: Promise<unknown> }>();

  const route = async (message: SurfaceWorkerMessage, sender: SurfaceSender): Promise<unknown> => {
    if (message.type === 'surface-standby-ready') {
      // From the top frame's content script only: a page cannot send runtime messages, nor name a standby page.
      if (sender.surfacePage || sender.tabId === undefined || sender.frameId !== DISPLAY_FRAME) return { ok: false };
      return { ok: standbys.loaded(sender.tabId, message.standby) };
    }
    if (message.type === 'surface-standby') {
      const token = sender.surfacePage ? standbys.take(message.standby, sender.tabId) : null;
      const entry = token ? await load(token) : null;
      if (!token || !entry || entry.tabId !== sender.tabId) return { ok: false };
      delivered(token);
      return { ok: true, token, report: entry.report };
    }
    const { token } = message;
    switch (message.type) {
      case 'surface-open': {
        if (sender.surfacePage || sender.tabId === undefined) return { ok: false, error: 'the warning can only be shown in a tab' };
        const early = opening.get(token);
        if (early) return early.tabId === sender.tabId && early.frameId === (sender.frameId ?? 0) ? early.result : { ok: false, error: 'no such warning' };
        // The content script checks only the shape it relies on (it carries no schema library); the page that shows
        // the report gets it from here, so here it is parsed in full.
        const report = warningReportSchema.safeParse(message.report);
        if (!report.success) return { ok: false, error: 'the warning could not be read' };
        return open(token, report.data, { ...sender, tabId: sender.tabId });
      }
      case 'surface-report': {
        const entry = sender.surfacePage ? await load(token) : null;
        if (!entry || entry.tabId !== sender.tabId) return { ok: false, error: 'no such warning' };
        delivered(token);
        return { ok: true, report: entry.report };
      }
      case 'surface-choice': {
        const entry = sender.surfacePage ? await load(token) : null;
        if (!entry || entry.tabId !== sender.tabId) return { counted: false, reason: 'this warning is no longer waiting' };
        let check: SurfaceCheckReply;
        try {
          check = parseCheckReply(await deps.sendToFrame(entry.tabId, DISPLAY_FRAME, { type: 'surface-check', token, decision: message.decision, seen: message.seen }));
        } catch {
          check = message.decision === 'cancel' ? { counted: true } : { counted: false, reason: 'the page showing this warning did not answer' };
        }
        if (check.counted) await decide(token, entry, message.decision);
        return check;
      }
      case 'surface-tampered': {
        const entry = sender.surfacePage ? null : await load(token);
        if (!entry || entry.tabId !== sender.tabId || sender.frameId !== DISPLAY_FRAME) return { ok: false };
        await deps.toExtensionPages?.({ type: 'surface-tampered', token }).catch(() => undefined);
        return { ok: true };
      }
      case 'surface-withdraw': {
        // Late, the holding frame shows the warning itself: this one comes down, or is never put up (`open`).
        if (sender.surfacePage || sender.tabId === undefined) return { ok: false };
        const entry = entries.get(token);
        if (entry && (entry.tabId !== sender.tabId || entry.ownerFrameId !== (sender.frameId ?? 0))) return { ok: false };
        withdrawn.add(token);
        setTimeout(() => withdrawn.delete(token), OPENING_KEPT_MS);
        if (!entry) return { ok: true };
        await forget(token);
        await closeDialog(entry.tabId, token);
        return { ok: true };
      }
      case 'surface-give-up': {
        const entry = sender.surfacePage ? null : await load(token);
        if (!entry || entry.tabId !== sender.tabId || sender.frameId !== DISPLAY_FRAME) return { ok: false };
        await decide(token, entry, 'cancel');
        return { ok: true };
      }
    }
  };
  const openAssessed = (token: string, sender: SurfaceSender) => {
    const { tabId } = sender;
    if (sender.surfacePage || tabId === undefined || opening.has(token) || entries.has(token)) return () => undefined;
    // Read while the worker assesses: a token already stored is this assessment sent again to a restarted worker.
    const known = load(token);
    return (report: WarningReport | null) => {
      if (!report || opening.has(token)) return;
      opening.set(token, { tabId, frameId: sender.frameId ?? 0, result: open(token, report, { ...sender, tabId }, known).catch(() => ({ ok: false })) });
      setTimeout(() => opening.delete(token), OPENING_KEPT_MS);
    };
  };
  return Object.assign(route, { openAssessed });
}
