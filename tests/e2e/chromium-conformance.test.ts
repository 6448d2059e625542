import { launchChromiumDriver, launchPlainChromiumDriver } from './playwright-driver';
import { conformanceScenarios } from './conformance-scenarios';

conformanceScenarios(launchChromiumDriver, launchPlainChromiumDriver);
