/** An intent → its verdict and the report on the LRT it exposes the person to. */
import type { Intent } from '../detect/intent';
import type { UntrustedRequest } from '../messaging/hold-messages';
import { findSubject } from '../report/find-subject';
import { lendingThreshold } from '../report/lending-threshold';
import { slashingModelAt } from '../report/slashing-model';
import type { LiveData } from '../report/live-data';
import { buildTokenReport, registryView, type TokenReport } from '../report/token-report';
import { evaluate, type RiskSettings } from '../risk/evaluate';
import { noFacts, unknown } from '../risk/fact';
import { rules } from '../risk/rules';
import type { Verdict } from '../risk/types';
import type { Snapshot } from '../snapshot/snapshot-schema';

/** Whole tokens in an 18-decimal amount, for market depth; null when unknown or unlimited. */
function wholeTokens(amount: string | null): number | null {
  if (amount === null || amount === 'unlimited' || !/^\d+$/.test(amount)) return null;
  return Number(BigInt(amount) / 10n ** 12n) / 1e6;
}

export interface JudgeContext {
  snapshot: Snapshot;
  live: LiveData;
  now: Date;
  settings: RiskSettings;
}

export function judgeIntent(ctx: JudgeContext, intent: Intent, request: UntrustedRequest): { verdict: Verdict; report: TokenReport | null } {
  const asOf = ctx.now.toISOString().slice(0, 10);
  const liquidationThreshold = lendingThreshold(intent, request, asOf, ctx.live.onchain?.data ?? null);
  const entry = findSubject(ctx.snapshot, intent);
  if (entry) {
    const report = buildTokenReport(entry, {
      snapshot: ctx.snapshot,
      live: ctx.live,
      now: ctx.now,
      settings: ctx.settings,
      intent,
      factOptions: { amountTokens: wholeTokens(intent.asset.amount), liquidationThreshold },
    });
    return { verdict: report.verdict, report };
  }
  const facts = {
    ...noFacts('LRT Advisor has no data on this token'),
    liquidationThreshold,
    slashingModel: slashingModelAt(intent.chainId, intent.contract.address) ?? unknown('no slashing model is known for this contract'),
  };
  return { verdict: evaluate(rules, { now: ctx.now, intent, subject: null, facts, registry: registryView }, ctx.settings), report: null };
}

