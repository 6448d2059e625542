import { launchFirefoxDriver } from './puppeteer-driver';
import { coverageScenarios } from './coverage-scenarios';

coverageScenarios(launchFirefoxDriver);
