/** A protocol's exit wait where it is a setting on-chain: Kelp's LRTWithdrawalManager.withdrawalDelayBlocks. */
import { kelpWithdrawalManagerAbi } from './abis.ts';
import { decodeRead, encodeRead, type RawCall, type RawResult } from './aggregate3.ts';
import { ImplausibleValueError } from './errors.ts';
import { failedFact, okFact, type OnchainFact } from './fact.ts';
import { rpcSource, type RoundContext } from './round-context.ts';
import type { ExitDelayTarget } from './targets.ts';

export interface ExitDelayValue {
  /** The snapshot's LRT id the wait applies to. */
  lrtId: string;
  blocks: bigint;
  /** At Ethereum's 12-second slots. */
  days: number;
}

/** More than a year is no exit wait anyone sets (Kelp's setter caps it at 10 days): the wrong contract answered. */
const MAX_BLOCKS = (366n * 86_400n) / 12n;

export const exitDelayCall = (t: ExitDelayTarget): RawCall =>
  encodeRead(t.address, `${t.contract}.${t.read}`, { abi: kelpWithdrawalManagerAbi, functionName: t.read });

export function exitDelayFact(t: ExitDelayTarget, raw: RawResult | undefined, ctx: RoundContext): OnchainFact<ExitDelayValue> {
  const base = { source: rpcSource(t.chainId, t.contract, t.read), asOf: ctx.asOf };
  const decoded = decodeRead(raw, { abi: kelpWithdrawalManagerAbi, functionName: t.read });
  if (!decoded.ok) return failedFact(decoded.error, base);
  if (decoded.value > MAX_BLOCKS) return failedFact(new ImplausibleValueError({ details: `${decoded.value} blocks` }), base);
  const days = Math.round((Number(decoded.value) * 12 * 100) / 86_400) / 100;
  return okFact({ lrtId: t.lrtId, blocks: decoded.value, days }, { ...base, blockNumber: ctx.block?.number ?? null });
}
