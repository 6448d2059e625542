/**
 * The demo dApp's server: static files plus `/transactions.json`, the real restaking transactions the
 * buttons send, encoded at start from the protocols' ABIs and addresses. Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoTransactions } from './transactions';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface DemoServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A page whose first script records when it ran (the benchmark's page-load measure). */
const FIRST_SCRIPT_PAGE = '<!doctype html><html><head><script>window.__firstScript = performance.now();</script></head><body>first script</body></html>';

export async function startDemoServer({ port = 0, firstScriptPage = false } = {}): Promise<DemoServer> {
  const transactions = JSON.stringify(demoTransactions(), null, 2);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (firstScriptPage && path === '/first-script.html') {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return res.end(FIRST_SCRIPT_PAGE);
    }
    if (path === '/transactions.json') {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      return res.end(transactions);
    }
    const file = normalize(join(PUBLIC, path === '/' || path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(PUBLIC)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
