import { readChainId } from '../requests/chain-id';
import { worstLevel } from '../risk/severity';
import { getAddress } from 'viem';
import type { Intent } from '../detect/intent';
import type { Assessment, HoldInput, UntrustedRequest, WarningItem, WarningReport } from '../messaging/hold-messages';
import { touchedAddresses } from '../messaging/hold-controller';
import type { TokenReport } from '../report/token-report';
import { warningView } from '../report/warning-view';
import type { Verdict, VerdictLevel } from '../risk/types';

export interface AssessDeps {
  detect(chainId: number, request: { method: string; params: unknown }): Intent[];
  describe(intent: Intent): string;
  isKnownContract(chainId: number | null, address: string): boolean;
  /** The registered name of a contract, when known on this chain. */
  contractName(chainId: number | null, address: string): string | null;
  /** The verdict on an intent and the report on the LRT it concerns. */
  judge(intent: Intent, request: UntrustedRequest): { verdict: Verdict; report: TokenReport | null };
  freshness: WarningReport['freshness'];
  /** Whether a judged intent holds the wallet (lib/assess/holds-wallet.ts); absent: every intent does. */
  holds?(intent: Intent, verdict: Verdict): boolean;
}

/** The wallet's chain, when it answered; detect lets a chainId inside the request win over it. */
export function holdChainId(hold: HoldInput): number | null {
  return readChainId(hold.chainId);
}


/**
 * A held request → release it, or warn. A request that touches a registered restaking contract but
 * yields no intent (an unknown function, calldata that does not decode) is not hidden: it is shown
 * as "Not checked".
 */
export function assessHold(deps: AssessDeps, hold: HoldInput, origin: string): Assessment {
  const chainId = holdChainId(hold);
  const items: WarningItem[] = [];
  const unexplained = new Set<string>();
  for (const request of hold.requests) {
    const intents = deps.detect(chainId ?? 1, request);
    for (const intent of intents) {
      const { verdict, report } = deps.judge(intent, request);
      items.push({ intent, summary: deps.describe(intent), verdict, report: report && warningView(report) });
    }
    const explained = new Set(intents.flatMap((i) => [i.contract.address.toLowerCase(), i.asset.address.toLowerCase()]));
    for (const address of touchedAddresses(request))
      if (!explained.has(address) && deps.isKnownContract(chainId, address)) unexplained.add(address);
  }
  if (items.length === 0 && unexplained.size === 0) return { kind: 'release' };
  // Nothing worth a stop (an allowance to a known venue, a sale at a fair price): no warning.
  if (unexplained.size === 0 && deps.holds && items.every((i) => !deps.holds!(i.intent, i.verdict))) return { kind: 'release' };
  const levels = items.map((i) => i.verdict.level);
  if (unexplained.size > 0) levels.push('unknown');
  return {
    kind: 'warn',
    report: {
      origin,
      chainId,
      items,
      notChecked: unexplained.size > 0 ? 'LRT Advisor does not recognise this call to a known restaking contract' : null,
      targets: [...unexplained].map((a) => ({ address: getAddress(a), name: deps.contractName(chainId, a) })),
      level: worstLevel(levels),
      freshness: deps.freshness,
    },
  };
}
