/** The verdict as the CLI prints it: JSON fields per the issue, and readable lines. */
import type { Finding, Verdict, VerdictLevel } from '../risk/types';
import { worstLevel } from '../assess/assess-hold';
import { rules } from '../risk/rules';

const TITLES = new Map(rules.map((r) => [r.id, r.title]));

export interface CliFinding {
  rule: string;
  level: Finding['level'];
  message: string;
  evidence: string | null;
  source: string | null;
  asOf: string | null;
}

export const cliFinding = (f: Finding): CliFinding => ({ rule: f.rule, level: f.level, message: f.message, evidence: f.evidence, source: f.source, asOf: f.asOf });

/** One verdict over several intents: the worst level, and each rule's worst finding. */
export function combineVerdicts(verdicts: readonly Verdict[]): { level: VerdictLevel; findings: CliFinding[] } {
  if (verdicts.length === 0) return { level: 'ok', findings: [] };
  const order: Finding['level'][] = ['critical', 'high', 'caution', 'unknown', 'errored', 'ok', 'not-applicable'];
  const byRule = new Map<string, Finding>();
  for (const v of verdicts)
    for (const f of v.findings) {
      const seen = byRule.get(f.rule);
      if (!seen || order.indexOf(f.level) < order.indexOf(seen.level)) byRule.set(f.rule, f);
    }
  const findings = [...byRule.values()].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return { level: worstLevel(verdicts.map((v) => v.level)), findings: findings.map(cliFinding) };
}

const LABEL: Record<string, string> = { ok: 'OK', caution: 'CAUTION', high: 'HIGH', critical: 'CRITICAL', unknown: 'UNKNOWN', errored: 'ERRORED' };

export function verdictLines(verdict: { level: VerdictLevel; findings: CliFinding[] }, indent = '  '): string[] {
  const lines = [`${indent}Verdict: ${LABEL[verdict.level] ?? verdict.level}`];
  for (const f of verdict.findings) {
    if (f.level === 'not-applicable') continue;
    lines.push(`${indent}- [${LABEL[f.level] ?? f.level}] ${TITLES.get(f.rule) ?? f.rule}: ${f.message}`);
    const detail = [f.evidence, f.source && `source: ${f.source}`, f.asOf && `as of ${f.asOf}`].filter(Boolean).join(' · ');
    if (detail) lines.push(`${indent}    ${detail}`);
  }
  return lines;
}
