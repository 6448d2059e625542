import type { AssessReply, Assessment, HoldInput } from './hold-messages';
import { workerMessageSchema } from './worker-schemas';

export interface WorkerHandlerDeps {
  assess(hold: HoldInput, origin: string): Assessment | Promise<Assessment>;
}

/** Parses a message from a content script and answers it; never throws. */
export function createWorkerHandler(deps: WorkerHandlerDeps): (message: unknown) => Promise<AssessReply> {
  return async (message) => {
    const parsed = workerMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'the request could not be read' };
    try {
      const { hold, page } = parsed.data;
      return { ok: true, assessment: await deps.assess(hold, page.origin) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? `the analysis failed (${error.message})` : 'the analysis failed' };
    }
  };
}
