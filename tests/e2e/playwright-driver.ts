import { chromium, type CDPSession, type Frame, type Locator, type Page } from 'playwright-core';
import type { BrowserDriver, PageDriver } from './driver';
import { CHROMIUM_FLAGS, chromiumPath, launchWithExtension } from './chromium';

/**
 * The warning's dialog, found by role in whichever frame shows it: the extension's framed page, or the page itself
 * (an open shadow root, when the framed page cannot load).
 */
async function findWarning(page: Page): Promise<{ frame: Frame; dialog: Locator } | null> {
  for (const frame of page.frames()) {
    const dialog = frame.getByRole('alertdialog');
    try {
      if (await dialog.count()) return { frame, dialog: dialog.first() };
    } catch {
      // The frame went away while we looked.
    }
  }
  return null;
}

async function untilWarning<T>(page: Page, timeout: number, what: string, fn: (found: { frame: Frame; dialog: Locator }) => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await findWarning(page);
    if (found) {
      try {
        const value = await fn(found);
        if (value !== undefined) return value;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    if (Date.now() > deadline) throw new Error(`${what} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `fn(dialog, arg)` in the warning's frame, where `dialog` is its alertdialog, found through open shadow roots. */
export function inWarningExpression(fn: (...args: never[]) => unknown, arg: unknown): string {
  const find = `(function find(root) {
    const direct = root.querySelector('[role="alertdialog"]');
    if (direct) return direct;
    for (const el of root.querySelectorAll('*')) { const inner = el.shadowRoot ? find(el.shadowRoot) : null; if (inner) return inner; }
    return null;
  })(document)`;
  return `(${fn.toString()})(${find}, ${JSON.stringify(arg ?? null)})`;
}

export function pageDriver(page: Page): PageDriver {
  return {
    browserName: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    clickTestId: (id) => page.getByTestId(id).click(),
    bringToFront: () => page.bringToFront(),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    waitForWarning: (timeout = 10_000) => untilWarning(page, timeout, 'the warning did not appear', async ({ dialog }) => (await dialog.isVisible()) || undefined).then(() => undefined),
    warningVisible: async () => !!(await (await findWarning(page))?.dialog.isVisible().catch(() => false)),
    warningText: async () => {
      const found = await findWarning(page);
      return found ? found.dialog.innerText().catch(() => null) : null;
    },
    // A person clicks in the tab they look at: input to an extension frame in a background tab (behind the control
    // tab stopWorker opens) is not delivered.
    clickWarningButton: (name) =>
      page.bringToFront().then(() => untilWarning(page, 5000, `no enabled "${name}" button in the warning`, async ({ dialog }) => {
        const button = dialog.getByRole('button', { name, exact: true });
        if (!(await button.isEnabled({ timeout: 200 }))) return undefined;
        // A real click at the button's place on screen, as a person's; Playwright's own click would then wait on a
        // frame the choice takes down.
        const box = await button.boundingBox({ timeout: 1000 });
        if (!box) return undefined;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return true;
      })).then(() => undefined),
    focusedInWarning: async () => {
      const found = await findWarning(page);
      if (!found) return null;
      return found.frame.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent ?? null;
      });
    },
    inWarning: async (fn, arg) => {
      const found = await findWarning(page);
      // An expression, not a serialised function with eval inside: the extension page's CSP forbids eval.
      return (found ? found.frame : page.mainFrame()).evaluate(inWarningExpression(fn, arg)) as never;
    },
    scriptInWarning: async (source) => {
      const found = await findWarning(page);
      await (found ? found.frame : page.mainFrame()).evaluate(source);
    },
    evaluateInFrame: async (prefix, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(prefix));
      if (!frame) throw new Error(`no frame at ${prefix}`);
      return frame.evaluate(fn as never, arg) as never;
    },
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

/** `extensionDir`: another build of the extension (one without its worker: tests/e2e/without-worker.ts). */
export async function launchChromiumDriver(options: { colorScheme?: 'light' | 'dark'; extensionDir?: string; withWorker?: boolean } = {}): Promise<BrowserDriver> {
  const browser = await launchWithExtension(options.extensionDir, options);
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
