/** Every pause the refresh reads, per protocol: what it stops and where it is read. */
import type { Hex } from 'viem';
import { getProtocol } from '../../protocols/registry.ts';
import { fromRegistry, present, pufferAccessManager, registeredToken, withRegistry, type RegisteredTarget } from './target-registry.ts';
import type { PauseRead, PauseSide, PauseTarget, ProtocolId } from './target-types.ts';

const pause = (p: RegisteredTarget | null, read: PauseRead, blocks: readonly PauseSide[]): PauseTarget | null =>
  p ? { protocol: p.protocol, chainId: p.chainId, contract: p.contract, address: p.address, read, blocks, addressSource: p.addressSource } : null;

const DEPOSIT: readonly PauseSide[] = ['deposit'];
const EXIT: readonly PauseSide[] = ['withdrawal'];
const BOTH: readonly PauseSide[] = ['deposit', 'withdrawal'];

const pufferVault = fromRegistry('puffer', 'PufferVault', 1);
const pufferWithdrawals = fromRegistry('puffer', 'PufferWithdrawalManager', 1);
const swellToken = fromRegistry('swell', 'rswETH', 1);
const pufferAm = (read: PauseRead, blocks: readonly PauseSide[]): PauseTarget => ({
  protocol: 'puffer', chainId: 1, contract: 'AccessManager', address: pufferAccessManager.address, read, blocks, addressSource: pufferAccessManager.source,
});
/** A registry function's selector, so a pause read asks about the very function a person calls. */
const selectorOf = (protocol: ProtocolId, contract: string, fn: string): Hex | null =>
  (getProtocol(protocol)?.contracts.find((c) => c.name === contract)?.functions.find((f) => f.signature.startsWith(`function ${fn}(`))?.selector as Hex | undefined) ?? null;
const pufferFunction = (t: RegisteredTarget | null, fn: string, blocks: readonly PauseSide[]): PauseTarget | null => {
  const selector = t && selectorOf('puffer', t.contract, fn);
  return t && selector ? pufferAm({ kind: 'functionAdminOnly', target: t.address, selector, fn }, blocks) : null;
};

/**
 * Every pause that blocks a deposit or an exit, per protocol (the contracts' `whenNotPaused` and equivalent guards):
 * ether.fi's LiquidityPool guards deposits and withdrawal requests; Kelp's rsETH `mint`/`burnFrom` have their own
 * pause besides the deposit pool and the withdrawal manager; Renzo's v2.1 risk-oracle middleware pauses deposits,
 * requests and claims on its own; Puffer closes a target or moves one function to the admin role; Swell's
 * AccessControlManager has separate deposit and withdrawal flags. YieldNest's withdrawal queue has no pause view.
 */
export const pauseTargets: readonly PauseTarget[] = present<PauseTarget>([
  pause(fromRegistry('etherfi', 'LiquidityPool', 1), { kind: 'paused' }, BOTH),
  pause(fromRegistry('etherfi', 'LiquidityPool', 1), { kind: 'pausedUntil' }, BOTH),
  pause(fromRegistry('kelp', 'LRTDepositPool', 1), { kind: 'paused' }, DEPOSIT),
  pause(withRegistry(fromRegistry('kelp', 'LRTDepositPool', 1), { contract: 'RSETH', address: registeredToken('rsETH', 1), addressSource: 'registry token rsETH' }), { kind: 'paused' }, BOTH),
  pause(fromRegistry('kelp', 'LRTWithdrawalManager', 1), { kind: 'paused' }, EXIT),
  pause(fromRegistry('renzo', 'RestakeManager', 1), { kind: 'paused' }, DEPOSIT),
  pause(fromRegistry('renzo', 'RestakeManager', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'depositPaused' }, DEPOSIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'paused' }, EXIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'withdrawRequestPaused' }, EXIT),
  pause(fromRegistry('renzo', 'WithdrawQueue', 1), { kind: 'viaManager', getter: 'riskOracleMiddleware', flag: 'withdrawClaimPaused' }, EXIT),
  pufferVault ? pufferAm({ kind: 'isTargetClosed', target: pufferVault.address }, BOTH) : null,
  pufferFunction(pufferVault, 'depositETH', DEPOSIT),
  pufferWithdrawals ? pufferAm({ kind: 'isTargetClosed', target: pufferWithdrawals.address }, EXIT) : null,
  pufferFunction(pufferWithdrawals, 'requestWithdrawal', EXIT),
  pause(swellToken && { ...swellToken, contract: 'RswETH' }, { kind: 'viaManager', getter: 'AccessControlManager', flag: 'coreMethodsPaused' }, DEPOSIT),
  pause(swellToken && { ...swellToken, contract: 'RswETH' }, { kind: 'viaManager', getter: 'AccessControlManager', flag: 'withdrawalsPaused' }, EXIT),
  pause(fromRegistry('yieldnest', 'ynETH', 1), { kind: 'depositsPaused' }, DEPOSIT),
  {
    protocol: 'inception', chainId: 1, contract: 'inETH', address: registeredToken('inETH', 1), read: { kind: 'paused' }, blocks: BOTH,
    addressSource: 'registry token inETH',
  },
]);
