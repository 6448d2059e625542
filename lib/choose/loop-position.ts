/**
 * A looped position (supply the LRT, borrow WETH against it, buy more LRT, supply again) at a given leverage:
 * what it earns and what price fall liquidates it. Pure math over facts that each carry a source and an as-of.
 *
 *   leverage L = collateral ÷ equity;  debt D = C·(1 − 1/L), in ETH
 *   net APY on equity = L·y − (L − 1)·b   (y: the LRT's yield, b: the borrow rate of WETH)
 *   liquidated when C·(1 − d)·LT < D  ⇒  d = 1 − (1 − 1/L) ÷ LT   (the same drop the `looping` rule measures)
 *   the most a market lets you borrow: D ÷ C ≤ maxLtv  ⇒  L ≤ 1 ÷ (1 − maxLtv)
 */
import { known, unknown, type RiskFact } from '../risk/fact';

export class LoopLeverageError extends Error {
  override name = 'LoopLeverageError';
  constructor(
    message: string,
    readonly details: { leverage: number; maxLeverage: number | null },
  ) {
    super(message);
  }
}

export interface LoopParams {
  liquidationThreshold: number;
  maxLtv: number;
  label: string;
  oracle: 'exchange-rate' | 'market-price' | 'not recorded';
}

/** A depeg to compare with: the incident, and how far the LRT's market price fell. */
export interface DepegScenario {
  id: string;
  date: string;
  title: string;
  /** Fall of the market price, 0–1. */
  fall: number;
  source: string;
}

export interface LoopInput {
  leverage: number;
  market: RiskFact<LoopParams>;
  lrtYield: RiskFact<number>;
  borrowRate: RiskFact<number>;
  depeg: DepegScenario | null;
}

export interface LoopResult {
  leverage: number;
  maxLeverage: RiskFact<number>;
  /** % per year on the person's own ETH. */
  netApy: RiskFact<number>;
  liquidationThreshold: RiskFact<number>;
  /** % fall of the LRT's price (against the ETH borrowed) that liquidates. */
  liquidationDrop: RiskFact<number>;
  /** Per 1 ETH of your own: LRT held and ETH owed. */
  perEthOfYours: { collateralEth: number; debtEth: number };
  depeg: { scenario: DepegScenario; liquidated: boolean | null; sentence: string } | null;
  reasons: string[];
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function maxLeverage(maxLtv: number): number {
  return maxLtv >= 1 ? Number.POSITIVE_INFINITY : 1 / (1 - maxLtv);
}

/** The price fall, 0–1, that liquidates a loop at this leverage and threshold. */
export function liquidationDrop(leverage: number, liquidationThreshold: number): number {
  return Math.min(1, Math.max(0, 1 - (1 - 1 / leverage) / liquidationThreshold));
}

export function netApy(leverage: number, lrtYield: number, borrowRate: number): number {
  return leverage * lrtYield - (leverage - 1) * borrowRate;
}

const joinSources = (...facts: RiskFact<unknown>[]) => facts.map((f) => f.source).filter(Boolean).join(' + ');
const latest = (...facts: RiskFact<unknown>[]) => facts.map((f) => f.asOf ?? '').sort().at(-1) ?? '';

export function loopPosition(input: LoopInput): LoopResult {
  const L = input.leverage;
  if (!Number.isFinite(L) || L < 1) throw new LoopLeverageError(`leverage must be at least 1 (got ${L})`, { leverage: L, maxLeverage: null });
  const m = input.market;
  const maxL = m.known ? maxLeverage(m.value.maxLtv) : null;
  if (maxL !== null && L > maxL + 1e-9)
    throw new LoopLeverageError(`leverage ${L} is above this market’s maximum of ${r2(maxL)}x (max LTV ${r2(m.known ? m.value.maxLtv * 100 : 0)} %)`, { leverage: L, maxLeverage: maxL });

  const reasons: string[] = [];
  const collateralEth = L;
  const debtEth = L - 1;

  const threshold: RiskFact<number> = m.known ? known(m.value.liquidationThreshold, m.source, m.asOf, m.verification) : unknown(m.reason, m.source, m.asOf);
  const drop: RiskFact<number> = m.known
    ? known(r2(liquidationDrop(L, m.value.liquidationThreshold) * 100), m.source, m.asOf)
    : unknown(`the liquidation threshold is not known: ${m.reason}`);
  const maxLev: RiskFact<number> = m.known && maxL !== null ? known(r2(maxL), m.source, m.asOf) : unknown(m.known ? 'no maximum' : m.reason);

  let apy: RiskFact<number>;
  if (input.lrtYield.known && input.borrowRate.known)
    apy = known(r2(netApy(L, input.lrtYield.value, input.borrowRate.value)), joinSources(input.lrtYield, input.borrowRate), latest(input.lrtYield, input.borrowRate));
  else {
    const missing = [!input.lrtYield.known && `the LRT’s yield (${input.lrtYield.reason})`, !input.borrowRate.known && `the WETH borrow rate (${input.borrowRate.reason})`].filter(Boolean);
    apy = unknown(`it needs ${missing.join(' and ')}`);
  }

  if (m.known) {
    reasons.push(
      L === 1
        ? `With no debt, no price fall liquidates the position; it earns the LRT’s own yield.`
        : `Looped ${r2(L)}x in ${m.value.label}, a ${drop.known ? drop.value : '?'} % fall in the LRT’s price against ETH liquidates it (liquidation threshold ${r2(m.value.liquidationThreshold * 100)} %).`,
    );
  } else reasons.push(`The liquidation threshold is not known (${m.reason}), so the price fall that liquidates this loop is not known.`);
  if (apy.known) reasons.push(`Net ${apy.value} % a year on your own ETH: ${r2(L)} × the LRT’s ${r2(input.lrtYield.known ? input.lrtYield.value : 0)} % minus ${r2(debtEth)} × the ${r2(input.borrowRate.known ? input.borrowRate.value : 0)} % borrow rate.`);
  else reasons.push(`Net APY not known: ${apy.reason}.`);

  let depeg: LoopResult['depeg'] = null;
  if (input.depeg && m.known) {
    const s = input.depeg;
    const fallPct = r2(s.fall * 100);
    const dropPct = liquidationDrop(L, m.value.liquidationThreshold) * 100;
    const wouldLiquidate = L > 1 && fallPct >= dropPct;
    const head = `${s.title} (${s.date}): the market price fell about ${fallPct} %`;
    let sentence: string;
    if (L === 1) sentence = `${head}; with no debt nothing is liquidated, the loss is the discount if you sell.`;
    else if (m.value.oracle === 'exchange-rate')
      sentence = `${head}. This market prices the LRT by its exchange rate, so that fall alone would not liquidate the loop; closing it during the depeg would have sold at the discount.`;
    else
      sentence = `${head}, ${wouldLiquidate ? 'more' : 'less'} than the ${r2(dropPct)} % that liquidates this loop: ${wouldLiquidate ? 'it would have been liquidated' : 'it would have survived'}${m.value.oracle === 'not recorded' ? ' if the market’s oracle followed the market price (its oracle type is not recorded here)' : ''}.`;
    depeg = { scenario: s, liquidated: L === 1 || m.value.oracle === 'exchange-rate' ? false : m.value.oracle === 'not recorded' ? null : wouldLiquidate, sentence };
    reasons.push(sentence);
  }
  return { leverage: L, maxLeverage: maxLev, netApy: apy, liquidationThreshold: threshold, liquidationDrop: drop, perEthOfYours: { collateralEth, debtEth }, depeg, reasons };
}
