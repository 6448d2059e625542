import { launchChromiumDriver } from './playwright-driver';
import { popupScenarios } from './popup-scenarios';

popupScenarios(launchChromiumDriver);
