/**
 * The route of a request that a Safe multisig stands in front of, in plain words: an owner signing a SafeTx does not
 * deposit anything yet, the Safe does once enough owners have signed; a wallet sending `execTransaction` makes the
 * Safe act. The Safe's address stays in Details and the CLI's notes.
 */
import type { Intent, IntentAction } from '../detect/intent';

const WHAT: Partial<Record<IntentAction, string>> = {
  deposit: 'the deposit',
  restake: 'the restake',
  wrap: 'the wrap',
  unwrap: 'the unwrap',
  approve: 'the approval',
  permit: 'the permit',
  delegate: 'the delegation',
  undelegate: 'the undelegation',
  'withdraw-request': 'the withdrawal request',
  'withdraw-claim': 'the claim',
  'instant-redeem': 'the redemption',
  'supply-collateral': 'the collateral supply',
  bridge: 'the bridge transfer',
};

/** "Signed for a Safe: the deposit runs when the Safe executes it, once enough owners sign." — null without a Safe. */
export function safeRouteLine(intent: Intent): string | null {
  const via = intent.via;
  if (!via) return null;
  const what = WHAT[intent.action] ?? 'this';
  const batch = via.batch ? ', in a batch of calls' : '';
  return via.kind === 'safe-signature'
    ? `Signed for a Safe${batch}: ${what} runs when the Safe executes it, once enough owners sign.`
    : `Sent through a Safe${batch}: the Safe itself makes ${what}.`;
}
