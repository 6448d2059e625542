/**
 * "Your restaking": each LST or LRT an account holds, what can slash it, how it exits, and the amount slashable in
 * total — from the same risk facts the warning reads. A share nobody could measure is named, never counted as 0.
 */
import { formatUnits } from 'viem';
import type { LiveData } from '../report/live-data';
import { reportEntries } from '../report/report-entries';
import { buildRiskFacts } from '../report/risk-facts';
import type { Snapshot } from '../snapshot/snapshot-schema';
import type { Holdings } from './read-holdings';

export interface HoldingSummary {
  symbol: string;
  kind: 'lst' | 'lrt';
  /** Whole tokens. */
  amount: number;
  reportId: string | null;
  /** What can slash it, in words. */
  slashedBy: string;
  /** Share of its stake AVSs can slash now, 0–1; null when not known. */
  slashableShare: number | null;
  exit: string;
  source: string | null;
  asOf: string | null;
}

export interface RestakingSummary {
  account: string;
  chainId: number;
  holdings: HoldingSummary[];
  /** Tokens slashable now, summed over holdings whose share is known. */
  slashableTokens: number;
  /** Holdings whose slashable share is not known: the total leaves them out and says so. */
  notKnown: string[];
  aave: Holdings['aave'];
  wethBorrowApy: number | null;
  source: string;
  asOf: string;
}

export function summarizeHoldings(h: Holdings, snapshot: Snapshot, live: LiveData): RestakingSummary {
  const entries = reportEntries(snapshot);
  const holdings = h.tokens.map((t): HoldingSummary => {
    const amount = Number(formatUnits(BigInt(t.balance), t.decimals));
    if (t.kind === 'lst')
      return { symbol: t.symbol, kind: 'lst', amount, reportId: null, slashedBy: 'No AVS: not restaked (Ethereum validator slashing only).', slashableShare: 0, exit: 'See the LST’s own withdrawal route.', source: 'LRT Advisor registry', asOf: snapshot.asOf };
    const entry = entries.find((e) => e.token?.symbol === t.symbol) ?? entries.find((e) => e.protocol === t.protocol && e.kind === 'lrt');
    if (!entry) return { symbol: t.symbol, kind: 'lrt', amount, reportId: null, slashedBy: 'Not known: no report covers this token.', slashableShare: null, exit: 'Not known.', source: null, asOf: null };
    const facts = buildRiskFacts(entry, snapshot, live);
    const exposure = facts.exposure;
    const live_ = exposure.known ? exposure.value.operatorSets.filter((s) => s.live) : [];
    const share = exposure.known ? Math.min(1, live_.reduce((s, o) => s + o.slashableShare, 0)) : null;
    const model = facts.slashingModel;
    const slashedBy = exposure.known
      ? live_.length
        ? `${live_.length} AVS operator set${live_.length === 1 ? '' : 's'}: ${live_.map((s) => s.avsName ?? s.avs).slice(0, 3).join(', ')}${live_.length > 3 ? ', …' : ''}.`
        : 'No AVS can slash it right now.'
      : `Not known: ${exposure.reason}${model.known ? ` (${model.value.layer}, ${model.value.slasher} slasher)` : ''}`;
    return {
      symbol: t.symbol,
      kind: 'lrt',
      amount,
      reportId: entry.id,
      slashedBy,
      slashableShare: share,
      exit: facts.withdrawal.known ? facts.withdrawal.value.text : `Not known: ${facts.withdrawal.reason}`,
      source: exposure.known ? exposure.source : (exposure.source ?? null),
      asOf: exposure.asOf ?? null,
    };
  });
  return {
    account: h.account,
    chainId: h.chainId,
    holdings,
    slashableTokens: Math.round(holdings.reduce((s, x) => s + (x.slashableShare ?? 0) * x.amount, 0) * 1e6) / 1e6,
    notKnown: holdings.filter((x) => x.slashableShare === null).map((x) => x.symbol),
    aave: h.aave,
    wethBorrowApy: h.wethBorrowApy,
    source: h.source,
    asOf: h.asOf,
  };
}
