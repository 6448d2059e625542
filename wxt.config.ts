import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

/** Fixed so Firefox keeps the add-on's storage across installs and tests can pin its moz-extension UUID. */
export const GECKO_ID = 'lrt-advisor@lrt-advisor.org';

export default defineConfig({
  // Firefox gets Manifest V3 too: MAIN-world content scripts at document_start (Firefox 128+) beat
  // dApp scripts, where WXT's MV2 default would inject the hook through a <script> tag, too late.
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: 'LRT Advisor',
    description: 'One look before you sign a liquid-restaking deposit: what goes in, what comes out, what can slash it.',
    // The warning's React UI is imported by the content script only when a warning is needed.
    web_accessible_resources: [{ resources: ['warning-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing about the person leaves the browser: the extension only reads public data sources.
        gecko: { id: GECKO_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
