/**
 * What the token page's charts draw, and what they say in words (each chart's title and description are its
 * accessible name; the same figures are in a table or a line beside it). Axes are shared across tokens so two
 * pages can be compared at a glance.
 */
import type { YieldPart } from '../report/token-report';
import type { RiskFacts } from '../risk/types';
import { AXES, dayRange } from './key-numbers';
import { setName, sharePercent, sortedSets } from './token-details';

export interface Chart {
  title: string;
  desc: string;
}

export interface ExposureChart extends Chart {
  bars: { label: string; share: number; live: boolean; value: string; text: string }[];
}

/** Slashing exposure by AVS: one bar per operator set on a 0–100 % axis; null when the exposure was not read. */
export function exposureChart(exposure: RiskFacts['exposure']): ExposureChart | null {
  const sets = sortedSets(exposure);
  if (!exposure.known) return null;
  const bars = sets.map((s) => ({ label: setName(s), share: Math.max(0, Math.min(1, s.slashableShare)), live: s.live, value: sharePercent(s.slashableShare), text: `${sharePercent(s.slashableShare)}${s.live ? '' : ', slashing not live'}` }));
  return {
    title: 'Share that each service can slash',
    desc: bars.length === 0 ? 'No service can slash this stake now.' : bars.map((b) => `${b.label}: ${b.text}`).join('; '),
    bars,
  };
}

export interface ExitChart extends Chart {
  /** The axis, in days (shared across tokens). */
  axisDays: number;
  redeem: { from: number; to: number; text: string } | null;
  /** Selling now; not possible for direct restaking, which has no token. */
  sell: { text: string; possible: boolean };
}

/** Getting out: redeeming through the protocol (a span of days) against selling on a market now (day 0, at a cost). */
export function exitChart(facts: Pick<RiskFacts, 'withdrawal' | 'peg' | 'priceImpact'>, sellable = true): ExitChart {
  const w = facts.withdrawal;
  const range = w.known ? dayRange(w.value.minDays, w.value.maxDays) : null;
  const redeem = w.known && range ? { from: Math.min(w.value.minDays ?? 0, AXES.exitDays), to: Math.min(w.value.maxDays ?? w.value.minDays ?? 0, AXES.exitDays), text: range } : null;
  const peg = facts.peg;
  const gap = peg.known && peg.value.redemptionValue > 0 ? peg.value.marketPrice / peg.value.redemptionValue - 1 : null;
  const cost = facts.priceImpact.known ? `, about ${(facts.priceImpact.value.bps / 100).toFixed(1)} % lost to the trade` : '';
  const sell = !sellable
    ? { text: 'not possible, there is no token to sell', possible: false }
    : { text: gap === null ? 'today, at a market price not read yet' : `today, ${Math.abs(gap) < 0.0005 ? 'at value' : `${(Math.abs(gap) * 100).toFixed(1)} % ${gap < 0 ? 'below' : 'above'} value`}${cost}`, possible: true };
  return {
    title: 'Redeem or sell now',
    desc: `Redeem through the protocol: ${redeem ? redeem.text : "couldn't check the delay"}. Sell now: ${sell.text}.`,
    axisDays: AXES.exitDays,
    redeem,
    sell,
  };
}

export interface PriceChart extends Chart {
  /** Where the market price sits on the axis, 0–1 (0.5 is the value); the axis spans ± the shared discount. */
  at: number;
  lowLabel: string;
  highLabel: string;
}

/** The market price against what a token redeems for, on a ± 5 % axis around the value; null when not read. */
export function priceChart(peg: RiskFacts['peg']): PriceChart | null {
  if (!peg.known || peg.value.redemptionValue <= 0) return null;
  const { marketPrice, redemptionValue, market } = peg.value;
  const gap = marketPrice / redemptionValue - 1;
  const span = AXES.discount;
  const where = Math.abs(gap) < 0.0005 ? 'at its value' : `${(Math.abs(gap) * 100).toFixed(1)} % ${gap < 0 ? 'below' : 'above'} its value`;
  return {
    title: 'Market price against value',
    desc: `On ${market.replace(/\s*0x[0-9a-fA-F…]+/g, '')}, one token sells for ${marketPrice.toFixed(4)} ETH and redeems for ${redemptionValue.toFixed(4)} ETH: ${where}.`,
    at: Math.max(0, Math.min(1, 0.5 + gap / (2 * span))),
    lowLabel: `−${span * 100} %`,
    highLabel: `+${span * 100} %`,
  };
}

export interface YieldChart extends Chart {
  /** The axis, in % a year (shared across tokens). */
  axis: number;
  segments: { key: YieldPart['key']; label: string; from: number; width: number; text: string }[];
  total: string;
}

/** The yield split as one bar on the shared 0–10 % axis: base staking, restaking, MEV, incentives. */
export function yieldChart(parts: readonly YieldPart[]): YieldChart | null {
  const total = parts.reduce((s, p) => s + p.apy, 0);
  if (total <= 0) return null;
  const scale = Math.max(AXES.apy, total);
  let at = 0;
  const segments = parts.map((p) => {
    const from = at / scale;
    at += p.apy;
    return { key: p.key, label: p.label, from, width: p.apy / scale, text: `${p.label}: ${p.apy.toFixed(2)}%` };
  });
  return { title: 'Yield split', desc: `${segments.map((s) => s.text).join(', ')}; total ${total.toFixed(2)} % a year, on a 0–${scale} % axis.`, axis: scale, segments, total: `Total ${total.toFixed(2)}% a year` };
}
