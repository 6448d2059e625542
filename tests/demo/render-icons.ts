/**
 * `node --import tsx tests/demo/render-icons.ts`: renders the extension icon (SVG below) to the PNG
 * sizes the manifests use, in public/icon/, with headless Chromium. Run after changing the drawing.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium';

/** A shield (a look before you sign) over three stacked layers (restaking stacks yield and risk). */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <path d="M64 6 L114 24 V62 C114 92 92 114 64 124 C36 114 14 92 14 62 V24 Z" fill="#0f172a"/>
  <path d="M64 14 L106 29 V62 C106 87 88 106 64 115 C40 106 22 87 22 62 V29 Z" fill="#f59e0b"/>
  <path d="M64 38 L92 50 L64 62 L36 50 Z" fill="#0f172a"/>
  <path d="M40 60 L64 70 L88 60 L92 62 L64 74 L36 62 Z" fill="#0f172a"/>
  <path d="M40 72 L64 82 L88 72 L92 74 L64 86 L36 74 Z" fill="#0f172a"/>
</svg>`;

const SIZES = [16, 32, 48, 96, 128];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${ICON_SVG}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
