/**
 * `npm start`: build the extension, serve the demo dApp on 127.0.0.1, and open Chromium/Chrome with
 * the extension loaded on it. Without a browser or a display, say so in one line and print the
 * folder to load by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from './server';

const extensionDir = resolve('.output/chrome-mv3');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browsers = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
const browser = browsers.find((p): p is string => !!p && existsSync(p));
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

if (!browser || !hasDisplay) {
  console.log(`${!browser ? 'No Chromium or Chrome found' : 'No display available'}: load ${extensionDir} by hand (chrome://extensions → Developer mode → Load unpacked), then run \`npm run demo\` for the demo dApp.`);
  process.exit(0);
}

const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 0) });
console.log(`Demo dApp: ${demo.url}`);
const args = [
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'lrt-advisor-start-'))}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  demo.url,
];
const child = spawn(browser, args, { stdio: 'ignore' });
child.on('exit', async () => {
  await demo.close();
  process.exit(0);
});
process.on('SIGINT', () => child.kill());
