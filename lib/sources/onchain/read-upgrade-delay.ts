import type { Address } from 'viem';
import { pufferTimelockAbi, timelockAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { TimelockTarget } from './targets.ts';

export interface UpgradeDelayValue {
  /** The snapshot's LRT id the delay applies to. */
  lrtId: string;
  timelock: Address;
  /** Seconds an upgrade waits in the timelock before it can run. */
  seconds: bigint;
}

/** More than a year is not a delay anyone configures; it means the wrong contract answered. */
const MAX_SECONDS = 366n * 24n * 3600n;

export function upgradeDelaySource(t: TimelockTarget): string {
  return rpcSource(t.chainId, t.contract, t.read);
}

export function upgradeDelayCall(t: TimelockTarget): RawCall {
  const label = `${t.contract}.${t.read}`;
  return t.read === 'getMinDelay'
    ? encodeRead(t.address, label, { abi: timelockAbi, functionName: 'getMinDelay' })
    : encodeRead(t.address, label, { abi: pufferTimelockAbi, functionName: 'delay' });
}

export function upgradeDelayFact(t: TimelockTarget, raw: RawResult | undefined, ctx: RoundContext): OnchainFact<UpgradeDelayValue> {
  const base = { source: upgradeDelaySource(t), asOf: ctx.asOf };
  const decoded =
    t.read === 'getMinDelay' ? decodeRead(raw, { abi: timelockAbi, functionName: 'getMinDelay' }) : decodeRead(raw, { abi: pufferTimelockAbi, functionName: 'delay' });
  if (!decoded.ok) return failedFact(decoded.error, base);
  if (decoded.value > MAX_SECONDS) return failedFact(new ImplausibleValueError({ details: `delay ${decoded.value}s` }), base);
  return okFact(
    { lrtId: t.lrtId, timelock: t.address, seconds: decoded.value },
    { ...base, blockNumber: ctx.block?.number ?? null, ...(t.note ? { note: t.note } : {}) },
  );
}
