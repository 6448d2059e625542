import { concat, getAddress, pad, toFunctionSelector, type Address, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileStandIns } from '../../../tests/fixtures/onchain/compile-stand-ins.ts';
import { connectWorld, MULTICALL3, type World } from '../../../tests/fixtures/onchain/load-world.ts';
import { processAlive, startAnvil, type AnvilInstance } from '../../../tests/fixtures/onchain/start-anvil.ts';
import { closedPort } from '../../../tests/fixtures/onchain/start-slow-proxy.ts';
import { createRpcClient } from './create-rpc-client.ts';
import type { OnchainFact } from './fact.ts';
import {
  readSymbioticVaults,
  symbioticAppAdapterAbi,
  symbioticDelegatorV2Abi,
  symbioticSlasherAbi,
  symbioticVaultAbi,
  symbioticVaultTargets,
  symbioticVaultV2Abi,
  type SymbioticVaultFacts,
  type SymbioticVaultTarget,
} from './read-symbiotic-vaults.ts';

const e18 = 10n ** 18n;
const DAY = 86_400;
const addr = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, '0')}`);

/** Registered vault addresses (lib/protocols/symbiotic.ts), so the reader is tested at the addresses it will read. */
const STEAKHOUSE: Address = '0xf7Ce770AbdD1895f2CB0989D7cf2A26705FF37a7';
const GAUNTLET: Address = '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da';
const MEV_CAPITAL: Address = '0x4e0554959A631B3D3938ffC158e0a7b2124aF9c5';
const ETHERFI: Address = '0x450a90fdEa8B87a6448Ca1C87c88Ff65676aC45b';
const ROCKMELON: Address = '0x575d6DD4EA8636E08952Bd7f8AF977081754B1B7';
const WSTETH: Address = '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0';
/** Version 2 vaults (not registered addresses: no such vault is in the registry yet). */
const V2_VAULT = addr(0x2000);
const V2_EMPTY = addr(0x2001);
const DELEGATOR = addr(0x2100);
const EMPTY_DELEGATOR = addr(0x2101);
const APP_ADAPTER = addr(0x2200);
const LENDING_ADAPTER = addr(0x2201);
const OPERATOR = addr(0x2300);

const VETO_SLASHER = addr(0x5100);
const INSTANT_SLASHER = addr(0x5101);
const FUTURE_SLASHER = addr(0x5102);
const BURNER = addr(0xb0);
const RESOLVER = addr(0x5e50);
/** Subnetwork = network address ‖ 96-bit identifier (symbioticfi/core src/contracts/libraries/Subnetwork.sol). */
const SUBNETWORK_WITH_RESOLVER = concat([addr(0x1e7), pad('0x00', { size: 12 })]) as Hex;
const SUBNETWORK_WITHOUT = concat([addr(0x1e8), pad('0x01', { size: 12 })]) as Hex;

let anvil: AnvilInstance;
let world: World;

const ok = <T>(f: OnchainFact<T>): T => {
  if (f.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(f, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
  return f.value;
};
const client = () => createRpcClient(1, { rpcUrl: anvil.url, retryCount: 0, timeoutMs: 5_000 });
const target = (address: Address, name: string, subnetworks?: Hex[]): SymbioticVaultTarget => ({ chainId: 1, address, name, ...(subnetworks ? { subnetworks } : {}) });
const byVault = (facts: SymbioticVaultFacts[], vault: Address) => facts.find((f) => f.vault === vault)!;

beforeAll(async () => {
  compileStandIns();
  anvil = await startAnvil({ chainId: 1 });
  world = connectWorld(anvil);
  const { setCode, send } = world;
  await setCode(MULTICALL3, 'Multicall3StandIn');
  const vault = async (at: Address, slasher: Address, epochDays: number, stake: bigint) => {
    await setCode(at, 'SymbioticVaultStandIn');
    await send(at, 'SymbioticVaultStandIn', 'set', [WSTETH, BURNER, slasher, epochDays * DAY, stake]);
  };
  // Mellow's deploy parameters for the Steakhouse vault: VetoSlasher, 7-day epoch, 3-day veto.
  await vault(STEAKHOUSE, VETO_SLASHER, 7, 1234n * e18);
  await setCode(VETO_SLASHER, 'SymbioticVetoSlasherStandIn');
  await send(VETO_SLASHER, 'SymbioticVetoSlasherStandIn', 'setVetoDuration', [3 * DAY]);
  await send(VETO_SLASHER, 'SymbioticVetoSlasherStandIn', 'setResolver', [SUBNETWORK_WITH_RESOLVER, RESOLVER]);
  await vault(GAUNTLET, INSTANT_SLASHER, 6, 50n * e18);
  await setCode(INSTANT_SLASHER, 'SymbioticInstantSlasherStandIn');
  await vault(MEV_CAPITAL, '0x0000000000000000000000000000000000000000', 10, 7n * e18);
  await vault(ETHERFI, FUTURE_SLASHER, 7, 1n);
  await setCode(FUTURE_SLASHER, 'SymbioticFutureSlasherStandIn');
  // ROCKMELON: no code at all.
  // A version 2 vault: 900 wstETH, placed by its delegator with a lending adapter and an app adapter (300 slashable, 6 days).
  await setCode(V2_VAULT, 'SymbioticVaultV2StandIn');
  await send(V2_VAULT, 'SymbioticVaultV2StandIn', 'set', [WSTETH, 900n * e18, DELEGATOR]);
  await setCode(DELEGATOR, 'SymbioticUniversalDelegatorStandIn');
  await send(DELEGATOR, 'SymbioticUniversalDelegatorStandIn', 'setAdapters', [[LENDING_ADAPTER, APP_ADAPTER]]);
  await setCode(LENDING_ADAPTER, 'SymbioticLendingAdapterStandIn');
  await setCode(APP_ADAPTER, 'SymbioticAppAdapterStandIn');
  await send(APP_ADAPTER, 'SymbioticAppAdapterStandIn', 'set', [BURNER, 6 * DAY, SUBNETWORK_WITH_RESOLVER, OPERATOR, 300n * e18]);
  // A version 2 vault whose delegator has no adapter yet.
  await setCode(V2_EMPTY, 'SymbioticVaultV2StandIn');
  await send(V2_EMPTY, 'SymbioticVaultV2StandIn', 'set', [WSTETH, 5n * e18, EMPTY_DELEGATOR]);
  await setCode(EMPTY_DELEGATOR, 'SymbioticUniversalDelegatorStandIn');
}, 60_000);

afterAll(async () => {
  const pid = anvil?.pid;
  await anvil?.stop();
  if (pid !== undefined) expect(processAlive(pid)).toBe(false);
});

describe('readSymbioticVaults against anvil', () => {
  it('calls the views symbioticfi/core 1.0.0 declares (selectors as in the shared reference)', () => {
    const selectors = [...symbioticVaultAbi, ...symbioticSlasherAbi].map((item) => [item.name, toFunctionSelector(item)]);
    expect(Object.fromEntries(selectors)).toEqual({
      collateral: '0xd8dfeb45',
      burner: '0x27810b6e',
      slasher: '0xb1344271',
      epochDuration: '0x4ff0876a',
      totalStake: '0x8b0e9f3f',
      TYPE: '0xbb24fe8a',
      vetoDuration: '0xe054e08b',
      resolver: '0xcd05b8a1',
    });
    // Version 2 (tag v2.0.0): VaultV2, UniversalDelegator, AppAdapter; selectors as solc computes them from those signatures.
    const v2 = [...symbioticVaultV2Abi, ...symbioticDelegatorV2Abi, ...symbioticAppAdapterAbi].map((item) => [`${item.name}`, toFunctionSelector(item)]);
    expect(Object.fromEntries(v2)).toEqual({
      version: toFunctionSelector('version()'),
      asset: '0x38d52e0f',
      totalAssets: '0x01e1d114',
      delegator: toFunctionSelector('delegator()'),
      adapters: toFunctionSelector('adapters(uint256)'),
      burner: '0x27810b6e',
      duration: toFunctionSelector('duration()'),
      subnetwork: toFunctionSelector('subnetwork()'),
      operator: toFunctionSelector('operator()'),
      slashable: toFunctionSelector('slashable()'),
    });
  });

  it('reads a version 2 vault the version 2 way: asset, total assets, and what each app adapter lets a network slash', async () => {
    const [v, empty] = await readSymbioticVaults(client(), [target(V2_VAULT, 'v2'), target(V2_EMPTY, 'v2 empty')]);
    expect(ok(v!.version)).toBe(3);
    expect(ok(v!.collateral)).toBe(WSTETH);
    expect(ok(v!.totalStake)).toBe(900n * e18);
    expect(ok(v!.adapters)).toEqual([
      { address: LENDING_ADAPTER, app: false, burner: null, durationSeconds: null, subnetwork: null, operator: null, slashable: null },
      { address: APP_ADAPTER, app: true, burner: BURNER, durationSeconds: 6 * DAY, subnetwork: SUBNETWORK_WITH_RESOLVER.toLowerCase(), operator: OPERATOR, slashable: 300n * e18 },
    ]);
    expect(ok(v!.slasher)).toEqual({ address: null, type: null, kind: 'instant' });
    for (const f of [v!.burner, v!.epochDuration, v!.vetoDuration, v!.resolvers]) expect(f.status).toBe('not-applicable');
    expect(v!.epochDuration).toMatchObject({ reason: expect.stringMatching(/no epochs/) });
    expect(ok(empty!.adapters)).toEqual([]);
    expect(ok(empty!.slasher).kind).toBe('none');
  });

  it('keeps reading version 1 vaults the version 1 way, with their version and no adapters', async () => {
    const [v] = await readSymbioticVaults(client(), [target(GAUNTLET, 'Gauntlet')]);
    expect(ok(v!.version)).toBe(1);
    expect(v!.adapters).toMatchObject({ status: 'not-applicable', reason: 'a version 1 vault has no adapters' });
  });

  it('reads a VetoSlasher vault: slasher type, epoch, veto, resolvers per subnetwork, burner, collateral, stake', async () => {
    const facts = await readSymbioticVaults(client(), [target(STEAKHOUSE, 'Steakhouse', [SUBNETWORK_WITH_RESOLVER, SUBNETWORK_WITHOUT])], { now: () => 1_764_000_000_000 });
    const v = facts[0]!;
    expect(ok(v.slasher)).toEqual({ address: VETO_SLASHER, type: 1, kind: 'veto' });
    expect(ok(v.epochDuration)).toBe(7 * DAY);
    expect(ok(v.vetoDuration)).toBe(3 * DAY);
    expect(ok(v.resolvers)).toEqual([
      { subnetwork: SUBNETWORK_WITH_RESOLVER, resolver: RESOLVER },
      { subnetwork: SUBNETWORK_WITHOUT, resolver: null },
    ]);
    expect(ok(v.burner)).toBe(BURNER);
    expect(ok(v.collateral)).toBe(WSTETH);
    expect(ok(v.totalStake)).toBe(1234n * e18);
    expect(v.slasher).toMatchObject({ source: `rpc:1:Vault@${STEAKHOUSE}.slasher+rpc:1:Vault@${STEAKHOUSE}.slasher.TYPE`, asOf: 1_764_000_000_000 });
    expect(v.epochDuration.status === 'ok' && v.epochDuration.blockNumber).toBeGreaterThan(0n);
  });

  it('says "not applicable" for veto facts of an instant slasher and of a vault without one', async () => {
    const facts = await readSymbioticVaults(client(), [target(GAUNTLET, 'Gauntlet', [SUBNETWORK_WITH_RESOLVER]), target(MEV_CAPITAL, 'MEV Capital')]);
    const gauntlet = byVault(facts, GAUNTLET);
    expect(ok(gauntlet.slasher)).toEqual({ address: INSTANT_SLASHER, type: 0, kind: 'instant' });
    expect(gauntlet.vetoDuration).toMatchObject({ status: 'not-applicable', reason: 'an instant Slasher has no veto' });
    expect(gauntlet.resolvers.status).toBe('not-applicable');
    const mev = byVault(facts, MEV_CAPITAL);
    expect(ok(mev.slasher)).toEqual({ address: null, type: null, kind: 'none' });
    expect(mev.vetoDuration).toMatchObject({ status: 'not-applicable', reason: 'the vault has no slasher' });
    expect(ok(mev.epochDuration)).toBe(10 * DAY);
  });

  it('keeps an unknown slasher TYPE as unknown, with a note, rather than guessing', async () => {
    const [v] = await readSymbioticVaults(client(), [target(ETHERFI, 'Ether.fi')]);
    expect(v!.slasher).toMatchObject({ status: 'ok', value: { address: FUTURE_SLASHER, type: 7, kind: null } });
    expect(v!.slasher.status === 'ok' && v!.slasher.note).toMatch(/TYPE 7/);
    expect(v!.vetoDuration.status).toBe('not-applicable');
  });

  it('fails every fact of an address with no code, and the slasher-dependent ones as "dependency failed"', async () => {
    const [v] = await readSymbioticVaults(client(), [target(ROCKMELON, 'Rockmelon')]);
    for (const f of [v!.version, v!.collateral, v!.burner, v!.epochDuration, v!.totalStake, v!.slasher]) expect(f).toMatchObject({ status: 'failed', error: { message: 'bad return data' } });
    expect(v!.vetoDuration).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
  });

  it('reads every registered vault by default, one multicall per round, and never throws on a dead endpoint', async () => {
    const targets = symbioticVaultTargets();
    expect(targets).toHaveLength(15);
    const methods: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      methods.push((JSON.parse(String(init?.body)) as { method: string }).method);
      return fetch(input, init);
    };
    const facts = await readSymbioticVaults(createRpcClient(1, { rpcUrl: anvil.url, retryCount: 0, fetchFn: recording }));
    expect(facts.map((f) => f.vault)).toEqual(targets.map((t) => t.address));
    // Vault views for all 15, then the slasher views of those with a slasher.
    expect(methods).toEqual(['eth_call', 'eth_call']);
    expect(ok(byVault(facts, STEAKHOUSE).slasher).kind).toBe('veto');

    const dead = createRpcClient(1, { rpcUrl: `http://127.0.0.1:${await closedPort()}`, retryCount: 0, timeoutMs: 2_000 });
    const none = await readSymbioticVaults(dead, [target(STEAKHOUSE, 'Steakhouse')]);
    expect(none[0]!.slasher).toMatchObject({ status: 'failed', error: { message: 'rpc unavailable' } });
    expect(none[0]!.vetoDuration).toMatchObject({ status: 'failed', error: { message: 'dependency failed' } });
  });

  it('ignores targets on other chains', async () => {
    expect(await readSymbioticVaults(client(), [{ chainId: 56, address: STEAKHOUSE, name: 'elsewhere' }])).toEqual([]);
  });
});
