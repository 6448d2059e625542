import { launchFirefoxDriver } from './puppeteer-driver';
import { attackScenarios } from './attack-scenarios';

attackScenarios(() => launchFirefoxDriver());
