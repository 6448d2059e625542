/** The verdict as the CLI prints it: JSON fields per the issue, and readable lines. */
import type { Finding, Verdict, VerdictLevel } from '../risk/types';
import { severityRank, worstFirst, worstLevel } from '../risk/severity';
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

/** Each rule's worst finding over several lists, worst first. */
function worstByRule(lists: readonly (readonly Finding[])[], except: ReadonlySet<string> = new Set()): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const list of lists)
    for (const f of list) {
      if (except.has(f.rule)) continue;
      const seen = byRule.get(f.rule);
      if (!seen || severityRank(f.level) < severityRank(seen.level)) byRule.set(f.rule, f);
    }
  return [...byRule.values()].sort(worstFirst);
}

export interface CliVerdict {
  level: VerdictLevel;
  /** The findings that judge the request. */
  findings: CliFinding[];
  /** Measured but not judged for what the request does (lib/risk/stance.ts). */
  context: CliFinding[];
}

/**
 * One verdict over several intents: the worst level, each rule's worst judging finding, and as context the rules
 * that judged none of them.
 */
export function combineVerdicts(verdicts: readonly Verdict[]): CliVerdict {
  if (verdicts.length === 0) return { level: 'ok', findings: [], context: [] };
  const findings = worstByRule(verdicts.map((v) => v.findings));
  const judged = new Set(findings.map((f) => f.rule));
  const context = worstByRule(verdicts.map((v) => v.context ?? []), judged);
  return { level: worstLevel(verdicts.map((v) => v.level)), findings: findings.map(cliFinding), context: context.map(cliFinding) };
}

const LABEL: Record<string, string> = { ok: 'OK', caution: 'CAUTION', high: 'HIGH', critical: 'CRITICAL', unknown: 'UNKNOWN', errored: 'ERRORED' };

export function verdictLines(verdict: { level: VerdictLevel; findings: CliFinding[] }, indent = '  '): string[] {
  // Context findings are in --json only: the lines say what judges this request.
  const lines = [`${indent}Verdict: ${LABEL[verdict.level] ?? verdict.level}`];
  for (const f of verdict.findings) {
    if (f.level === 'not-applicable') continue;
    lines.push(`${indent}- [${LABEL[f.level] ?? f.level}] ${TITLES.get(f.rule) ?? f.rule}: ${f.message}`);
    const detail = [f.evidence, f.source && `source: ${f.source}`, f.asOf && `as of ${f.asOf}`].filter(Boolean).join(' · ');
    if (detail) lines.push(`${indent}    ${detail}`);
  }
  return lines;
}
