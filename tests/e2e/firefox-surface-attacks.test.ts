import { launchFirefoxDriver } from './puppeteer-driver';
import { surfaceAttackScenarios } from './surface-attack-scenarios';

surfaceAttackScenarios(() => launchFirefoxDriver(), { concurrent: true, ownBrowsers: true });
