import { chooseScenarios } from './choose-scenarios';
import { FIREFOX_EXTENSION_DIR, launchFirefoxDriver } from './puppeteer-driver';

chooseScenarios((colorScheme) => launchFirefoxDriver(FIREFOX_EXTENSION_DIR, { colorScheme }));
