/**
 * The compare view's rows: one per report, each cell a sortable value and the words shown for it. A
 * cell whose fact is not known has `value: null` and reads "not checked", with the reason beside it.
 */
import { levelBadness } from '../risk/severity';
import type { AcceptedAssets } from '../report/accepted-assets';
import type { TokenReport } from '../report/token-report';
import type { Finding, VerdictLevel } from '../risk/types';

export interface CompareCell<T extends number | string> {
  /** What the column sorts by; null: not known (sorts last). */
  value: T | null;
  text: string;
  /** Why it is not known, or a detail worth a tooltip. */
  note: string | null;
}

export interface CompareRow {
  id: string;
  name: string;
  symbol: string | null;
  protocol: string;
  verdict: CompareCell<number> & { level: VerdictLevel };
  yieldSource: CompareCell<string>;
  assets: CompareCell<number>;
  avsCount: CompareCell<number>;
  slashableShare: CompareCell<number>;
  audits: CompareCell<number>;
  exitDelay: CompareCell<number>;
  peg: CompareCell<number>;
}

export const NOT_CHECKED = 'not checked';

const notChecked = (note: string | null): CompareCell<never> => ({ value: null, text: NOT_CHECKED, note });


const measured = (f: Finding | undefined) => f && f.value !== null && f.level !== 'unknown' && f.level !== 'errored' && f.level !== 'not-applicable';

function fromFinding(findings: Finding[], rule: string, text: (value: number) => string): CompareCell<number> {
  const f = findings.find((x) => x.rule === rule);
  if (!measured(f)) return notChecked(f ? f.message.replace(/^Not checked: /, '') : 'no rule measured it');
  return { value: f!.value!, text: text(f!.value!), note: f!.evidence };
}

const days = (min: number | null, max: number | null) =>
  min !== null && max !== null ? (min === max ? `${max} days` : `${min}–${max} days`) : max !== null ? `up to ${max} days` : `${min}+ days`;

export function compareRows(reports: readonly TokenReport[], accepted: Readonly<Record<string, AcceptedAssets>>): CompareRow[] {
  return reports.map((r) => {
    const { facts, verdict } = r;
    const findings = verdict.findings;
    const main = [...r.yield.parts].sort((a, b) => b.apy - a.apy)[0];
    const assets = accepted[r.id];
    const withdrawal = facts.withdrawal;
    const peg = facts.peg;
    // Worst first when sorted descending; "unknown" is not a level and sorts last.
    const level = verdict.level === 'unknown' ? null : levelBadness(verdict.level);
    return {
      id: r.id,
      name: r.name,
      symbol: r.symbol,
      protocol: r.protocol.name,
      verdict: { level: verdict.level, value: level, text: verdict.level, note: null },
      yieldSource: main ? { value: main.label, text: `${main.label} (${main.apy.toFixed(2)}%)`, note: r.yield.asOf ? `as of ${r.yield.asOf}` : null } : notChecked(r.yield.note),
      assets: assets
        ? {
            value: Number(assets.eth) + assets.tokens.length + (assets.more ? 0.5 : 0),
            text: [...(assets.eth ? ['ETH'] : []), ...assets.tokens].join(', ') + (assets.more ? `${assets.eth || assets.tokens.length ? ' and ' : ''}other tokens` : ''),
            note: assets.more ? 'some entry points take a token chosen per call; the contract’s own list decides' : null,
          }
        : notChecked('no deposit entry point of this protocol is registered'),
      avsCount: fromFinding(findings, 'avs-count', (v) => String(v)),
      slashableShare: fromFinding(findings, 'slashable-share', (v) => `${v}%`),
      audits: facts.audits.known
        ? (() => {
            const latest = facts.audits.value.map((a) => a.date).filter((d): d is string => !!d).sort().at(-1);
            return { value: facts.audits.value.length, text: `${facts.audits.value.length}${latest ? `, latest ${latest}` : ''}`, note: null };
          })()
        : notChecked(facts.audits.reason),
      exitDelay: withdrawal.known
        ? withdrawal.value.maxDays === null && withdrawal.value.minDays === null
          ? { value: null, text: 'no fixed delay', note: withdrawal.value.text }
          : { value: withdrawal.value.maxDays ?? withdrawal.value.minDays, text: days(withdrawal.value.minDays, withdrawal.value.maxDays), note: withdrawal.value.text }
        : notChecked(withdrawal.reason),
      peg: peg.known
        ? (() => {
            const { marketPrice, redemptionValue } = peg.value;
            const discount = redemptionValue > 0 ? Math.max(0, ((redemptionValue - marketPrice) / redemptionValue) * 100) : null;
            return discount === null
              ? notChecked('the redemption value is not positive')
              : { value: discount, text: discount < 0.005 ? 'at peg' : `${discount.toFixed(2)}% below`, note: `${marketPrice.toFixed(4)} vs ${redemptionValue.toFixed(4)} ETH on ${peg.value.market}` };
          })()
        : notChecked(peg.reason),
    };
  });
}
