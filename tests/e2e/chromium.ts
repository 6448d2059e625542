/**
 * One real Chromium per suite with the built extension loaded (Debian's /usr/bin/chromium, driven by
 * playwright-core; Playwright's own browser downloads are never used).
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian `chromium` (bash .ci/run does) or set CHROMIUM_PATH');
  return found;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * `colorScheme`: the system's light or dark preference every page of this browser sees. `withWorker: false` for an
 * extension that has no service worker (its id is then left empty).
 */
export async function launchWithExtension(
  extensionDir = CHROME_EXTENSION_DIR,
  options: { colorScheme?: 'light' | 'dark'; withWorker?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run npm run build`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'lrt-advisor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = options.withWorker !== false ? new URL((await worker()).url()).host : '';
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
