/**
 * Serves the conformance and attack pages on 127.0.0.1: each page's source, the stand-in wallet and the shared
 * harness are bundled from npm with esbuild when the server starts (viem, ethers, web3 and wagmi exactly as a dApp
 * would ship them, MetaMask's and Frame's in-page providers as the wallets ship them). `/<entry>.html` loads
 * `fixtures.js`, then the wallet named by `?wallet=` (a wallet's injected script runs before the dApp's), then the
 * page. `?head=<name>` puts one of the registered scripts inline at the top of `<head>`, before
 * anything else on the page. Loopback only.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { conformanceFixtures } from './fixtures';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Every page source under tests/conformance/. */
export const PAGE_ENTRIES = ['viem-page', 'ethers-page', 'ethers5-page', 'web3-page', 'wagmi-page', 'legacy-page', 'frozen-page', 'two-wallets-page'] as const;
/**
 * The wallets a page can load with `?wallet=<name>`: the real MetaMask and Frame in-page providers, or (default) the
 * stand-in, kept for what no wallet package offers (frozen providers, two wallets behind `ethereum.providers`, a
 * late wallet, a lenient wallet, a forgeable content-script channel).
 */
export const WALLET_SCRIPTS = { standin: 'wallet', metamask: 'metamask-wallet', frame: 'frame-wallet' } as const;

export interface ConformanceServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ConformanceServerOptions {
  /** Inline scripts a page can ask for with `?head=<name>`. */
  headScripts?: Record<string, string>;
  /** Bundle only these entries (the wallet is always bundled). */
  entries?: readonly string[];
}

const escapeScript = (source: string) => source.replace(/<\/script/gi, '<\\/script');

function html(entry: string | null, head: string | null, wallet: string): string {
  return `<!doctype html>
<html lang="en">
<head>
${head === null ? '' : `<script>${escapeScript(head)}</script>\n`}<meta charset="utf-8">
<title>LRT Advisor conformance: ${entry ?? 'blank'}</title>
<script src="/fixtures.js"></script>
<script src="/${wallet}.js"></script>
${entry ? `<script type="module" src="/${entry}.js"></script>` : ''}
</head>
<body data-ready="${entry ? 'false' : 'true'}"><h1>${entry ?? 'blank'}</h1><button type="button" data-testid="page-button">a page button</button></body>
</html>`;
}

/** Bundles the wallet (a classic script: it must run before the page's module) and the page entries (modules). */
export async function bundlePages(entries: readonly string[] = PAGE_ENTRIES): Promise<Map<string, string>> {
  const common = {
    bundle: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    outdir: '/out',
    logLevel: 'silent',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  const wallets = Object.values(WALLET_SCRIPTS).map((w) => ({ in: `${HERE}${w}.ts`, out: w }));
  const results = await Promise.all([
    // Wallet scripts are classic scripts: they must run before the page's module. The real wallets' stream code
    // reads `process.nextTick` and `global`, as it does under browserify in the wallets' own builds.
    build({ ...common, entryPoints: wallets, format: 'iife', inject: [`${HERE}node-globals.ts`], define: { ...common.define, global: 'globalThis' } }),
    build({ ...common, entryPoints: entries.map((e) => ({ in: `${HERE}${e}.ts`, out: e })), format: 'esm' }),
  ]);
  const files = new Map<string, string>();
  for (const file of results.flatMap((r) => r.outputFiles)) files.set(file.path.replace(/^.*\//, ''), file.text);
  return files;
}

export async function startConformanceServer(options: ConformanceServerOptions = {}): Promise<ConformanceServer> {
  const entries = options.entries ?? PAGE_ENTRIES;
  const files = await bundlePages(entries);
  const fixtures = `window.__fixtures = ${JSON.stringify(conformanceFixtures())};`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/fixtures.js') return send(200, 'text/javascript; charset=utf-8', fixtures);
    const wallet = /^\/([a-z-]+)\.js$/.exec(path)?.[1];
    if (wallet && (Object.values(WALLET_SCRIPTS) as string[]).includes(wallet)) return send(200, 'text/javascript; charset=utf-8', files.get(`${wallet}.js`)!);
    const page = /^\/([a-z0-9-]+)\.(html|js)$/.exec(path);
    if (page) {
      const [, name, ext] = page as unknown as [string, string, string];
      if (ext === 'js' && files.has(`${name}.js`)) return send(200, 'text/javascript; charset=utf-8', files.get(`${name}.js`)!);
      if (ext === 'html' && (name === 'blank' || entries.includes(name))) {
        const headName = url.searchParams.get('head');
        const head = headName === null ? null : (options.headScripts?.[headName] ?? null);
        if (headName !== null && head === null) return send(404, 'text/plain', `no head script ${headName}`);
        const walletName = url.searchParams.get('wallet') ?? 'standin';
        const wallet = WALLET_SCRIPTS[walletName as keyof typeof WALLET_SCRIPTS];
        if (!wallet) return send(404, 'text/plain', `no wallet ${walletName}`);
        return send(200, 'text/html; charset=utf-8', html(name === 'blank' ? null : name, head, wallet));
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
