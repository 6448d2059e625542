import { chooseScenarios } from './choose-scenarios';
import { launchChromiumDriver } from './playwright-driver';

chooseScenarios((colorScheme) => launchChromiumDriver({ colorScheme }));
