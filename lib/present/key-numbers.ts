/**
 * The four numbers a person compares before putting ETH into an LRT: what it pays, how long getting out takes,
 * how much of it can be slashed, and what the market pays against what it is worth. Each as a short value, a
 * fraction for a small chart where one makes sense, and "Couldn't check" when the fact is not known.
 */
import type { RiskFacts } from '../risk/types';
import type { YieldPart } from '../report/token-report';

export type KeyNumberId = 'apy' | 'exit' | 'slashable' | 'price';

export interface KeyNumber {
  id: KeyNumberId;
  label: string;
  /** The value in words: "3.1 %", "7–10 days", "up to 12 %", "0.6 % below value". */
  value: string;
  /** What the value means, short. */
  note: string | null;
  known: boolean;
  /** 0–1 on the chart's shared scale (APY against 10 %, exit against 60 days, slashable share, discount against 5 %). */
  scale: number | null;
}

export interface KeyNumberInput {
  /** null: direct restaking, with no token to sell. */
  symbol?: string | null;
  yield: { parts: YieldPart[] };
  facts: Partial<Pick<RiskFacts, 'withdrawal' | 'exposure' | 'peg'>>;
}

/** The shared axes: every token's bar is drawn against the same maximum. */
export const AXES = { apy: 10, exitDays: 60, discount: 0.05 } as const;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function percent(share: number, digits?: number): string {
  const v = share * 100;
  const d = digits ?? (v !== 0 && Math.abs(v) < 1 ? 1 : 0);
  return `${v.toFixed(d)} %`;
}

export function dayRange(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) {
    const d = (max ?? min)!;
    return `${min === null ? 'up to ' : ''}${d} day${d === 1 ? '' : 's'}`;
  }
  return `${min}–${max} days`;
}

export function apyNumber(parts: YieldPart[]): KeyNumber {
  const total = parts.reduce((s, p) => s + p.apy, 0);
  if (parts.length === 0 || total <= 0) return { id: 'apy', label: 'Yield', value: "Couldn't check", note: 'no source for the yield', known: false, scale: null };
  return { id: 'apy', label: 'Yield', value: `${total.toFixed(1)} % a year`, note: parts.length > 1 ? parts.map((p) => `${p.label} ${p.apy.toFixed(1)} %`).join(' · ') : null, known: true, scale: clamp01(total / AXES.apy) };
}

export function exitNumber(withdrawal: RiskFacts['withdrawal'] | undefined): KeyNumber {
  const range = withdrawal?.known ? dayRange(withdrawal.value.minDays, withdrawal.value.maxDays) : null;
  if (!withdrawal?.known || range === null)
    return { id: 'exit', label: 'Exit time', value: "Couldn't check", note: 'no fixed delay is known', known: false, scale: null };
  const days = withdrawal.value.maxDays ?? withdrawal.value.minDays ?? 0;
  return { id: 'exit', label: 'Exit time', value: range, note: 'to redeem through the protocol', known: true, scale: clamp01(days / AXES.exitDays) };
}

export function slashableNumber(exposure: RiskFacts['exposure'] | undefined): KeyNumber {
  if (!exposure?.known) return { id: 'slashable', label: 'Can be slashed', value: "Couldn't check", note: 'operators not read yet', known: false, scale: null };
  const live = exposure.value.operatorSets.filter((s) => s.live && s.slashableShare > 0);
  if (live.length === 0) return { id: 'slashable', label: 'Can be slashed', value: '0 %', note: 'no service can slash it now', known: true, scale: 0 };
  const worst = Math.max(...live.map((s) => s.slashableShare));
  return { id: 'slashable', label: 'Can be slashed', value: `up to ${percent(worst)}`, note: `by ${live.length} service${live.length === 1 ? '' : 's'}`, known: true, scale: clamp01(worst) };
}

export function priceNumber(peg: RiskFacts['peg'] | undefined, sellable = true): KeyNumber {
  if (!sellable) return { id: 'price', label: 'Price vs value', value: 'No token', note: 'withdrawn, not sold', known: true, scale: null };
  if (!peg?.known || peg.value.redemptionValue <= 0)
    return { id: 'price', label: 'Price vs value', value: "Couldn't check", note: 'market price not read yet', known: false, scale: null };
  const gap = peg.value.marketPrice / peg.value.redemptionValue - 1;
  const value = Math.abs(gap) < 0.0005 ? 'at value' : `${percent(Math.abs(gap), 1)} ${gap < 0 ? 'below' : 'above'} value`;
  return { id: 'price', label: 'Price vs value', value, note: 'market price against what it redeems for', known: true, scale: clamp01(Math.max(0, -gap) / AXES.discount) };
}

export function keyNumbers(input: KeyNumberInput): KeyNumber[] {
  return [apyNumber(input.yield.parts), exitNumber(input.facts.withdrawal), slashableNumber(input.facts.exposure), priceNumber(input.facts.peg, input.symbol !== null)];
}
