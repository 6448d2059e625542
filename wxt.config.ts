import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { compile, optimize } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * zod compiles fast validators with `new Function` when it may, and probes for that ability. Extension
 * pages forbid eval (MV3 CSP) and store reviewers flag the constructor, so the bundle never holds it:
 * zod then takes its interpreted path, which is what it does under CSP anyway.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'lrt-advisor:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function;')) return null;
      return { code: code.replaceAll('const F = Function;', 'const F = undefined;'), map: null };
    },
  };
}

/**
 * The popup's first frame is its index.html markup; React mounts once that has painted. The rules that markup
 * uses are compiled by Tailwind from the page itself and inlined, and the whole stylesheet comes with the app
 * (start.tsx imports it), so a 21 kB stylesheet no longer holds the first paint.
 */
function inlineShellCss(): Plugin {
  return {
    name: 'lrt-advisor:inline-shell-css',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (!/[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const base = dirname(ctx.filename);
        const compiler = await compile(readFileSync(join(base, 'style.css'), 'utf8'), { base, onDependency: () => undefined });
        const candidates = new Scanner({}).scanFiles([{ content: html, extension: 'html' }]);
        const { code } = optimize(compiler.build(candidates), { minify: true });
        return [{ tag: 'style', attrs: { 'data-shell': '' }, children: code, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The two scripts every page runs at document_start (the MAIN-world hook and the isolated-world bridge), and the hold
 * machinery the bridge imports (warning-holds), start with a bare call of their `main`. WXT's entrypoint wrapper
 * around them only logs a crash in development (its logger prints nothing in a production build) and initialises WXT runtime plugins, which this project has none of: in the bundle
 * every page downloads and parses, it was a few hundred bytes that did nothing.
 */
function bareDocumentStartScripts(): Plugin {
  const entry = /^\0virtual:wxt-(unlisted-script|content-script-main-world)-entrypoint\?(.*[\\/]entrypoints[\\/](?:warning-bridge|warning-holds|wallet-hook\.content)\.ts)$/;
  return {
    name: 'lrt-advisor:bare-document-start-scripts',
    enforce: 'pre',
    load(id) {
      const m = entry.exec(id);
      return m ? `import definition from ${JSON.stringify(m[2])};\ndefinition.main();\n` : null;
    },
  };
}

/** Fixed so Firefox keeps the add-on's storage across installs and tests can pin its moz-extension UUID. */
export const GECKO_ID = 'lrt-advisor@lrt-advisor.org';

/** The isolated world's half of the page bridge (entrypoints/warning-bridge.ts), an unlisted script built by WXT. */
const BRIDGE_SCRIPT = 'warning-bridge.js';

/**
 * Lists the bridge as a content script right after the MAIN-world hook, with the hook's own options (every frame,
 * about:blank, srcdoc and blob: frames, document_start): WXT's content-script wrapper would run on every page
 * (it reads the runtime API and posts a window message carrying the extension's id), an unlisted script's does not.
 */
function listBridge(manifest: { content_scripts?: { js?: string[]; world?: string }[] }): void {
  const scripts = manifest.content_scripts ?? [];
  const hook = scripts.find((c) => c.world === 'MAIN' && c.js?.includes('content-scripts/wallet-hook.js'));
  if (!hook) throw new Error('the MAIN-world hook is not in the manifest');
  const { world: _world, ...options } = hook;
  scripts.splice(scripts.indexOf(hook) + 1, 0, { ...options, js: [BRIDGE_SCRIPT] });
}

export default defineConfig({
  hooks: { 'build:manifestGenerated': (_wxt, manifest) => listBridge(manifest) },
  // Firefox gets Manifest V3 too: MAIN-world content scripts at document_start (Firefox 128+) beat
  // dApp scripts, where WXT's MV2 default would inject the hook through a <script> tag, too late.
  // Minimum 140 (the ESR that ships `data_collection_permissions`, which AMO requires).
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  // The AMO sources archive: what builds the extension, not test artifacts.
  zip: { excludeSources: ['tests/.artifacts/**', 'tests/screenshots/**'] },
  // JSON imports (the bundled snapshot) compile to JSON.parse of a string, which engines parse much faster than the
  // equivalent object literal: it shortens the worker's start when a held request wakes it.
  vite: () => ({ plugins: [tailwindcss(), zodWithoutEval(), inlineShellCss(), bareDocumentStartScripts()], json: { stringify: true } }),
  manifest: ({ browser }) => ({
    name: 'LRT Advisor',
    description: 'One look before you sign a liquid-restaking deposit: what goes in, what comes out, what can slash it.',
    // `scripting` + hosts: the worker injects the warning's React UI into a frame only when a warning
    // is needed (it is not web-accessible). `storage`: settings and the data cache. `alarms`: the
    // periodic refresh of the data sources.
    permissions: ['scripting', 'storage', 'alarms'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The warning's decision surface, framed by the content script, and (Chromium) the hold machinery the bridge
    // imports on a frame's first hold (it must load without the worker): the only resources a page can load.
    // Chrome serves them only under a per-session id (use_dynamic_url), so a page cannot probe for the extension
    // with them; Firefox's moz-extension host is already random per profile.
    web_accessible_resources: [
      {
        resources: ['warning-frame.html', ...(browser !== 'firefox' ? ['warning-holds.js'] : [])],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing about the person leaves the browser: the extension only reads public data sources.
        gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
