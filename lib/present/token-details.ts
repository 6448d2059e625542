/**
 * The token page's words beyond the first screen: sizes, delays, prices, the slashing model and where slashed
 * funds go, each as a short plain line. The components only render what these return.
 */
import type { ExposureFact, OperatorSetFact, RiskFacts, SlashingModelFact } from '../risk/types';
import { dayRange } from './key-numbers';

// The formatters have one home, lib/present/format.ts; the token page's sections read them through here.
export { pct as sharePercent, shortAddress, usd } from './format';
import { pct as sharePercent, shortAddress } from './format';

/** Why the market checks do not apply to direct restaking: there is no token, only a withdrawal. */
export const NO_TOKEN = 'No token: a direct restake is withdrawn, not sold.';

export const upgradesText = (hours: number) => (hours === 0 ? 'upgradeable at once' : `wait ${hours >= 24 ? `${hours / 24} days` : `${hours} hours`} in a timelock`);

export const pausedText = (p: { deposits: boolean | null }) => (p.deposits === null ? 'not known' : p.deposits ? 'deposits paused' : 'deposits open');

export const withdrawalText = (w: { minDays: number | null; maxDays: number | null; text: string }) => {
  const range = dayRange(w.minDays, w.maxDays);
  return `${range ? `${range[0]!.toUpperCase()}${range.slice(1)}. ` : ''}${w.text}`;
};

export function pegText(p: { marketPrice: number; redemptionValue: number; market: string }): string {
  const below = p.redemptionValue > 0 && p.marketPrice < p.redemptionValue ? ` (${(((p.redemptionValue - p.marketPrice) / p.redemptionValue) * 100).toFixed(2)}% below)` : '';
  return `${p.marketPrice.toFixed(4)} ETH on ${p.market} vs ${p.redemptionValue.toFixed(4)} ETH redemption value${below}`;
}

export const depthText = (d: { bps: number; amount: number; market: string }) => `selling ${d.amount} on ${d.market} costs about ${(d.bps / 100).toFixed(2)}%`;

export function exposureSummary(e: ExposureFact): string {
  const top = e.topOperatorShare !== null ? `, the largest holds ${sharePercent(e.topOperatorShare)} of the delegated stake` : '';
  return `${e.operatorCount} operator${e.operatorCount === 1 ? '' : 's'}${top} · staker list ${e.stakerListOrigin === 'onchain' ? 'read on-chain' : 'from the bundled snapshot'}`;
}

/** Operator sets that can slash, largest share first. */
export const sortedSets = (e: RiskFacts['exposure']): OperatorSetFact[] => (e.known ? [...e.value.operatorSets].sort((a, b) => b.slashableShare - a.slashableShare) : []);

export const setName = (s: OperatorSetFact) => `${s.avsName ?? shortAddress(s.avs)} #${s.operatorSetId}`;

export const destinationText = (s: OperatorSetFact) =>
  s.destination === 'redistribute' ? `redistributed${s.recipient ? ` to ${shortAddress(s.recipient)}` : ''}` : s.destination === 'burn' ? 'burned' : 'not known';

export function slashingModelText(m: SlashingModelFact): string {
  const resolver = m.resolver ?? `not known${m.resolverUnknown ? `: ${m.resolverUnknown}` : ''}`;
  const slasher =
    m.slasher === 'veto' ? `veto slasher${m.vetoDays !== null ? ` (${m.vetoDays}-day veto, resolver ${resolver})` : ''}` : m.slasher === 'instant' ? 'instant slasher (no veto)' : 'no slasher';
  return [
    `${m.layer}, ${m.subject}: ${slasher}`,
    ...(m.epochDays !== null ? [`epoch ${m.epochDays} days`] : []),
    ...(m.secures && m.secures.length > 0 ? [`secures ${m.secures.join(', ')}`] : []),
    ...(m.slashedFunds ? [`slashed funds: ${m.slashedFunds}`] : []),
  ].join(' · ');
}

/** "source · as of" parts, or null when a fact has neither. */
export const hasProvenance = (fact: { source?: string | null; asOf?: string | null }) => !!(fact.source || fact.asOf);

export const newestFirst = <T extends { date: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.date < b.date ? 1 : -1));

/**
 * The token page's address list: the LRT's tokens, then its contracts. A contract that is one of those tokens (the
 * same address on the same chain) is listed once, as the token, with the contract's name when it says more
 * ("wrsETH (RsETHTokenWrapper)").
 */
export function addressRows<T extends { chain: string; address: string; symbol: string }, C extends { chain: string; address: string; name: string }>(report: {
  tokens: T[];
  contracts: C[];
}): ((T & { name: string }) | C)[] {
  const key = (a: { chain: string; address: string }) => `${a.chain}:${a.address.toLowerCase()}`;
  const contracts = new Map(report.contracts.map((c) => [key(c), c]));
  const tokens = report.tokens.map((t) => {
    const also = contracts.get(key(t))?.name;
    return { ...t, name: also && also !== t.symbol ? `${t.symbol} (${also})` : t.symbol };
  });
  const listed = new Set(report.tokens.map(key));
  return [...tokens, ...report.contracts.filter((c) => !listed.has(key(c)))];
}
