import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: 'LRT Advisor',
    description: 'One look before you sign a liquid-restaking deposit: what goes in, what comes out, what can slash it.',
  },
});
