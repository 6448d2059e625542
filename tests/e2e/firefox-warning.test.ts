import { launchFirefoxDriver } from './puppeteer-driver';
import { warningScenarios } from './warning-scenarios';

warningScenarios(launchFirefoxDriver);
