/** For the store tests: the real worker and message handler in Node, offline, with in-memory storage. */
import { createWorkerHandler } from '../../lib/messaging/handle-worker-message';
import { createMemoryStorage } from './memory-storage';
import { loadSnapshot } from '../../lib/snapshot/load-snapshot';
import { createWorker } from '../../lib/worker/create-worker';
import type { Ask } from '../../lib/ui/ask-worker';

export function createTestWorker() {
  const session = createMemoryStorage();
  const worker = createWorker({
    storage: createMemoryStorage(),
    session,
    snapshot: loadSnapshot(),
    fetch: async () => {
      throw new Error('offline');
    },
    clientFor: () => {
      throw new Error('offline');
    },
    injectWarningUi: async () => {},
    openTab: async () => {},
    now: () => new Date('2026-11-25T12:00:00Z'),
  });
  const handle = createWorkerHandler(worker);
  const sent: unknown[] = [];
  /** As an extension page (the popup, the options page) asks; the reply is cloned as messaging would. */
  const ask: Ask = async (message) => (sent.push(message), structuredClone(await handle(message, { extensionPage: true })));
  return { worker, handle, ask, sent, session };
}
