import type { AssessReply, Assessment, HoldInput, LoadUiReply } from './hold-messages';
import { workerMessageSchema } from './worker-schemas';

/** Who sent a message: the tab and frame of a content script (absent for extension pages). */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
}

export interface WorkerHandlerDeps {
  assess(hold: HoldInput, origin: string): Assessment | Promise<Assessment>;
  /** Injects the warning UI into the sender's frame. */
  injectWarningUi(sender: MessageSender): Promise<void>;
}

const reason = (prefix: string, error: unknown) => (error instanceof Error ? `${prefix} (${error.message})` : prefix);

/** Parses a message from a content script or an extension page and answers it; never throws. */
export function createWorkerHandler(deps: WorkerHandlerDeps): (message: unknown, sender: MessageSender) => Promise<AssessReply | LoadUiReply> {
  return async (message, sender) => {
    const parsed = workerMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'the request could not be read' };
    const m = parsed.data;
    switch (m.type) {
      case 'assess':
        try {
          return { ok: true, assessment: await deps.assess(m.hold, m.page.origin) };
        } catch (error) {
          return { ok: false, error: reason('the analysis failed', error) };
        }
      case 'load-ui':
        if (sender.tabId === undefined) return { ok: false, error: 'the warning can only be shown in a tab' };
        try {
          await deps.injectWarningUi(sender);
          return { ok: true };
        } catch (error) {
          return { ok: false, error: reason('the warning could not be loaded', error) };
        }
    }
  };
}
