/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension installed as a
 * temporary add-on. Workarounds (see ../shared toolchain notes): `--remote-allow-system-access` to
 * open moz-extension:// pages, a pinned moz-extension UUID, and fire-and-forget navigation to them.
 */
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserDriver, PageDriver } from './driver';
import { GECKO_ID } from '../../wxt.config';
import { inWarningExpression } from './playwright-driver';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX_UUID = '6b0d1d0e-4c3b-4a59-9a8f-1e2d3c4b5a69';

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install Debian `firefox-esr` (bash .ci/run does) or set FIREFOX_PATH');
  return found;
}

/** The frame that shows the warning: the extension's framed page, or the page itself (an open shadow root). */
async function findWarning(page: Page): Promise<{ frame: Frame; dialog: ElementHandle<Element> } | null> {
  for (const frame of page.frames()) {
    try {
      const handle = await frame.evaluateHandle(inWarningExpression((d: Element | null) => d, null));
      const dialog = handle.asElement() as ElementHandle<Element> | null;
      if (dialog) return { frame, dialog };
      await handle.dispose();
    } catch {
      // The frame went away while we looked, or cannot be scripted.
    }
  }
  return null;
}

function pageDriver(page: Page): PageDriver {
  const inWarning = async <T, A>(fn: (dialog: HTMLElement | null, arg: A) => T, arg?: A): Promise<T> => {
    // The warning's frame can go away between finding it and asking it (the dialog closes, or is rebuilt): look again.
    for (let attempt = 0; ; attempt++) {
      const found = await findWarning(page);
      try {
        return (await (found ? found.frame : page.mainFrame()).evaluate(inWarningExpression(fn as never, arg))) as T;
      } catch (error) {
        if (attempt >= 2 || !found || !/no such frame|detached|destroyed|not found/i.test(String(error))) throw error;
      }
    }
  };
  const visible = () =>
    inWarning((d) => {
      const dialog = d as HTMLDialogElement | null;
      return !!dialog && dialog.open && dialog.getBoundingClientRect().height > 0 && getComputedStyle(dialog).visibility !== 'hidden';
    }).catch(() => false);
  return {
    browserName: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    clickTestId: async (id) => {
      const el = await page.waitForSelector(`[data-testid="${id}"]`);
      await el!.click();
    },
    bringToFront: () => page.bringToFront(),
    press: (key) => page.keyboard.press(key as never),
    waitForWarning: async (timeout = 10_000) => {
      const deadline = Date.now() + timeout;
      while (!(await visible())) {
        if (Date.now() > deadline) throw new Error(`the warning did not appear within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    warningVisible: visible,
    warningText: () => inWarning((d) => (d ? d.innerText : null)).catch(() => null),
    clickWarningButton: async (name) => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const found = await findWarning(page);
        // The frame that showed it can go away between finding it and listing its buttons (a dialog closing).
        const buttons = found ? await found.dialog.$$('button').catch(() => []) : [];
        for (const b of buttons) {
          try {
            const [text, disabled] = await b.evaluate((el) => [el.textContent, (el as HTMLButtonElement).disabled] as const);
            if (text === name && !disabled) return void (await b.click());
          } catch (error) {
            // The warning was rebuilt (after a page tampered with it) between finding the button and clicking it.
            if (!/detached|no such|not found|context/i.test(String(error))) throw error;
          }
        }
        if (Date.now() > deadline) throw new Error(`no enabled "${name}" button in the warning`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    focusedInWarning: async () => {
      const found = await findWarning(page);
      if (!found) return null;
      return found.frame
        .evaluate(() => {
          let active: Element | null = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.textContent ?? null;
        })
        .catch(() => null);
    },
    inWarning,
    scriptInWarning: async (source) => {
      const found = await findWarning(page);
      await (found ? found.frame : page.mainFrame()).evaluate(source);
    },
    evaluateInFrame: async (prefix, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(prefix));
      if (!frame) throw new Error(`no frame at ${prefix}`);
      return frame.evaluate(fn as never, arg as never) as never;
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    mouseClick: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}

/** The same Firefox without the extension: the baseline a page's behaviour is compared against. */
export const launchPlainFirefoxDriver = (): Promise<BrowserDriver> => launchFirefoxDriver(null);

/** `colorScheme`: the light or dark preference pages see (Firefox's content override: 0 dark, 1 light). */
export async function launchFirefoxDriver(extensionDir: string | null = FIREFOX_EXTENSION_DIR, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserDriver> {
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run npm run build:firefox`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'lrt-advisor-ff-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  if (extensionDir !== null) await browser.installExtension(extensionDir);
  return {
    browserName: 'firefox',
    newPage: async () => pageDriver(await browser.newPage()),
    // Firefox's MV3 background is an event page with no stop control over WebDriver BiDi.
    stopWorker: async () => false,
    tabCount: async () => (await browser.pages()).length,
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // Navigation to moz-extension:// never resolves over BiDi; the page still loads. Not awaited (it would only
      // time out): the caller waits for the page to be ready.
      void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { timeout: 30_000 }).catch(() => {});
      return pageDriver(page);
    },
    close: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
