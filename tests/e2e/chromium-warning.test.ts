import { launchChromiumDriver } from './playwright-driver';
import { warningScenarios } from './warning-scenarios';

warningScenarios(launchChromiumDriver);
