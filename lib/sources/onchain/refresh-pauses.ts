/**
 * A chain's pause checks through their two steps. A one-step check is a single view; a two-step one first asks a
 * contract for its pause manager, then asks that manager for the flag. The last refresh's follow-up call is asked
 * in round 1 and kept only when round 1's own answer leads to the very same call.
 */
import type { Address, Hex } from 'viem';
import type { RawCall, RawResult } from './aggregate3.ts';
import type { OnchainError } from './errors.ts';
import type { OnchainFact } from './fact.ts';
import { pauseCall, pauseCheck, pauseFact, pauseFollowUpCall, pauseSource, type PauseValue } from './read-pause-state.ts';
import type { RoundContext } from './round-context.ts';
import type { RoundBuilder } from './refresh-round.ts';
import type { PauseTarget, ProtocolId } from './targets.ts';

export type PlannedCall = { target: Address; callData: Hex };

/** One pause target and what has been read for it so far. */
interface PauseRead {
  target: PauseTarget;
  /** Its key in the plan: `<chainId>:<contract address>:<check>`. */
  planKey: string;
  /** The follow-up the last refresh made for it, asked again in round 1. */
  planned: PlannedCall | null;
  first?: RawResult;
  plannedAnswer?: RawResult;
  /** The follow-up's answer, or why there is none (the manager could not be read). */
  followUpAnswer?: RawResult | OnchainError;
}

const sameCall = (a: PlannedCall, b: PlannedCall) => a.target.toLowerCase() === b.target.toLowerCase() && a.callData === b.callData;

/** Adds each target's first read, and the planned follow-up where the last refresh made one, to round 1. */
export function startPauseReads(
  targets: readonly PauseTarget[],
  chainId: number,
  planned: Readonly<Record<string, PlannedCall>> | undefined,
  r1: RoundBuilder,
): PauseRead[] {
  return targets.map((target) => {
    const planKey = `${chainId}:${target.address.toLowerCase()}:${pauseSource(target)}`;
    const read: PauseRead = { target, planKey, planned: planned?.[planKey] ?? null };
    r1.add([pauseCall(target)], ([r]) => (read.first = r));
    if (read.planned)
      r1.add([{ ...read.planned, label: 'pause follow-up (planned)' }], ([r]) => (read.plannedAnswer = r));
    return read;
  });
}

/**
 * From round 1's answers: each two-step check's follow-up, recorded in `plan` for the next refresh. A planned answer
 * to the same call is used as is; any other follow-up is added to `r2`.
 */
export function addPauseFollowUps(reads: readonly PauseRead[], r2: RoundBuilder, plan: Record<string, PlannedCall>): void {
  for (const read of reads) {
    const call: RawCall | OnchainError | null = pauseFollowUpCall(read.target, read.first);
    if (call === null) continue;
    if (!('callData' in call)) {
      read.followUpAnswer = call;
      continue;
    }
    plan[read.planKey] = { target: call.target, callData: call.callData };
    if (read.planned && sameCall(read.planned, call)) read.followUpAnswer = read.plannedAnswer;
    else r2.add([call], ([r]) => (read.followUpAnswer = r));
  }
}

/** One fact per protocol, from every check read for it. */
export function pauseFacts(reads: readonly PauseRead[], ctx: RoundContext): [ProtocolId, OnchainFact<PauseValue>][] {
  return [...new Set(reads.map((r) => r.target.protocol))].map((p) => {
    const mine = reads.filter((r) => r.target.protocol === p);
    const checks = mine.map((r) => pauseCheck(r.target, r.first, r.followUpAnswer, ctx));
    return [p, pauseFact(p, mine.map((r) => r.target), checks, ctx)];
  });
}
