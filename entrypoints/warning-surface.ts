import { createSurfaceHost } from '@/lib/warning/surface-host';
import { WARNING_SURFACE_KEY } from '@/lib/messaging/warning-ui-key';

/** Injected into the top frame's isolated world the first time it shows a warning: off every other page's load. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[WARNING_SURFACE_KEY] = { createSurfaceHost };
});
