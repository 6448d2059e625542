import { getBlockNumber } from 'viem/actions';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainRpcDefaults } from './chains/index.ts';
import { createLimiter } from './create-limiter.ts';
import { createRpcClient, parseRpcUrl } from './create-rpc-client.ts';
import { createRpcMeter } from './create-rpc-meter.ts';
import { toOnchainError } from './errors.ts';

/** A scripted JSON-RPC endpoint on 127.0.0.1: each test sets how it answers. */
let server: Server;
let url: string;
let handler: (req: IncomingMessage, res: ServerResponse, body: { id: number; method: string }) => void;
let inFlight = 0;
let peakInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      res.on('close', () => inFlight--);
      handler(req, res, JSON.parse(Buffer.concat(chunks).toString()) as { id: number; method: string });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('parseRpcUrl', () => {
  it.each([
    ['https://rpc.example.org/v1', true],
    ['http://127.0.0.1:8545', true],
    ['http://localhost:8545', true],
    ['http://rpc.example.org', false],
    ['ftp://rpc.example.org', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → accepted: %s', (raw, accepted) => {
    if (accepted) expect(parseRpcUrl(raw).toString()).toMatch(/^https?:/);
    else expect(() => parseRpcUrl(raw)).toThrow('invalid rpc url');
  });
});

describe('createRpcClient', () => {
  it('uses the chain default endpoint unless overridden, and carries the chain Multicall3', () => {
    const client = createRpcClient(324);
    expect(client.chain.rpcUrls.default.http[0]).toBe(chainRpcDefaults[324]!.rpcUrl);
    expect(client.chain.contracts?.multicall3?.address).toBe('0xF9cda624FBC7e059355ce98a31693d299FACd963');
    expect(createRpcClient(1, { rpcUrl: url }).chain.rpcUrls.default.http[0]).toBe(url);
  });

  it('refuses an unknown chain', () => {
    expect(() => createRpcClient(999_999)).toThrow('unknown chain');
  });

  it('retries a 503 with exponential backoff, counting each HTTP attempt', async () => {
    let calls = 0;
    handler = (_req, res, body) => (++calls <= 2 ? json(res, 503, {}) : json(res, 200, { jsonrpc: '2.0', id: body.id, result: '0x10' }));
    const meter = createRpcMeter();
    const client = createRpcClient(1, { rpcUrl: url, retryCount: 2, retryDelayMs: 50, meter });
    const started = Date.now();
    await expect(getBlockNumber(client)).resolves.toBe(16n);
    // Backoff: 1 × 50 ms, then 2 × 50 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(meter).toEqual({ requests: 1, httpAttempts: 3, byMethod: { eth_blockNumber: 1 } });
  });

  it('does not retry a revert, and maps it to "call reverted"', async () => {
    handler = (_req, res, body) => json(res, 200, { jsonrpc: '2.0', id: body.id, error: { code: 3, message: 'execution reverted', data: '0x' } });
    const meter = createRpcMeter();
    const client = createRpcClient(1, { rpcUrl: url, retryCount: 3, retryDelayMs: 10, meter });
    const err = await client.request({ method: 'eth_call', params: [{ to: '0x0000000000000000000000000000000000000001', data: '0x' }, 'latest'] }).catch((e: unknown) => e);
    expect(toOnchainError(err).shortMessage).toBe('call reverted');
    expect(meter.httpAttempts).toBe(1);
  });

  it('times out a hung endpoint per attempt: "rpc timeout", bounded wall time', async () => {
    handler = () => undefined; // never answers
    const meter = createRpcMeter();
    const client = createRpcClient(1, { rpcUrl: url, timeoutMs: 100, retryCount: 1, retryDelayMs: 10, meter });
    const started = Date.now();
    const err = await getBlockNumber(client).catch((e: unknown) => e);
    expect(toOnchainError(err).shortMessage).toBe('rpc timeout');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(meter.httpAttempts).toBe(2);
  });

  it('reports a 429 as rate limited once its retries are spent', async () => {
    handler = (_req, res) => json(res, 429, {});
    const client = createRpcClient(1, { rpcUrl: url, retryCount: 1, retryDelayMs: 10 });
    expect(toOnchainError(await getBlockNumber(client).catch((e: unknown) => e)).shortMessage).toBe('rpc rate limited');
  });

  it('refuses a response larger than the cap', async () => {
    handler = (_req, res, body) => json(res, 200, { jsonrpc: '2.0', id: body.id, result: `0x${'0'.repeat(300_000)}` });
    const client = createRpcClient(1, { rpcUrl: url, retryCount: 0, maxResponseBytes: 100_000 });
    const err = await client.request({ method: 'eth_call', params: [{ to: '0x0000000000000000000000000000000000000001', data: '0x' }, 'latest'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(['rpc unavailable', 'rpc error']).toContain(toOnchainError(err).shortMessage);
  });

  it('caps concurrent requests with a shared limiter, across clients', async () => {
    handler = (_req, res, body) => setTimeout(() => json(res, 200, { jsonrpc: '2.0', id: body.id, result: '0x1' }), 60);
    peakInFlight = 0;
    const limiter = createLimiter(3);
    const a = createRpcClient(1, { rpcUrl: url, limiter });
    const b = createRpcClient(42161, { rpcUrl: url, limiter });
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).request({ method: 'eth_chainId' })));
    expect(limiter.peak).toBe(3);
    expect(peakInFlight).toBeLessThanOrEqual(3);
    expect(limiter.active).toBe(0);
  });
});
