import type { WarningReport } from './hold-messages';

/** Where the lazily loaded warning UI registers itself in the extension's isolated world. */
export const WARNING_UI_KEY = '__lrtAdvisorWarningUi';
/** Injected by the worker with `scripting.executeScript`: not web-accessible, so pages cannot load or fingerprint it. */
export const WARNING_UI_FILE = '/warning-ui.js';

export interface WarningUi {
  show(report: WarningReport): Promise<'continue' | 'cancel'>;
}
