/**
 * The engine: run each rule's measurement, judge the value against its thresholds, order the
 * findings. A rule that throws becomes an "errored" finding; a fact that is missing becomes
 * "unknown". The verdict is the worst level found, and "unknown" — never "ok" — when nothing was bad
 * but something could not be checked. (Rabby's security engine and MetaMask's alerts are the models.)
 */
import { isBadLevel, severityRank, worstFirst, worstLevel } from './severity';
import { judge } from './judge';
import { intentStance, ruleCeiling, ruleStances } from './stance';
import type { Finding, FindingLevel, RiskContext, RuleSpec, Thresholds, Verdict, VerdictLevel } from './types';

export type RiskSettings = Readonly<Record<string, Thresholds>>;

export function evaluateRule(rule: RuleSpec, ctx: RiskContext, settings: RiskSettings = {}): Finding {
  const base = { rule: rule.id, title: rule.title, category: rule.category };
  try {
    const m = rule.measure(ctx);
    if (m.kind === 'not-applicable')
      return { ...base, level: 'not-applicable', message: m.reason, evidence: null, value: null, source: null, asOf: null };
    if (m.kind === 'unknown')
      return { ...base, level: 'unknown', message: `Not checked: ${m.reason}`, evidence: null, value: null, source: m.source ?? null, asOf: m.asOf ?? null };
    const level = judge(m.value, rule.direction, { ...rule.thresholds, ...settings[rule.id] });
    // A value of Infinity ("no incident", "no slasher") judges fine but is not JSON: it travels as null.
    const value = Number.isFinite(m.value) ? m.value : null;
    return { ...base, level, message: rule.message(m.value, level, m.detail), evidence: m.evidence, value, source: m.source, asOf: m.asOf };
  } catch (error) {
    return {
      ...base,
      level: 'errored',
      message: `Not checked: this check failed (${error instanceof Error ? error.message : 'unknown error'})`,
      evidence: null,
      value: null,
      source: null,
      asOf: null,
    };
  }
}

function capped(finding: Finding, ceiling: 'caution' | null): Finding {
  if (ceiling === null || severityRank(finding.level) >= severityRank(ceiling)) return finding;
  return { ...finding, level: ceiling };
}

export function verdictLevel(findings: readonly Finding[]): VerdictLevel {
  const levels = new Set(findings.map((f) => f.level));
  const bad = [...levels].filter(isBadLevel);
  if (bad.length > 0) return worstLevel(bad);
  if (levels.has('unknown') || levels.has('errored') || !levels.has('ok')) return 'unknown';
  return 'ok';
}

/**
 * A token report (no intent) is judged by every rule. A request is judged by the rules of its stance (what it does
 * to the person: lib/risk/stance.ts); the other findings travel as context.
 */
export function evaluate(rules: readonly RuleSpec[], ctx: RiskContext, settings: RiskSettings = {}): Verdict {
  const stance = ctx.intent ? intentStance(ctx.intent) : null;
  const findings: Finding[] = [];
  const context: Finding[] = [];
  for (const rule of rules) {
    const finding = capped(evaluateRule(rule, ctx, settings), ruleCeiling(rule, stance));
    if (stance === null || ruleStances(rule).includes(stance)) findings.push(finding);
    else context.push(finding);
  }
  findings.sort(worstFirst);
  context.sort(worstFirst);
  return stance === null ? { level: verdictLevel(findings), findings } : { level: verdictLevel(findings), findings, context };
}
