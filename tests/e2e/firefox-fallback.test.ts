import { FIREFOX_EXTENSION_DIR, launchFirefoxDriver } from './puppeteer-driver';
import { fallbackScenarios } from './fallback-scenarios';
import { withoutWorker } from './without-worker';

fallbackScenarios(async () => launchFirefoxDriver(await withoutWorker(FIREFOX_EXTENSION_DIR)));
