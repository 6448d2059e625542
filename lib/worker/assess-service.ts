/**
 * The worker's answer to a held request: released on a muted site, else judged against the snapshot and the live
 * data, with the code behind any spender no registry knows read first (only with on-chain reads on).
 */
import type { Chain, Client, Transport } from 'viem';
import { assessHold, holdChainId } from '../assess/assess-hold';
import { holdsWallet } from '../assess/holds-wallet';
import { describeIntent } from '../detect/describe-intent';
import { detect } from '../detect/detect';
import { hasKnownAddressPrefix } from '../detect/known-address-prefix';
import { isRegisteredContract } from '../detect/known-addresses';
import type { Assessment, SourceLine } from '../messaging/hold-messages';
import type { WorkerHandlerDeps } from '../messaging/handle-worker-message';
import { getContract } from '../protocols/registry';
import type { LiveData } from '../report/live-data';
import { effectiveThresholds } from '../settings/effective-thresholds';
import { isMuted, type Settings } from '../settings/settings';
import type { Snapshot } from '../snapshot/snapshot-schema';
import { judgeIntent } from './judge-intent';
import { readSpenderCode, spenderKey, type SpenderCodes } from './read-spender-code';

export interface AssessDeps {
  snapshot: Snapshot;
  now(): Date;
  getSettings(): Promise<Settings>;
  readAll(): Promise<{ live: LiveData; lines: SourceLine[] }>;
  /** A client for a chain, with the person's RPC override applied. */
  clientFor(chainId: number): Client<Transport, Chain>;
  /** Called with each warning shown on a tab. */
  onWarning(tabId: number, assessment: Extract<Assessment, { kind: 'warn' }>): void;
}

export function createAssess(deps: AssessDeps): WorkerHandlerDeps['assess'] {
  const { snapshot } = deps;
  return async (hold, origin, sender): Promise<Assessment> => {
    const settings = await deps.getSettings();
    if (isMuted(settings, origin)) return { kind: 'release' };
    const { live, lines } = await deps.readAll();
    const at = deps.now();
    // Spenders no registry knows: is there code behind them? Read only for those, and only with on-chain reads on.
    const chainId = holdChainId(hold) ?? 1;
    const codes: SpenderCodes = settings.sources.onchain
      ? await readSpenderCode(deps.clientFor, hold.requests.flatMap((r) => detect(chainId, r)), at)
      : new Map();
    const ctx = {
      snapshot,
      live,
      now: at,
      settings: effectiveThresholds(settings),
      spenderCode: (id: number, address: string) => codes.get(spenderKey(id, address)),
    };
    const assessment = assessHold(
      {
        detect,
        describe: describeIntent,
        isKnownContract: (chainId, address) => (chainId === null ? hasKnownAddressPrefix(address) : isRegisteredContract(chainId, address)),
        contractName: (chainId, address) => (chainId === null ? null : (getContract(chainId, address)?.contract.name ?? null)),
        judge: (intent, request) => judgeIntent(ctx, intent, request),
        holds: (intent, verdict) => holdsWallet(settings.tradeHold, intent, verdict),
        freshness: { snapshotAsOf: snapshot.asOf, sources: lines },
      },
      hold,
      origin,
    );
    if (assessment.kind === 'warn' && sender.tabId !== undefined) deps.onWarning(sender.tabId, assessment);
    return assessment;
  };
}
