import type { Address, Chain, Client, Transport } from 'viem';
import { pufferTimelockAbi, timelockAbi } from './abis.ts';
import { aggregate3, decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type Fact } from './fact.ts';
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

export function upgradeDelayFact(t: TimelockTarget, raw: RawResult | undefined, ctx: RoundContext): Fact<UpgradeDelayValue> {
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

/** Reads the upgrade timelocks on the client's chain in one multicall. */
export async function readUpgradeDelays(
  client: Client<Transport, Chain>,
  targets: readonly TimelockTarget[],
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<Fact<UpgradeDelayValue>[]> {
  const now = options.now ?? Date.now;
  const onChain = targets.filter((t) => t.chainId === client.chain.id);
  const res = await aggregate3(client, onChain.map(upgradeDelayCall), { signal: options.signal });
  const ctx: RoundContext = { chainId: client.chain.id, asOf: now(), block: res.block };
  return onChain.map((t, i) => upgradeDelayFact(t, res.results[i], ctx));
}
