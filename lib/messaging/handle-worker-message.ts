import type { z } from 'zod';
import type { HoldInput } from './hold-messages';
import { replyIssue } from './replies/reply-schemas';
import { REPLY_KEY, replyOk, type MessageType, type ReplyOf, type ReplyValues, type ValueMessageType, type WorkerError, type WorkerReply } from './worker-protocol';
import { contentMessageSchema, pageMessageSchema, type ContentMessage, type PageMessage } from './worker-schemas';

/** Who sent a message: the tab and frame of a content script, or one of the extension's own pages. */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
  /** True for the popup and the options page (their URL is the extension's own), false for content scripts. */
  extensionPage?: boolean;
  /** The sending frame's origin, as the browser reports it. */
  origin?: string;
}

/**
 * The worker's services, one per message type, each returning the value lib/messaging/worker-protocol.ts names for
 * its message. Each may throw; the handler turns that into an error reply.
 */
export interface WorkerHandlerDeps {
  assess(hold: HoldInput, origin: string, sender: MessageSender): Promise<ReplyValues['assess']>;
  /** Injects the warning UI into the sender's frame. */
  injectWarningUi(sender: MessageSender, part: 'ui' | 'surface'): Promise<void>;
  recordDecision(sender: MessageSender, decision: 'continue' | 'cancel'): Promise<void>;
  /** Records a request the page sent around the hook, for "This tab". */
  recordBypass(sender: MessageSender, method: string): Promise<void>;
  tabBypasses(tabId: number): Promise<ReplyValues['tab-bypasses']>;
  /** Opens the full report on a token in the popup page, in a new tab. */
  openReport(id: string): Promise<void>;
  listTokens(): Promise<ReplyValues['list-tokens']>;
  tokenReport(id: string): Promise<ReplyValues['token-report'] | null>;
  compare(): Promise<ReplyValues['compare']>;
  tabState(tabId: number): Promise<ReplyValues['tab-state']>;
  status(): Promise<ReplyValues['status']>;
  refresh(): Promise<ReplyValues['refresh']>;
  getSettings(): Promise<ReplyValues['get-settings']>;
  /** Settings that do not parse are an error reply naming the field, not an exception. */
  setSettings(raw: unknown): Promise<ReplyOf<'set-settings'>>;
  /** Every LST and LRT ranked for a profile (lib/choose). */
  rank?(profile: 'preserve' | 'balance' | 'maximize', chainId: number | null): Promise<ReplyValues['rank']>;
  /** A loop in an LRT on a lending market at a leverage (lib/choose); a leverage out of reach is an error reply. */
  loop?(params: { id: string; market: 'aave-v3' | 'morpho-blue' | 'spark'; chainId: number; leverage: number }): Promise<ReplyOf<'loop'>>;
  /** "Your restaking" for the accounts the person added, when they turned it on. */
  exposure?(): Promise<ReplyValues['exposure']>;
  /** Keeps the accounts a wallet on the sender's tab reported (a suggestion for the popup; nothing is read). */
  recordAccounts?(sender: MessageSender, accounts: string[]): Promise<void>;
  /** The accounts reported on a tab, with the origin that reported them; null when none. */
  tabAccounts?(tabId: number): Promise<ReplyValues['tab-accounts']>;
  /** Stores the profiles and "your restaking" part of the settings. */
  setChoice?(raw: { profiles?: unknown; exposure?: unknown }): Promise<ReplyOf<'set-choice'>>;
}

const reason = (prefix: string, error: unknown) => (error instanceof Error ? `${prefix} (${error.message})` : prefix);

const CONTENT_TYPES: ReadonlySet<unknown> = new Set(contentMessageSchema.options.map((o) => o.shape.type.value));

/** Why a message was refused, naming the first field that failed: `the request could not be read (hold.via: …)`. */
function requestError(message: unknown, content: z.ZodError, page: z.ZodError): WorkerError {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const issue = (CONTENT_TYPES.has(type) ? content : page).issues[0];
  const where = issue ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}` : 'message';
  return { ok: false, error: `the request could not be read (${where.slice(0, 200)})` };
}

/**
 * The worker checks its own value before it sends it (the pages check again on receipt: a page may meet an older
 * worker after an update). A value that fails is a bug here: the reply says where, instead of a page failing later.
 * The warning shows its error to the person as the reason nothing was checked, so it gets plain words instead.
 */
function checked(type: MessageType, reply: WorkerReply): WorkerReply {
  if (!reply.ok || !(type in REPLY_KEY)) return reply;
  const key = REPLY_KEY[type as ValueMessageType];
  const issue = replyIssue(type as ValueMessageType, (reply as Record<string, unknown>)[key], key);
  if (!issue) return reply;
  return { ok: false, error: type === 'assess' ? 'the analysis failed (its result was incomplete)' : `the worker’s reply failed its own check (${issue})` };
}

/** Parses a message and answers it; never throws. */
export function createWorkerHandler(deps: WorkerHandlerDeps): (message: unknown, sender: MessageSender) => Promise<WorkerReply> {
  const answerContent = async (m: ContentMessage, sender: MessageSender): Promise<WorkerReply> => {
    switch (m.type) {
      case 'assess':
        try {
          return replyOk('assess', await deps.assess(m.hold, m.page.origin, sender));
        } catch (error) {
          return { ok: false, error: reason('the analysis failed', error) };
        }
      case 'load-ui':
        if (sender.tabId === undefined) return { ok: false, error: 'the warning can only be shown in a tab' };
        try {
          await deps.injectWarningUi(sender, m.part ?? 'ui');
          return { ok: true };
        } catch (error) {
          return { ok: false, error: reason('the warning could not be loaded', error) };
        }
      case 'decision':
        await deps.recordDecision(sender, m.decision).catch(() => undefined);
        return { ok: true };
      case 'open-report':
        try {
          await deps.openReport(m.id);
          return { ok: true };
        } catch (error) {
          return { ok: false, error: reason('the report could not be opened', error) };
        }
      case 'bypass':
        await deps.recordBypass(sender, m.method).catch(() => undefined);
        return { ok: true };
      case 'accounts':
        await deps.recordAccounts?.(sender, m.accounts).catch(() => undefined);
        return { ok: true };
    }
  };

  const answerPage = async (m: PageMessage): Promise<WorkerReply> => {
    switch (m.type) {
      case 'list-tokens':
        return replyOk('list-tokens', await deps.listTokens());
      case 'token-report': {
        const report = await deps.tokenReport(m.id);
        return report ? replyOk('token-report', report) : { ok: false, error: 'no such token' };
      }
      case 'compare':
        return replyOk('compare', await deps.compare());
      case 'tab-state':
        return replyOk('tab-state', await deps.tabState(m.tabId));
      case 'tab-bypasses':
        return replyOk('tab-bypasses', await deps.tabBypasses(m.tabId));
      case 'status':
        return replyOk('status', await deps.status());
      case 'refresh':
        return replyOk('refresh', await deps.refresh());
      case 'get-settings':
        return replyOk('get-settings', await deps.getSettings());
      case 'set-settings':
        return await deps.setSettings(m.settings);
      case 'rank':
        return deps.rank ? replyOk('rank', await deps.rank(m.profile, m.chainId)) : { ok: false, error: 'not available' };
      case 'loop':
        return deps.loop ? await deps.loop({ id: m.id, market: m.market, chainId: m.chainId, leverage: m.leverage }) : { ok: false, error: 'not available' };
      case 'exposure':
        return deps.exposure ? replyOk('exposure', await deps.exposure()) : { ok: false, error: 'not available' };
      case 'tab-accounts':
        return replyOk('tab-accounts', deps.tabAccounts ? await deps.tabAccounts(m.tabId) : null);
      case 'set-choice':
        return deps.setChoice ? await deps.setChoice({ profiles: m.profiles, exposure: m.exposure }) : { ok: false, error: 'not available' };
    }
  };

  return async (message, sender) => {
    const content = contentMessageSchema.safeParse(message);
    if (content.success) return checked(content.data.type, await answerContent(content.data, sender));
    const page = pageMessageSchema.safeParse(message);
    if (!page.success) return requestError(message, content.error, page.error);
    // Only the extension's own pages may read reports, statuses or settings, or change them.
    if (!sender.extensionPage) return { ok: false, error: 'not allowed from a web page' };
    try {
      return checked(page.data.type, await answerPage(page.data));
    } catch (error) {
      return { ok: false, error: reason('the worker could not answer', error) };
    }
  };
}
