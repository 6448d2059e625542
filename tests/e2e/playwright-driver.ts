import { chromium, type CDPSession, type Page } from 'playwright-core';
import type { BrowserDriver, PageDriver } from './driver';
import { CHROMIUM_FLAGS, chromiumPath, launchWithExtension } from './chromium';

const WARNING = 'lrt-advisor-warning';

function pageDriver(page: Page): PageDriver {
  const dialog = () => page.getByRole('alertdialog');
  return {
    browserName: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    clickTestId: (id) => page.getByTestId(id).click(),
    press: (key) => page.keyboard.press(key),
    waitForWarning: (timeout = 10_000) => dialog().waitFor({ state: 'visible', timeout }),
    warningVisible: () => dialog().isVisible(),
    warningText: async () => ((await dialog().count()) ? dialog().innerText() : null),
    clickWarningButton: (name) => dialog().getByRole('button', { name, exact: true }).click(),
    focusedInWarning: () =>
      page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.textContent ?? null, WARNING),
    screenshot: async (path) => void (await page.screenshot({ path })),
    mouseClick: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}

/** The same Chromium without the extension: the baseline a page's behaviour is compared against. */
export async function launchPlainChromiumDriver(): Promise<BrowserDriver> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  return {
    browserName: 'chromium',
    newPage: async () => pageDriver(await context.newPage()),
    stopWorker: async () => false,
    openExtensionPage: () => Promise.reject(new Error('no extension in this browser')),
    close: () => browser.close(),
  };
}

export async function launchChromiumDriver(): Promise<BrowserDriver> {
  const browser = await launchWithExtension();
  let workerControl: Promise<CDPSession> | null = null;
  return {
    browserName: 'chromium',
    newPage: async () => pageDriver(await browser.context.newPage()),
    stopWorker: async () => {
      // An extension-origin tab's DevTools session can stop the extension's worker.
      workerControl ??= (async () => {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        return cdp;
      })();
      await (await workerControl).send('ServiceWorker.stopAllWorkers');
      return true;
    },
    evaluateInBackground: async <T>(fn: () => T | Promise<T>) => (await browser.worker()).evaluate(fn) as Promise<T>,
    openExtensionPage: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return pageDriver(page);
    },
    tabCount: async () => browser.context.pages().length,
    close: () => browser.close(),
  };
}
