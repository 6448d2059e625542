import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { fetchAvsNames } from './fetch-avs-names';

const A = '0x870679E138bCdf293b7Ff14dD44b70FC97e12fc0';
const B = '0x9FC952BdCbB7Daca7d420fA55b942405B073A89d';
let server: Server;
let base = '';
const seen: { url: string; token: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', token: req.headers['x-api-token'] as string | undefined });
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.headers['x-api-token'] !== 'good-key') {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'Missing or invalid API token.' }));
    }
    if (url.pathname === '/bad/avs/addresses') return res.end('<html><script>alert(1)</script></html>');
    const skip = Number(url.searchParams.get('skip'));
    const all = [
      { name: 'EigenDA', address: A },
      { name: '<img src=x onerror=alert(1)>', address: B },
    ];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: skip === 0 ? all : [], meta: { total: 2, skip, take: 100 } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('fetchAvsNames (EigenExplorer)', () => {
  it('sends the key in a header, never in the URL, and keeps names as plain data', async () => {
    const result = await fetchAvsNames({ fetch, baseUrl: base, apiKey: 'good-key' });
    expect(result).toMatchObject({ ok: true, data: { names: { [A.toLowerCase()]: 'EigenDA', [B.toLowerCase()]: '<img src=x onerror=alert(1)>' } } });
    expect(seen.every((s) => !s.url.includes('good-key') && s.token === 'good-key')).toBe(true);
  });

  it('reports a rejected key as an http error', async () => {
    const result = await fetchAvsNames({ fetch, baseUrl: base, apiKey: 'wrong' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.shortMessage).toBe('http 401');
  });

  it('reports a non-JSON answer as an invalid payload', async () => {
    const result = await fetchAvsNames({ fetch, baseUrl: `${base}/bad`, apiKey: 'good-key' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.shortMessage).toBe('invalid payload');
  });
});
