/**
 * The worker end to end in Node, with real parts: DefiLlama-format payloads from a local HTTP server,
 * EigenLayer and LRT stand-ins on a real anvil chain, in-memory storage. What the warning and the popup
 * get from it must carry live facts with their source and as-of, survive a failing source with the
 * good data kept, and respect the person's settings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../tests/support/memory-storage';
import { createRpcClient } from '../sources/onchain/create-rpc-client';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { startLocalServer, type LocalServer } from '../../tests/fixtures/defillama/local-server';
import { compileStandIns } from '../../tests/fixtures/onchain/compile-stand-ins';
import { aavePool, connectWorld, loadArbitrumWorld, loadMainnetWorld } from '../../tests/fixtures/onchain/load-world';
import { encodeFunctionData, parseAbi } from 'viem';
import { getTokenAddress } from '../protocols/registry';
import { startAnvil, type AnvilInstance } from '../../tests/fixtures/onchain/start-anvil';
import { closedPort } from '../../tests/fixtures/onchain/start-slow-proxy';
import { createWorker } from './create-worker';
import type { TokenReport } from '../report/token-report';
import { PRICE_FROM_DEFILLAMA } from '../report/risk-facts';
import { marketTargets } from '../sources/onchain/targets';
import type { HoldInput } from '../messaging/hold-messages';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/defillama/${name}`, import.meta.url), 'utf8');
const json = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
};

let server: LocalServer;
let mainnet: AnvilInstance;
let arbitrum: AnvilInstance;
let dead: number;
const NOW = new Date('2026-11-25T12:00:00Z');

function makeWorker() {
  const storage = createMemoryStorage();
  const worker = createWorker({
    storage,
    session: createMemoryStorage(),
    snapshot: loadSnapshot(),
    fetch,
    now: () => NOW,
    baseUrls: { yields: server.url, api: server.url, coins: server.url },
    clientFor: (chainId, rpcUrl) =>
      createRpcClient(chainId, {
        rpcUrl: rpcUrl ?? ({ 1: mainnet.url, 42161: arbitrum.url } as Record<number, string>)[chainId] ?? `http://127.0.0.1:${dead}`,
        retryCount: 0,
        timeoutMs: 5_000,
      }),
    injectWarningUi: async () => undefined,
    openTab: async () => undefined,
  });
  return { worker, storage };
}

beforeAll(async () => {
  compileStandIns();
  server = await startLocalServer({
    '/pools': json(fixture('pools.json')),
    '/protocols': json(fixture('protocols.json')),
    '/prices/current/*': json(fixture('coins.json')),
  });
  [mainnet, arbitrum, dead] = await Promise.all([startAnvil({ chainId: 1 }), startAnvil({ chainId: 42161 }), closedPort()]);
  const world = connectWorld(mainnet);
  await loadMainnetWorld(world);
  // pufETH's pool answers none of a pool's views here, so its peg falls back to DefiLlama's price.
  await world.setCode(marketTargets.find((t) => t.protocol === 'puffer')!.pool, 'PausableStandIn');
  await loadArbitrumWorld(connectWorld(arbitrum));
}, 120_000);

afterAll(async () => {
  await server?.close();
  mainnet?.stop();
  arbitrum?.stop();
});

const kelpDeposit: HoldInput = {
  requests: [{ method: 'eth_sendTransaction', params: [{ to: '0x036676389e48133B63a802f8635AD39E752D375D', data: '0x72c51c0b' + '00'.repeat(64), value: '0xde0b6b3a7640000' }] }],
  chainId: '0x1',
  via: 'request',
  wallet: 'window.ethereum',
};

describe('the worker with live sources', () => {
  it('works offline from the snapshot alone, saying what it could not check', async () => {
    const { worker } = makeWorker();
    const report = (await worker.tokenReport('rseth')) as TokenReport;
    // The snapshot's last known figure, dated and sourced, stands in until a refresh.
    expect(report.facts.tvlUsd).toMatchObject({ known: true, value: 1_210_000_000, asOf: '2026-03-19', verification: 'secondary' });
    expect(report.facts.exposure.known).toBe(false);
    expect(report.verdict.level).not.toBe('ok');
    const status = (await worker.status()) as { snapshotAsOf: string; sources: { id: string; text: string }[] };
    expect(status.snapshotAsOf).toBe(loadSnapshot().asOf);
    expect(status.sources.find((s) => s.id === 'defillama.pools')?.text).toBe(`snapshot ${loadSnapshot().asOf}`);
  });

  it('refreshes every source, and the report then carries live facts with source and as-of', async () => {
    const { worker } = makeWorker();
    await worker.refreshNow();
    const report = (await worker.tokenReport('rseth')) as TokenReport;
    expect(report.facts.tvlUsd).toMatchObject({ known: true, value: 1_100_000_000 });
    expect(report.facts.tvlUsd.known && report.facts.tvlUsd.source).toContain(server.url);
    expect(report.facts.exposure.known).toBe(true);
    if (!report.facts.exposure.known) return;
    expect(report.facts.exposure.value.operatorSets.length).toBeGreaterThan(0);
    expect(report.facts.exposure.source).toMatch(/^rpc:1:/);
    // rsETH's peg is its market price on the Uniswap v3 pool (about 0.9995 WETH per rsETH in the stand-in world), not
    // DefiLlama's price (a string in the payload, which is rejected anyway).
    expect(report.facts.peg).toMatchObject({ known: true, value: { market: 'Uniswap v3 pool 0x0596…e1D3 (WETH)', redemptionValue: 1.05 } });
    expect(report.facts.peg.known && report.facts.peg.source).toBe('rpc:1:UniswapV3Quoter.quoteExactInputSingle');
    // No readable pufETH pool (see beforeAll): its peg comes from DefiLlama's price against the on-chain PufferVault rate.
    const puffer = (await worker.tokenReport('pufeth')) as TokenReport;
    expect(puffer.facts.peg).toMatchObject({ known: true, value: { market: PRICE_FROM_DEFILLAMA, redemptionValue: 1.04 } });
    expect(puffer.facts.peg.known && puffer.facts.peg.source).toMatch(/prices.*\+ rpc:1:/);
    expect(puffer.verdict.findings.find((f) => f.rule === 'peg')).toMatchObject({ level: 'high', value: 257.9 });
    const slashing = report.verdict.findings.find((f) => f.rule === 'slashable-share')!;
    expect(slashing.level).not.toBe('unknown');
    expect(slashing.asOf).toBe('2026-11-25');
    const lines = ((await worker.status()) as { sources: { id: string; text: string; state: string }[] }).sources;
    expect(lines.filter((l) => l.id.startsWith('defillama.')).map((l) => l.state)).toEqual(['live', 'live', 'live']);
    expect(lines.find((l) => l.id === 'onchain')?.state).toBe('live');
  }, 60_000);

  it('refreshes on-chain facts in one multicall per chain once it has a plan from the stored data', async () => {
    const { worker } = makeWorker();
    await worker.refreshNow();
    const trips = async () => (await worker.live()).onchain?.data?.roundTrips.byChain as Record<string, { rounds: number }> | undefined;
    expect((await trips())?.['1']?.rounds).toBe(4);
    await worker.refreshNow();
    expect((await trips())?.['1']?.rounds).toBe(1);
    const report = (await worker.tokenReport('rseth')) as TokenReport;
    expect(report.facts.exposure.known).toBe(true);
  }, 60_000);

  it('keeps the good data when a source later fails, and says so', async () => {
    const { worker } = makeWorker();
    await worker.refreshNow();
    const failing = server.routes.get('/protocols')!;
    server.routes.set('/protocols', (_req, res) => void res.writeHead(503).end());
    try {
      await worker.refreshNow();
    } finally {
      server.routes.set('/protocols', failing);
    }
    const report = (await worker.tokenReport('rseth')) as TokenReport;
    expect(report.facts.tvlUsd).toMatchObject({ known: true, value: 1_100_000_000 });
    const line = ((await worker.status()) as { sources: { id: string; text: string }[] }).sources.find((l) => l.id === 'defillama.protocols');
    expect(line?.text).toMatch(/^failed: http 503/);
  }, 60_000);

  it('assesses a Kelp deposit with live slashing facts in the verdict', async () => {
    const { worker } = makeWorker();
    await worker.refreshNow();
    const a = await worker.assess(kelpDeposit, 'https://app.example', { tabId: 7, frameId: 0 });
    expect(a.kind).toBe('warn');
    if (a.kind !== 'warn') return;
    const item = a.report.items[0]!;
    expect(item.summary).toBe('You deposit 1 ETH into Kelp DAO (LRTDepositPool, primary) and receive rsETH');
    expect(item.report?.id).toBe('rseth');
    expect(item.verdict.findings.find((f) => f.rule === 'avs-count')?.level).not.toBe('unknown');
    expect(a.report.freshness?.sources.find((s) => s.id === 'onchain')?.state).toBe('live');
    // "This tab" sees what was held, then the decision.
    expect(await worker.tabState(7)).toMatchObject({ decision: 'pending', report: { origin: 'https://app.example' } });
    await worker.recordDecision({ tabId: 7 }, 'cancel');
    expect(await worker.tabState(7)).toMatchObject({ decision: 'cancel' });
  }, 60_000);

  it('measures a weETH collateral loop on Aave at the threshold the refresh read on-chain', async () => {
    const { worker } = makeWorker();
    const supply: HoldInput = {
      ...kelpDeposit,
      requests: [
        {
          method: 'eth_sendTransaction',
          params: [{
            to: aavePool(1),
            data: encodeFunctionData({
              abi: parseAbi(['function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)']),
              functionName: 'supply',
              args: [getTokenAddress('weETH', 1)!, 2n * 10n ** 18n, '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', 0],
            }),
          }],
        },
      ],
    };
    const looping = async () => {
      const a = await worker.assess(supply, 'https://app.example', { tabId: 8, frameId: 0 });
      if (a.kind !== 'warn') throw new Error('not held');
      return a.report.items[0]!.verdict.findings.find((f) => f.rule === 'looping')!;
    };
    // Before any refresh: Aave's threshold is on-chain only, so the loop cannot be measured, and says why.
    expect(await looping()).toMatchObject({ level: 'unknown' });
    await worker.refreshNow();
    const finding = await looping();
    // E-Mode category 1 takes weETH at 95 % (AAVE.coreEModes): a 10× loop is liquidated by a 5.3 % fall in its price.
    // Outside E-Mode (75 %) the same finding would say 3× and 11.1 %: the loop is measured where loops are run. The
    // supply itself borrows nothing, so the line is a caution, never high on the market's account.
    expect(finding).toMatchObject({ level: 'caution', value: 5.3, asOf: '2026-11-25' });
    expect(finding.evidence).toContain('liquidation threshold 95%, 10× loop');
    expect(finding.source).toMatch(/^rpc:1:AaveV3Pool\.getConfiguration \+ getEModeCategoryCollateralConfig \(Aave v3 Core market, weETH: E-Mode category 1/);
  }, 60_000);

  it('never warns on a muted site, and rejects invalid settings with the reason', async () => {
    const { worker } = makeWorker();
    expect(await worker.setSettings({ mutedSites: ['app.example'] })).toMatchObject({ ok: true });
    expect(await worker.assess(kelpDeposit, 'https://app.example', {})).toEqual({ kind: 'release' });
    expect(await worker.setSettings({ rpcUrls: { '1': 'http://rpc.example.org' } })).toEqual({
      ok: false,
      error: 'rpcUrls.1: an https URL (or http to localhost), without credentials',
    });
    expect(((await worker.getSettings()) as { mutedSites: string[] }).mutedSites).toEqual(['https://app.example']);
  });

  it('uses the RPC endpoint the person set', async () => {
    const { worker } = makeWorker();
    await worker.setSettings({ rpcUrls: { '1': `http://127.0.0.1:${dead}` } });
    await worker.refreshNow();
    const report = (await worker.tokenReport('rseth')) as TokenReport;
    // Mainnet now points at a closed port: nothing on-chain is known, and the status says why.
    expect(report.facts.exposure).toMatchObject({ known: false, reason: expect.stringMatching(/^the on-chain read failed \(/) });
  }, 60_000);
});
