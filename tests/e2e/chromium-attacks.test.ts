import { launchChromiumDriver } from './playwright-driver';
import { attackScenarios } from './attack-scenarios';

attackScenarios(launchChromiumDriver);
