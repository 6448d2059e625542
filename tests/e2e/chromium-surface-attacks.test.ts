import { launchChromiumDriver } from './playwright-driver';
import { surfaceAttackScenarios } from './surface-attack-scenarios';

surfaceAttackScenarios(launchChromiumDriver, { concurrent: true, ownBrowsers: true });
