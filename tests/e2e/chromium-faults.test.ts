import { launchChromiumDriver } from './playwright-driver';
import { faultScenarios } from './fault-scenarios';

faultScenarios(launchChromiumDriver);
