import { CHROME_EXTENSION_DIR } from './chromium';
import { launchChromiumDriver } from './playwright-driver';
import { fallbackScenarios } from './fallback-scenarios';
import { withoutWorker } from './without-worker';

fallbackScenarios(async () => launchChromiumDriver({ extensionDir: await withoutWorker(CHROME_EXTENSION_DIR), withWorker: false }), {
  // Headless Chromium keeps every page visible and focused, each in a renderer of its own.
  concurrent: true,
});
