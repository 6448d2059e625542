import { launchFirefoxDriver } from './puppeteer-driver';
import { popupScenarios } from './popup-scenarios';

popupScenarios(launchFirefoxDriver);
