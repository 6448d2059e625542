import type { WarningReport } from '@/lib/messaging/hold-messages';
import { isSurfaceToken } from '@/lib/warning/surface-messages';

export interface Given {
  token: string;
  report: WarningReport;
}

/**
 * A standby warning page (lib/warning/standby-frame.ts) takes its warning from the worker only: pushed (runtime
 * messaging, from no tab) or, if it was given one before it loaded, when it asks. Never from window messages, which
 * the page framing it can post. The worker may give it the warning before the top frame has put it in its dialog
 * (`shown: false`): it renders it then, still hidden, and `reveal`s it once it is shown for that token (the top frame
 * posts so at once; the worker says so too, by `shown: true`). One warning, ever: a page given one refuses any other
 * token.
 */
export function standBy(id: string, send: (message: unknown) => Promise<unknown>, mount: (given: Given) => () => void): void {
  let taken: { token: string; reveal: () => void } | null = null;
  /** The token the top frame says this page is shown for: the first word that it is seen, before the worker's. */
  let shownFor: unknown = null;
  addEventListener('message', (event) => {
    const m = event.data as { type?: unknown; standby?: unknown; token?: unknown } | null;
    if (event.source !== parent || m?.type !== 'surface-shown' || m.standby !== id) return;
    shownFor = m.token;
    if (taken && taken.token === shownFor) taken.reveal();
  });
  const take = (m: { token?: unknown; report?: unknown; shown?: unknown }): boolean => {
    if (!isSurfaceToken(m.token)) return false;
    if (!taken) {
      const report = m.report as WarningReport | null | undefined;
      if (typeof report !== 'object' || report === null || !Array.isArray(report.items)) return false;
      taken = { token: m.token, reveal: mount({ token: m.token, report }) };
    } else if (taken.token !== m.token) return false;
    // What the worker answers when asked is only ever a warning already shown.
    if (m.shown !== false || shownFor === taken.token) taken.reveal();
    return true;
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
    const m = message as { type?: unknown; standby?: unknown; token?: unknown; report?: unknown; shown?: unknown } | null;
    if (sender.id !== browser.runtime.id || sender.tab || m?.type !== 'surface-assign' || m.standby !== id) return;
    sendResponse({ ok: take(m) });
  });
  void send({ type: 'surface-standby', standby: id }).then(
    (reply) => void ((reply as { ok?: unknown } | undefined)?.ok === true && take(reply as { token?: unknown; report?: unknown })),
    () => undefined,
  );
}
