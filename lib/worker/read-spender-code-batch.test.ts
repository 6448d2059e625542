/**
 * The spender reads a held request needs go out with the reads already in flight: one HTTP request carrying a
 * JSON-RPC batch, against a scripted endpoint on 127.0.0.1, through the same client the worker builds.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeFunctionData, parseAbi } from 'viem';
import { call } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intent } from '../../tests/support/risk-context';
import { createRpcClient } from '../sources/onchain/create-rpc-client';
import { createRpcMeter } from '../sources/onchain/create-rpc-meter';
import { readSpenderCode, spenderKey } from './read-spender-code';

const EOA = '0x1111111111111111111111111111111111111111';
const CONTRACT = '0x2222222222222222222222222222222222222222';
const OTHER = '0x3333333333333333333333333333333333333333';
const MULTICALL3 = '0xcA11bde05977b3631167028862bE2a173976CA11';

let server: Server;
let url: string;
const posts: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { id: number; method: string; params: [string] } | { id: number; method: string; params: [string] }[];
      posts.push(body);
      const answer = (r: { id: number; method: string; params: [string] }) => ({
        jsonrpc: '2.0',
        id: r.id,
        result: r.method === 'eth_getCode' ? (r.params[0] === EOA ? '0x' : '0x6080604052') : `0x${'0'.repeat(64)}`,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const grant = (spender: `0x${string}`) => intent({ action: 'approve', spender, flags: ['unregistered-spender'] });

describe('spender code reads', () => {
  it('share one HTTP request with each other and with a Multicall3 read in flight', async () => {
    posts.length = 0;
    const meter = createRpcMeter();
    const client = createRpcClient(1, { rpcUrl: url, batch: true, meter });
    const data = encodeFunctionData({ abi: parseAbi(['function getBlockNumber() view returns (uint256)']), functionName: 'getBlockNumber' });
    const [codes] = await Promise.all([
      readSpenderCode(() => client, [grant(EOA), grant(CONTRACT), grant(OTHER)], new Date('2026-12-01T00:00:00Z')),
      call(client, { to: MULTICALL3, data }),
    ]);
    expect(posts).toHaveLength(1);
    expect(meter.httpAttempts).toBe(1);
    const batch = posts[0] as { method: string }[];
    expect(batch.map((r) => r.method).sort()).toEqual(['eth_call', 'eth_getCode', 'eth_getCode', 'eth_getCode']);
    expect(codes.get(spenderKey(1, EOA))).toMatchObject({ known: true, value: false });
    expect(codes.get(spenderKey(1, CONTRACT))).toMatchObject({ known: true, value: true });
  });

  it('without batching, each read is its own round trip (what the batch saves)', async () => {
    posts.length = 0;
    const client = createRpcClient(1, { rpcUrl: url });
    await readSpenderCode(() => client, [grant(EOA), grant(CONTRACT), grant(OTHER)], new Date());
    expect(posts).toHaveLength(3);
  });
});
