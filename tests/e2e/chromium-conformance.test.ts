import { launchChromiumDriver, launchPlainChromiumDriver } from './playwright-driver';
import { conformanceScenarios } from './conformance-scenarios';

// Three libraries' pages at a time: headless Chromium keeps every page visible.
conformanceScenarios(launchChromiumDriver, launchPlainChromiumDriver, { sideBySide: 3 });
