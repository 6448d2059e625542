/**
 * Findings as a person reads them: the consequence first, then the cause (L2BEAT's order). Checks that could not
 * run are never dropped: they become one "Couldn't check …" line, and the check an action hinges on (liquidation
 * for a collateral supply, the spender for an approval) gets a line of its own.
 */
import { isBadLevel, severityRank, worstFirst } from '../risk/severity';
import type { IntentAction } from '../detect/intent';
import type { Finding, FindingLevel } from '../risk/types';

export interface Reason {
  /** The rule(s) behind the line. */
  rules: string[];
  level: FindingLevel;
  text: string;
}

/** What goes wrong for the person when the rule's finding is bad. */
const CONSEQUENCE: Record<string, string> = {
  'official-contract': 'Your tokens can be taken',
  paused: 'You may not get your ETH out',
  peg: 'Selling now loses value',
  'price-impact': 'Selling now costs you',
  'withdrawal-delay': 'Your ETH takes long to come back',
  looping: 'You can be liquidated',
  'avs-count': 'More ways to be slashed',
  'slashable-share': 'Part of your deposit can be slashed',
  'operator-concentration': 'One operator failing hits much of the stake',
  redistribution: 'Slashed funds can go to someone else',
  'slashing-veto': 'Nobody can stop a slash',
  audits: 'Few outside reviews of the code',
  'audit-recency': 'The code may have changed since its last audit',
  'time-live': 'Little track record',
  tvl: 'Little money at stake',
  upgradeability: 'The code can change without notice',
  incidents: 'Funds or the price were hit before',
  'yield-sustainability': 'The yield may not last',
};

/** What a check looks at, for "Couldn't check …". */
const TOPIC: Record<string, string> = {
  'official-contract': 'who receives your tokens',
  paused: 'pauses',
  peg: 'market price',
  'price-impact': 'cost of selling',
  'withdrawal-delay': 'exit time',
  looping: 'liquidation risk',
  'avs-count': 'slashing exposure',
  'slashable-share': 'slashing exposure',
  'operator-concentration': 'slashing exposure',
  redistribution: 'slashing exposure',
  'slashing-veto': 'slashing model',
  audits: 'audits',
  'audit-recency': 'audits',
  'time-live': 'track record',
  tvl: 'size (TVL)',
  upgradeability: 'upgrade delay',
  incidents: 'past incidents',
  'yield-sustainability': 'yield source',
};

export const isBad = (f: Finding) => isBadLevel(f.level);
export const couldNotRun = (f: Finding) => f.level === 'unknown' || f.level === 'errored';

/** The check an action hinges on: it leads, and "Couldn't check" it is said on its own line. */
export function hingeRule(action: IntentAction | null, flagged: boolean): string | null {
  if (action === 'supply-collateral') return 'looping';
  if ((action === 'approve' || action === 'permit') && flagged) return 'official-contract';
  return null;
}

export function topicOf(rule: string): string {
  return TOPIC[rule] ?? rule.replace(/-/g, ' ');
}

/** One bad finding as a line: consequence, then the rule's own sentence. */
export function reasonLine(f: Finding): string {
  const consequence = CONSEQUENCE[f.rule];
  const cause = f.message.replace(/^Not checked:\s*/, '');
  const line = consequence ? `${consequence}: ${lowerFirst(cause)}` : cause;
  // At most 20 words a line above the fold: the rule's own sentence alone when both do not fit.
  if (words(line) <= 20) return line;
  const clause = cause.split(/[:;]\s/)[0]!;
  if (consequence && words(clause) < words(cause) && words(`${consequence}: ${clause}`) <= 20) return `${consequence}: ${lowerFirst(clause)}`;
  return words(cause) <= 20 ? cause : `${cause.split(/\s+/).slice(0, 20).join(' ')}…`;
}

function lowerFirst(s: string): string {
  // Proper nouns and token symbols keep their case ("rsETH bridge exploit", "Kelp's …").
  return /^[A-Z][a-z]+\s/.test(s) && !/^(Kelp|EigenLayer|Symbiotic|Karak|Aave|Renzo|Puffer|Swell|Lido)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Unique topics, in order. */
function topics(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => topicOf(f.rule)))];
}

/**
 * Every finding that needs a line, worst first: the hinge check first when it is bad or could not run, then the
 * bad findings, then one line naming every check that could not run.
 */
export function reasonsOf(findings: Finding[], hinge: string | null): Reason[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const prev = seen.get(f.rule);
    if (!prev || severityRank(f.level) < severityRank(prev.level)) seen.set(f.rule, f);
  }
  const all = [...seen.values()].sort(worstFirst);
  const out: Reason[] = [];
  const lead = hinge ? seen.get(hinge) : undefined;
  if (lead && isBad(lead)) out.push({ rules: [lead.rule], level: lead.level, text: reasonLine(lead) });
  if (lead && couldNotRun(lead)) out.push({ rules: [lead.rule], level: 'unknown', text: `Couldn't check ${topicOf(lead.rule)}` });
  for (const f of all) if (isBad(f) && f !== lead) out.push({ rules: [f.rule], level: f.level, text: reasonLine(f) });
  const missing = all.filter((f) => couldNotRun(f) && f !== lead);
  if (missing.length > 0) {
    const names = topics(missing);
    const shown = names.slice(0, 3);
    const rest = names.length - shown.length;
    out.push({
      rules: missing.map((f) => f.rule),
      level: 'unknown',
      text: `Couldn't check ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`,
    });
  }
  return out;
}
