import { getAddress } from 'viem';
import type { Intent } from '../detect/intent';
import type { Assessment, HoldInput, WarningItem } from '../messaging/hold-messages';
import { touchedAddresses } from '../messaging/hold-controller';

export interface AssessDeps {
  detect(chainId: number, request: { method: string; params: unknown }): Intent[];
  describe(intent: Intent): string;
  isKnownContract(chainId: number | null, address: string): boolean;
  /** The registered name of a contract, when known on this chain. */
  contractName(chainId: number | null, address: string): string | null;
}

/** The wallet's chain, when it answered; detect lets a chainId inside the request win over it. */
export function holdChainId(hold: HoldInput): number | null {
  if (hold.chainId === null) return null;
  const n = hold.chainId.startsWith('0x') ? Number.parseInt(hold.chainId, 16) : Number(hold.chainId);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
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
    for (const intent of intents) items.push({ intent, summary: deps.describe(intent) });
    const explained = new Set(intents.flatMap((i) => [i.contract.address.toLowerCase(), i.asset.address.toLowerCase()]));
    for (const address of touchedAddresses(request))
      if (!explained.has(address) && deps.isKnownContract(chainId, address)) unexplained.add(address);
  }
  if (items.length === 0 && unexplained.size === 0) return { kind: 'release' };
  return {
    kind: 'warn',
    report: {
      origin,
      chainId,
      items,
      notChecked: unexplained.size > 0 ? 'LRT Advisor does not recognise this call to a known restaking contract' : null,
      targets: [...unexplained].map((a) => ({ address: getAddress(a), name: deps.contractName(chainId, a) })),
    },
  };
}
