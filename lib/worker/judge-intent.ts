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
import type { RiskFact } from '../risk/fact';
import { intentStance } from '../risk/stance';
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
  /**
   * Whether an address has code (`eth_getCode`), where the worker read it; undefined when nobody did (offline, the
   * CLI): the spender rule then says it couldn't check.
   */
  spenderCode?(chainId: number, address: string): RiskFact<boolean> | undefined;
}

/** The spender's code, for an allowance to an address no registry knows. */
function spenderCodeOf(ctx: JudgeContext, intent: Intent): RiskFact<boolean> | undefined {
  if (!intent.flags?.includes('unregistered-spender') || !intent.spender) return undefined;
  return ctx.spenderCode?.(intent.chainId, intent.spender);
}

/** A spender that could take the tokens is said in one line: the token's yield and exit would only drown it. */
const SPENDER_ALARM = new Set(['high', 'critical']);

export function judgeIntent(ctx: JudgeContext, intent: Intent, request: UntrustedRequest): { verdict: Verdict; report: TokenReport | null } {
  const asOf = ctx.now.toISOString().slice(0, 10);
  const liquidationThreshold = lendingThreshold(intent, request, asOf, ctx.live.onchain?.data ?? null);
  // A contract posing as the LRT says nothing about the LRT: the one line is that it is not the real one.
  const entry = intent.flags?.includes('impostor-token') ? null : findSubject(ctx.snapshot, intent);
  const spenderCode = spenderCodeOf(ctx, intent);
  if (entry) {
    let report = buildTokenReport(entry, {
      snapshot: ctx.snapshot,
      live: ctx.live,
      now: ctx.now,
      settings: ctx.settings,
      intent,
      factOptions: { amountTokens: wholeTokens(intent.asset.amount), liquidationThreshold },
    });
    if (spenderCode) {
      const facts = { ...report.facts, spenderCode };
      const subject = { id: entry.id, name: entry.name, symbol: entry.token?.symbol ?? null, protocol: entry.protocol };
      report = { ...report, facts, verdict: evaluate(rules, { now: ctx.now, intent, subject, facts, registry: registryView }, ctx.settings) };
    }
    const alarm = intentStance(intent) === 'grant' && report.verdict.findings.some((f) => f.rule === 'spender' && SPENDER_ALARM.has(f.level));
    return { verdict: report.verdict, report: alarm ? null : report };
  }
  const facts = {
    ...noFacts('LRT Advisor has no data on this token'),
    liquidationThreshold,
    slashingModel: slashingModelAt(intent.chainId, intent.contract.address, ctx.live.onchain?.data?.symbiotic) ?? unknown('no slashing model is known for this contract'),
    ...(spenderCode ? { spenderCode } : {}),
  };
  return { verdict: evaluate(rules, { now: ctx.now, intent, subject: null, facts, registry: registryView }, ctx.settings), report: null };
}

