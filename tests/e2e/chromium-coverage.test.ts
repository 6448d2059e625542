import { launchChromiumDriver } from './playwright-driver';
import { coverageScenarios } from './coverage-scenarios';

coverageScenarios(launchChromiumDriver);
