/**
 * The compare view's rows: one per report, each cell a sortable value and the words shown for it. A cell whose
 * fact is not known has `value: null` and reads "Couldn't check", with the reason beside it; a figure the snapshot
 * holds as last known is shown with its date. What a token accepts is not a column but the view's filter.
 */
import { levelBadness } from '../risk/severity';
import type { AcceptedAssets } from '../report/accepted-assets';
import type { TokenReport } from '../report/token-report';
import type { VerdictLevel } from '../risk/types';
import { AXES, dayRange, slashableNumber } from '../present/key-numbers';
import { NO_TOKEN, usd } from '../present/token-details';

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
  /** APY in % a year; `scale` 0–1 on the axis every row shares. */
  apy: CompareCell<number> & { scale: number | null };
  exitDelay: CompareCell<number>;
  /** Largest share any service can slash now, 0–1. */
  slashableShare: CompareCell<number>;
  /** Discount of the market price to the value, in %. */
  peg: CompareCell<number>;
  tvl: CompareCell<number>;
  /** The latest audit's date (sorts as text: YYYY-MM[-DD]). */
  latestAudit: CompareCell<string>;
  /** What can be deposited, for the filter: "ETH" and token symbols. */
  accepts: string[];
  acceptsMore: boolean;
}

export const NOT_CHECKED = "Couldn't check";

const notChecked = (note: string | null): CompareCell<never> => ({ value: null, text: NOT_CHECKED, note });


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-03-19" → "Mar 2026". */
export const monthYear = (date: string) => (/^\d{4}-\d{2}/.test(date) ? `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : date);

function apyCell(r: TokenReport): CompareRow['apy'] {
  const total = r.yield.parts.reduce((s, p) => s + p.apy, 0);
  if (r.yield.parts.length === 0 || total <= 0) return { ...notChecked(r.yield.note), scale: null };
  const lastKnown = r.yield.parts.some((p) => /last known/i.test(p.label));
  const dated = r.yield.asOf ? ` · ${monthYear(r.yield.asOf)}` : '';
  const note = `${r.yield.parts.map((p) => `${p.label} ${p.apy.toFixed(2)} %`).join(', ')}${lastKnown && r.yield.asOf ? `, last known on ${r.yield.asOf}` : ''}`;
  return { value: total, text: `${total.toFixed(1)} %${dated}`, note, scale: Math.min(1, total / AXES.apy) };
}

function exitCell(w: TokenReport['facts']['withdrawal']): CompareCell<number> {
  if (!w.known) return notChecked(w.reason);
  const range = dayRange(w.value.minDays, w.value.maxDays);
  return range === null ? { value: null, text: 'no fixed delay', note: w.value.text } : { value: w.value.maxDays ?? w.value.minDays, text: w.value.maxDays === null ? `${w.value.minDays}+ days` : range, note: w.value.text };
}

function pegCell(peg: TokenReport['facts']['peg']): CompareCell<number> {
  if (!peg.known) return notChecked(peg.reason);
  const { marketPrice, redemptionValue } = peg.value;
  if (redemptionValue <= 0) return notChecked('the redemption value is not positive');
  const discount = Math.max(0, ((redemptionValue - marketPrice) / redemptionValue) * 100);
  return { value: discount, text: discount < 0.005 ? 'at value' : `${discount.toFixed(2)} % below`, note: `${marketPrice.toFixed(4)} against ${redemptionValue.toFixed(4)} ETH${peg.asOf ? `, ${peg.asOf}` : ''}` };
}

export function compareRows(reports: readonly TokenReport[], accepted: Readonly<Record<string, AcceptedAssets>>): CompareRow[] {
  return reports.map((r) => {
    const { facts, verdict } = r;
    const assets = accepted[r.id];
    const slashable = slashableNumber(facts.exposure);
    const tvl = facts.tvlUsd;
    const audits = facts.audits.known ? facts.audits.value.filter((a) => !!a.date).sort((a, b) => (a.date! < b.date! ? 1 : -1)) : [];
    const latest = audits[0];
    return {
      id: r.id,
      name: r.name,
      symbol: r.symbol,
      protocol: r.protocol.name,
      verdict: { level: verdict.level, value: verdict.level === 'unknown' ? null : levelBadness(verdict.level), text: verdict.level, note: null },
      apy: apyCell(r),
      exitDelay: exitCell(facts.withdrawal),
      slashableShare: slashable.known && facts.exposure.known ? { value: slashable.scale ?? 0, text: slashable.value, note: slashable.note } : notChecked(facts.exposure.known ? null : facts.exposure.reason),
      peg: r.symbol === null ? { value: null, text: 'no token', note: NO_TOKEN } : pegCell(facts.peg),
      tvl: tvl.known ? { value: tvl.value, text: `${usd(tvl.value)}${tvl.asOf ? ` · ${monthYear(tvl.asOf)}` : ''}`, note: tvl.asOf ? `as of ${tvl.asOf}` : null } : notChecked(tvl.reason),
      latestAudit: latest
        ? { value: latest.date!, text: `${monthYear(latest.date!)}${latest.auditor ? ` · ${latest.auditor}` : ''}`, note: `${audits.length} audit${audits.length === 1 ? '' : 's'} on record` }
        : notChecked(facts.audits.known ? 'no dated audit on record' : facts.audits.reason),
      accepts: assets ? [...(assets.eth ? ['ETH'] : []), ...assets.tokens] : [],
      acceptsMore: assets?.more ?? false,
    };
  });
}

/** Every asset some row accepts, ETH first, for the filter. */
export function acceptedOptions(rows: readonly CompareRow[]): string[] {
  const all = [...new Set(rows.flatMap((r) => r.accepts))];
  return all.sort((a, b) => (a === 'ETH' ? -1 : b === 'ETH' ? 1 : a.localeCompare(b, 'en')));
}

/** The rows that accept `asset` (all of them with no filter). */
export const filterByAsset = (rows: readonly CompareRow[], asset: string | null) => (asset ? rows.filter((r) => r.accepts.includes(asset)) : [...rows]);
