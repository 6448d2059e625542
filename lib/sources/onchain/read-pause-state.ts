import type { Address, Chain, Client, Transport } from 'viem';
import {
  accessManagerAbi,
  etherfiPausableAbi,
  lrtDepositPoolAbi,
  renzoRiskOracleAbi,
  rswEthAbi,
  swellAccessControlAbi,
  ynEthAbi,
} from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { CallRevertedError, DependencyFailedError, type OnchainError } from './errors.ts';
import { failedFact, notApplicableFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { PauseSide, PauseTarget, ProtocolId } from './targets.ts';

export interface PauseCheck {
  contract: string;
  address: Address;
  check: string;
  /** What the flag stops: deposits, withdrawals, or both. */
  blocks: readonly PauseSide[];
  paused: boolean;
  /** For timed pauses (ether.fi `pausedUntil`): unix seconds. */
  until?: bigint;
}

export interface PauseValue {
  protocol: ProtocolId;
  /** True when any check says deposits are paused. */
  paused: boolean;
  /** True when any check says withdrawals are paused; null when no withdrawal pause was read. */
  withdrawalsPaused: boolean | null;
  checks: PauseCheck[];
}

type CheckOutcome = { ok: true; check: PauseCheck } | { ok: false; error: OnchainError; optional: boolean };

function checkName(t: PauseTarget): string {
  switch (t.read.kind) {
    case 'paused':
      return 'paused';
    case 'pausedUntil':
      return 'pausedUntil';
    case 'depositsPaused':
      return 'depositsPaused';
    case 'isTargetClosed':
      return 'isTargetClosed';
    case 'functionAdminOnly':
      return `getTargetFunctionRole(${t.read.fn})`;
    case 'viaManager':
      return `${t.read.getter}+${t.read.flag}`;
  }
}

/** The flag views a two-step check asks the manager (Swell's AccessControlManager, Renzo's risk-oracle middleware). */
const flagAbi = [...swellAccessControlAbi, ...renzoRiskOracleAbi] as const;

export function pauseSource(t: PauseTarget): string {
  if (t.read.kind === 'viaManager')
    return `${rpcSource(t.chainId, t.contract, t.read.getter)}+${rpcSource(t.chainId, t.read.getter, t.read.flag)}`;
  return rpcSource(t.chainId, t.contract, checkName(t));
}

/** First-round read for a pause target. */
export function pauseCall(t: PauseTarget): RawCall {
  const label = `${t.contract}.${checkName(t)}`;
  switch (t.read.kind) {
    case 'paused':
      return encodeRead(t.address, label, { abi: lrtDepositPoolAbi, functionName: 'paused' });
    case 'pausedUntil':
      return encodeRead(t.address, label, { abi: etherfiPausableAbi, functionName: 'pausedUntil' });
    case 'depositsPaused':
      return encodeRead(t.address, label, { abi: ynEthAbi, functionName: 'depositsPaused' });
    case 'isTargetClosed':
      return encodeRead(t.address, label, { abi: accessManagerAbi, functionName: 'isTargetClosed', args: [t.read.target] });
    case 'functionAdminOnly':
      return encodeRead(t.address, label, { abi: accessManagerAbi, functionName: 'getTargetFunctionRole', args: [t.read.target, t.read.selector] });
    case 'viaManager':
      return t.read.getter === 'AccessControlManager'
        ? encodeRead(t.address, `${t.contract}.${t.read.getter}`, { abi: rswEthAbi, functionName: 'AccessControlManager' })
        : encodeRead(t.address, `${t.contract}.${t.read.getter}`, { abi: renzoRiskOracleAbi, functionName: 'riskOracleMiddleware' });
  }
}

function decodeManager(read: Extract<PauseTarget['read'], { kind: 'viaManager' }>, first: RawResult | undefined) {
  return read.getter === 'AccessControlManager'
    ? decodeRead(first, { abi: rswEthAbi, functionName: 'AccessControlManager' })
    : decodeRead(first, { abi: renzoRiskOracleAbi, functionName: 'riskOracleMiddleware' });
}

/** Second-round read for two-step targets (the manager's address first); null when none is needed. */
export function pauseFollowUpCall(t: PauseTarget, first: RawResult | undefined): RawCall | OnchainError | null {
  if (t.read.kind !== 'viaManager') return null;
  const manager = decodeManager(t.read, first);
  if (!manager.ok) return new DependencyFailedError({ details: `${t.read.getter} not read`, cause: manager.error });
  return encodeRead(manager.value, `${t.read.getter}.${t.read.flag}`, { abi: flagAbi, functionName: t.read.flag });
}

/** Interprets a target's reads. `second` is the follow-up result for two-step targets. */
export function pauseCheck(
  t: PauseTarget,
  first: RawResult | undefined,
  second: RawResult | OnchainError | undefined,
  ctx: RoundContext,
): CheckOutcome {
  const base = { contract: t.contract, address: t.address, check: checkName(t), blocks: t.blocks };
  switch (t.read.kind) {
    case 'paused': {
      const r = decodeRead(first, { abi: lrtDepositPoolAbi, functionName: 'paused' });
      return r.ok ? { ok: true, check: { ...base, paused: r.value } } : { ok: false, error: r.error, optional: false };
    }
    case 'depositsPaused': {
      const r = decodeRead(first, { abi: ynEthAbi, functionName: 'depositsPaused' });
      return r.ok ? { ok: true, check: { ...base, paused: r.value } } : { ok: false, error: r.error, optional: false };
    }
    case 'pausedUntil': {
      const r = decodeRead(first, { abi: etherfiPausableAbi, functionName: 'pausedUntil' });
      // pausedUntil() arrived with PausableUntil (2026-06); an older implementation reverts and only `paused()` applies.
      if (!r.ok) return { ok: false, error: r.error, optional: r.error instanceof CallRevertedError };
      const now = ctx.block?.timestamp;
      return { ok: true, check: { ...base, paused: now !== undefined && r.value > now, until: r.value } };
    }
    case 'isTargetClosed': {
      const r = decodeRead(first, { abi: accessManagerAbi, functionName: 'isTargetClosed' });
      return r.ok ? { ok: true, check: { ...base, paused: r.value } } : { ok: false, error: r.error, optional: false };
    }
    case 'functionAdminOnly': {
      const r = decodeRead(first, { abi: accessManagerAbi, functionName: 'getTargetFunctionRole' });
      // ADMIN_ROLE is 0 in OpenZeppelin's AccessManager: only the admin may call, so the function is paused for everyone else.
      return r.ok ? { ok: true, check: { ...base, paused: r.value === 0n } } : { ok: false, error: r.error, optional: false };
    }
    case 'viaManager': {
      if (second === undefined) return { ok: false, error: new DependencyFailedError({ details: 'follow-up not read' }), optional: false };
      if (!('ok' in second)) return { ok: false, error: second, optional: false };
      const r = decodeRead(second, { abi: flagAbi, functionName: t.read.flag });
      return r.ok ? { ok: true, check: { ...base, paused: r.value } } : { ok: false, error: r.error, optional: false };
    }
  }
}

/**
 * One fact per protocol. `paused` is about deposits, `withdrawalsPaused` about exits. Any check saying "paused" wins even if another failed; otherwise a failed required check
 * fails the fact, because "not paused" must never be reported on partial evidence.
 */
export function pauseFact(
  protocol: ProtocolId,
  targets: readonly PauseTarget[],
  outcomes: readonly CheckOutcome[],
  ctx: RoundContext,
): OnchainFact<PauseValue> {
  const source = targets.map(pauseSource).join('+');
  const base = { source, asOf: ctx.asOf };
  if (targets.length === 0) return notApplicableFact('no pause view known', { source: `rpc:${ctx.chainId}`, asOf: ctx.asOf });
  const checks = outcomes.flatMap((o) => (o.ok ? [o.check] : []));
  const paused = checks.some((c) => c.paused && c.blocks.includes('deposit'));
  const exits = checks.filter((c) => c.blocks.includes('withdrawal'));
  const withdrawalsPaused = exits.length ? exits.some((c) => c.paused) : null;
  const requiredFailure = outcomes.find((o): o is Extract<CheckOutcome, { ok: false }> => !o.ok && !o.optional);
  if (!paused && !withdrawalsPaused && requiredFailure) return failedFact(requiredFailure.error, base);
  const skipped = outcomes.filter((o) => !o.ok && o.optional).length;
  return okFact(
    { protocol, paused, withdrawalsPaused, checks },
    { ...base, blockNumber: ctx.block?.number ?? null, ...(skipped ? { note: `${skipped} optional check(s) not available` } : {}) },
  );
}

/** Reads the pause state of the given protocols on the client's chain (two multicalls when a two-step target is present). */
export async function readPauseState(
  client: Client<Transport, Chain>,
  targets: readonly PauseTarget[],
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<OnchainFact<PauseValue>[]> {
  const now = options.now ?? Date.now;
  const onChain = targets.filter((t) => t.chainId === client.chain.id);
  const first = await aggregate3(client, onChain.map(pauseCall), { signal: options.signal });
  const follow = onChain.map((t, i) => pauseFollowUpCall(t, first.results[i]));
  const followCalls = follow.filter((f): f is RawCall => f !== null && 'callData' in f);
  const second = followCalls.length ? await aggregate3(client, followCalls, { signal: options.signal }) : null;
  let k = 0;
  const seconds = follow.map((f) => (f === null ? undefined : 'callData' in f ? second?.results[k++] : f));
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block: second?.block ?? first.block };
  const protocols = [...new Set(onChain.map((t) => t.protocol))];
  return protocols.map((p) => {
    const idx = onChain.flatMap((t, i) => (t.protocol === p ? [i] : []));
    return pauseFact(
      p,
      idx.map((i) => onChain[i]!),
      idx.map((i) => pauseCheck(onChain[i]!, first.results[i], seconds[i], ctx)),
      ctx,
    );
  });
}
