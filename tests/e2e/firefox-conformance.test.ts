import { launchFirefoxDriver, launchPlainFirefoxDriver } from './puppeteer-driver';
import { conformanceScenarios } from './conformance-scenarios';

conformanceScenarios(() => launchFirefoxDriver(), launchPlainFirefoxDriver);
