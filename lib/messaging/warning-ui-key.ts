import type { WarningReport } from './hold-messages';

/** Where the lazily loaded warning UI registers itself in the extension's isolated world. */
export const WARNING_UI_KEY = '__lrtAdvisorWarningUi';
/** Injected by the worker with `scripting.executeScript`: not web-accessible, so pages cannot load or fingerprint it. */
export const WARNING_UI_FILE = '/warning-ui.js';

export interface WarningUi {
  show(report: WarningReport): Promise<'continue' | 'cancel'>;
}

/** Where the lazily loaded decision-surface host (the top frame's dialog that frames the warning page) registers. */
export const WARNING_SURFACE_KEY = '__lrtAdvisorWarningSurface';
/** Injected like the UI, the first time this frame shows a warning: it stays out of every page's document_start. */
export const WARNING_SURFACE_FILE = '/warning-surface.js';

/** The parts the worker injects into a frame on request. */
export type WarningPart = 'ui' | 'surface';

/**
 * Where the hold machinery (lib/warning/holds.ts) registers `startHolds` when the bridge first needs it. It is the
 * one part loaded by the bridge itself rather than injected by the worker, because it must work without the worker
 * (its plain fallback warning): a web-accessible file, which Chrome serves only under a per-session id and Firefox
 * under the profile's random host, imported into the bridge's isolated world.
 */
export const HOLDS_KEY = '__lrtAdvisorHolds';
export const HOLDS_FILE = '/warning-holds.js';
