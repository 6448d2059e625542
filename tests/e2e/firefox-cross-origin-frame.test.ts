import { launchFirefoxDriver } from './puppeteer-driver';
import { crossOriginFrameScenarios } from './cross-origin-frame-scenarios';

crossOriginFrameScenarios(() => launchFirefoxDriver());
