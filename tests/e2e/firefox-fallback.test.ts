import { FIREFOX_EXTENSION_DIR, launchFirefoxDriver } from './puppeteer-driver';
import { fallbackScenarios } from './fallback-scenarios';
import { withoutWorker } from './without-worker';

// Side by side, each case in a Firefox of its own: in one Firefox, a background tab is hidden (and throttled), and in
// windows of their own the pages of one site share a content process (some cases' warnings then took over 10 s).
fallbackScenarios(async () => launchFirefoxDriver(await withoutWorker(FIREFOX_EXTENSION_DIR)), { concurrent: true, ownBrowsers: true });
