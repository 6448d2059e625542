/**
 * `npm run screenshots`: the README's pictures, taken from the real extension in headless Chromium on
 * the demo dApp (light and dark).
 */
import { mkdir } from 'node:fs/promises';
import { launchWithExtension } from '../e2e/chromium';
import { startDemoServer } from './server';

const OUT = 'tests/screenshots';
await mkdir(OUT, { recursive: true });
const demo = await startDemoServer();
const browser = await launchWithExtension();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 900, height: 760 });
    await page.goto(demo.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('batch-approve-deposit').click();
    await page.getByRole('alertdialog').waitFor();
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${OUT}/warning-${scheme}.png` });
    await page.close();
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await demo.close();
}
