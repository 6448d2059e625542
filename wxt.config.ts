import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: 'LRT Advisor',
    description: 'One look before you sign a liquid-restaking deposit: what goes in, what comes out, what can slash it.',
    // The warning's React UI is imported by the content script only when a warning is needed.
    web_accessible_resources: [{ resources: ['warning-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
  },
});
