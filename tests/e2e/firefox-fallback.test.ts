import { FIREFOX_EXTENSION_DIR, launchFirefoxDriver } from './puppeteer-driver';
import { fallbackScenarios } from './fallback-scenarios';
import { withoutWorker } from './without-worker';

// One case at a time: Firefox hides a background tab (and throttles it), and side by side in windows of their own the
// pages of one site share a content process: some cases' warnings then took over 10 s to appear.
fallbackScenarios(async () => launchFirefoxDriver(await withoutWorker(FIREFOX_EXTENSION_DIR)));
