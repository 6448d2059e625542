/**
 * What a request does to the person, which decides the rules that judge it. Taking on exposure (deposit, restake,
 * buy, supply as collateral) is judged on the LRT's own risk; leaving through the protocol on the exit (delay,
 * price, pauses); selling on the price against the redemption value and the depth; granting spend on the spender;
 * moving (bridging) on the contract. The token's other findings stay as context, shown but not judged.
 */
import type { Intent } from '../detect/intent';
import type { RuleCategory, RuleSpec } from './types';

export type Stance = 'exposure' | 'buy' | 'redeem' | 'sell' | 'grant' | 'move';

export const STANCES: readonly Stance[] = ['exposure', 'buy', 'redeem', 'sell', 'grant', 'move'];

export function intentStance(intent: Intent): Stance {
  switch (intent.action) {
    case 'approve':
    case 'permit':
      return 'grant';
    case 'unwrap':
    case 'undelegate':
    case 'withdraw-request':
    case 'withdraw-claim':
    case 'instant-redeem':
      return 'redeem';
    case 'swap':
      return intent.token ? 'buy' : 'sell';
    case 'bridge':
      return 'move';
    default:
      return 'exposure';
  }
}

const BY_CATEGORY: Record<RuleCategory, readonly Stance[]> = {
  official: STANCES,
  exit: ['exposure', 'redeem', 'sell'],
  contract: ['exposure'],
  slashing: ['exposure'],
  incidents: ['exposure'],
  looping: ['exposure'],
  yield: ['exposure'],
};

/** Rules whose category says too much: a sale does not wait in the queue; a pause matters to whoever deposits, redeems or bridges. */
const BY_RULE: Readonly<Record<string, readonly Stance[]>> = {
  'withdrawal-delay': ['exposure', 'redeem'],
  paused: ['exposure', 'redeem', 'move'],
};

/** The stances a rule judges; in every other stance its finding is context. A buy takes on exposure like a deposit. */
export function ruleStances(rule: RuleSpec): readonly Stance[] {
  const stances = rule.judges ?? BY_RULE[rule.id] ?? BY_CATEGORY[rule.category];
  return stances.includes('exposure') && !stances.includes('buy') ? [...stances, 'buy'] : stances;
}

/**
 * The most a rule's finding can weigh in a stance. Buying an LRT on a market takes on its risk, so its own facts
 * judge the buy, but only up to caution: the trade is not the danger, and a HIGH on every swap teaches people to
 * click through. The price paid and a fake token still judge a buy in full.
 */
export function ruleCeiling(rule: RuleSpec, stance: Stance | null): 'caution' | null {
  if (stance !== 'buy') return null;
  return rule.category === 'official' || rule.id === 'buy-price' ? null : 'caution';
}
