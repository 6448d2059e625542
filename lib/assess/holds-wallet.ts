/**
 * Whether a judged intent is worth holding the wallet for. A warning on every swap teaches people to click through,
 * so what is plainly fine goes through: an allowance judged ok (the protocol's own contract or a registered venue,
 * for a set amount) and, unless the person asked to hold every trade, a sale at a fair price. Everything else holds:
 * deposits and buys (taking on exposure), redemptions, anything not fully checked.
 */
import type { Intent } from '../detect/intent';
import { intentStance } from '../risk/stance';
import type { Verdict } from '../risk/types';
import type { Settings } from '../settings/settings';

export function holdsWallet(tradeHold: Settings['tradeHold'], intent: Intent, verdict: Verdict): boolean {
  if (verdict.level !== 'ok') return true;
  const stance = intentStance(intent);
  if (stance === 'grant') return false;
  if (stance === 'sell') return tradeHold === 'always';
  return true;
}
