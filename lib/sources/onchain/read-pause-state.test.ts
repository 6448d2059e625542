import type { Hex } from 'viem';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileStandIns } from '../../../tests/fixtures/onchain/compile-stand-ins.ts';
import {
  connectWorld,
  loadMainnetWorld,
  RENZO_RISK_ORACLE_MIDDLEWARE,
  SWELL_ACCESS_CONTROL,
  type World,
} from '../../../tests/fixtures/onchain/load-world.ts';
import { startAnvil, type AnvilInstance } from '../../../tests/fixtures/onchain/start-anvil.ts';
import { createRpcClient } from './create-rpc-client.ts';
import type { OnchainFact } from './fact.ts';
import { readPauseState, type PauseValue } from './read-pause-state.ts';
import { pauseTargets, type ProtocolId } from './targets.ts';

/*
 * Every pause that blocks a deposit or an exit, read through the real selectors against stand-ins on anvil: Renzo's
 * v2.1 risk-oracle middleware, Puffer's pauseSelectors (a function moved to ADMIN_ROLE while the vault stays open),
 * Kelp's rsETH token pause and withdrawal manager, Swell's withdrawal flag.
 */

let anvil: AnvilInstance;
let world: World;
let baseline: Hex;

beforeAll(async () => {
  compileStandIns();
  anvil = await startAnvil({ chainId: 1 });
  world = connectWorld(anvil);
  await loadMainnetWorld(world);
  baseline = await world.snapshot();
}, 60_000);

afterAll(async () => {
  await anvil?.stop();
});

beforeEach(async () => {
  await world.revert(baseline);
  baseline = await world.snapshot();
});

async function read(protocol: ProtocolId): Promise<OnchainFact<PauseValue>> {
  const client = createRpcClient(1, { rpcUrl: anvil.url, retryCount: 0, timeoutMs: 5_000 });
  const facts = await readPauseState(client, pauseTargets.filter((t) => t.protocol === protocol));
  return facts[0]!;
}

const value = (f: OnchainFact<PauseValue>): PauseValue => {
  if (f.status !== 'ok') throw new Error(`expected ok, got ${f.status}`);
  return f.value;
};
const at = (protocol: ProtocolId, contract: string) => pauseTargets.find((t) => t.protocol === protocol && t.contract === contract)!.address;

describe('pauses that block a deposit or an exit', () => {
  it('names every check it read, deposit and withdrawal, per protocol', async () => {
    const renzo = value(await read('renzo'));
    expect(renzo.checks.map((c) => [c.contract, c.check, c.blocks])).toEqual([
      ['RestakeManager', 'paused', ['deposit']],
      ['RestakeManager', 'riskOracleMiddleware+depositPaused', ['deposit']],
      ['WithdrawQueue', 'paused', ['withdrawal']],
      ['WithdrawQueue', 'riskOracleMiddleware+withdrawRequestPaused', ['withdrawal']],
      ['WithdrawQueue', 'riskOracleMiddleware+withdrawClaimPaused', ['withdrawal']],
    ]);
    // The loaded world pauses Renzo's RestakeManager only.
    expect(renzo).toMatchObject({ paused: true, withdrawalsPaused: false });
    for (const p of ['etherfi', 'kelp', 'puffer', 'swell', 'inception'] as const) expect(value(await read(p))).toMatchObject({ paused: false, withdrawalsPaused: false });
    // YieldNest's withdrawal queue has no pause view: the withdrawal side stays unknown, not "open".
    expect(value(await read('yieldnest'))).toMatchObject({ paused: false, withdrawalsPaused: null });
  });

  it("Renzo: the middleware's depositPaused pauses deposits while RestakeManager.paused() is false", async () => {
    await world.send(at('renzo', 'RestakeManager'), 'RestakeManagerStandIn', 'setPaused', [false]);
    expect(value(await read('renzo')).paused).toBe(false);
    await world.send(RENZO_RISK_ORACLE_MIDDLEWARE, 'RiskOracleMiddlewareStandIn', 'setFlags', [true, false, false]);
    const v = value(await read('renzo'));
    expect(v).toMatchObject({ paused: true, withdrawalsPaused: false });
    expect(v.checks.find((c) => c.check === 'riskOracleMiddleware+depositPaused')?.paused).toBe(true);
  });

  it("Renzo: the middleware's withdrawClaimPaused pauses withdrawals", async () => {
    await world.send(RENZO_RISK_ORACLE_MIDDLEWARE, 'RiskOracleMiddlewareStandIn', 'setFlags', [false, false, true]);
    expect(value(await read('renzo')).withdrawalsPaused).toBe(true);
  });

  it('Puffer: pauseSelectors moves depositETH to ADMIN_ROLE (0) while isTargetClosed stays false', async () => {
    const check = pauseTargets.find((t) => t.protocol === 'puffer' && t.read.kind === 'functionAdminOnly' && t.read.fn === 'depositETH')!;
    if (check.read.kind !== 'functionAdminOnly') throw new Error('unreachable');
    expect(check.read.selector).toBe('0x2d2da806');
    await world.send(check.address, 'AccessManagerStandIn', 'setTargetFunctionRole', [check.read.target, check.read.selector, 0n]);
    const v = value(await read('puffer'));
    expect(v).toMatchObject({ paused: true, withdrawalsPaused: false });
    expect(v.checks.find((c) => c.check === 'isTargetClosed' && c.blocks.includes('deposit'))?.paused).toBe(false);
  });

  it('Puffer: closing the withdrawal manager pauses withdrawals', async () => {
    const closed = pauseTargets.find((t) => t.protocol === 'puffer' && t.read.kind === 'isTargetClosed' && t.blocks.includes('withdrawal') && !t.blocks.includes('deposit'))!;
    if (closed.read.kind !== 'isTargetClosed') throw new Error('unreachable');
    await world.send(closed.address, 'AccessManagerStandIn', 'setTargetClosed', [closed.read.target, true]);
    expect(value(await read('puffer'))).toMatchObject({ paused: false, withdrawalsPaused: true });
  });

  it("Kelp: rsETH's own pause stops mint and burn, so deposits and withdrawals, with the deposit pool open", async () => {
    await world.send(at('kelp', 'RSETH'), 'PausableErc20StandIn', 'setPaused', [true]);
    expect(value(await read('kelp'))).toMatchObject({ paused: true, withdrawalsPaused: true });
  });

  it('Kelp: a paused withdrawal manager pauses withdrawals only', async () => {
    await world.send(at('kelp', 'LRTWithdrawalManager'), 'KelpWithdrawalManagerStandIn', 'setPaused', [true]);
    expect(value(await read('kelp'))).toMatchObject({ paused: false, withdrawalsPaused: true });
  });

  it("Swell: the AccessControlManager's withdrawalsPaused pauses withdrawals", async () => {
    await world.send(SWELL_ACCESS_CONTROL, 'SwellAccessControlStandIn', 'setWithdrawalsPaused', [true]);
    expect(value(await read('swell'))).toMatchObject({ paused: false, withdrawalsPaused: true });
  });
});
