import { mountWarning } from './mount-warning';
import { WARNING_UI_KEY } from '@/lib/messaging/warning-ui-key';

/** Loaded into the isolated world only when a warning is needed: React stays off every other page. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[WARNING_UI_KEY] = { show: mountWarning };
});
