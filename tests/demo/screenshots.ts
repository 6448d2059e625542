/**
 * `npm run screenshots`: the README's pictures, taken from the real extension in headless Chromium: the
 * warning on the demo dApp (light and dark), and the popup's token page and compare view at popup size.
 */
import { mkdir } from 'node:fs/promises';
import { launchWithExtension } from '../e2e/chromium';
import { startDemoServer } from './server';

const OUT = 'tests/screenshots';
await mkdir(OUT, { recursive: true });
const demo = await startDemoServer();
const browser = await launchWithExtension();
try {
  // The warning on a 1280×800 and a 1024×640 screen, light and dark: the batch (one headline, numbered steps).
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 800],
      [1024, 640],
    ] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      await page.goto(demo.url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.getByTestId('batch-approve-deposit').click();
      // The warning is the extension's own page, framed over the dApp: wait for its dialog in whichever frame shows it.
      const deadline = Date.now() + 10_000;
      const shown = async () => (await Promise.all(page.frames().map((f) => f.getByRole('alertdialog').isVisible().catch(() => false)))).some(Boolean);
      while (!(await shown())) {
        if (Date.now() > deadline) throw new Error('the warning did not appear');
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${OUT}/warning-${scheme}${width === 1280 ? '' : `-${width}x${height}`}.png` });
      await page.close();
    }
  }
  // The popup as it opens from the toolbar (Chrome caps a popup at 800 × 600): rsETH's report, and the
  // comparison, which widens the popup.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html#/token/rseth`);
  await popup.getByTestId('token-page').waitFor();
  await popup.getByTestId('first-screen').waitFor();
  await popup.screenshot({ path: `${OUT}/popup-token.png` });
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.evaluate(() => (location.hash = '#/compare'));
  await popup.getByTestId('compare-table').waitFor();
  await popup.getByTestId('sort-verdict').click();
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await popup.screenshot({ path: `${OUT}/popup-compare.png` });
  await popup.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await demo.close();
}
