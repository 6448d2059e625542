import { launchChromiumDriver } from './playwright-driver';
import { crossOriginFrameScenarios } from './cross-origin-frame-scenarios';

crossOriginFrameScenarios(launchChromiumDriver);
