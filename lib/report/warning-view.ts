import type { RiskFacts } from '../risk/types';
import type { TokenReport } from './token-report';

/**
 * What the warning (and the popup's "This tab") shows of a token report: the facts of its summary, not the
 * whole report. The full report (contracts on every chain, every audit, incidents) opens in the popup; sent
 * with every held request it would be most of the reply, and the person waits on that reply.
 */
export interface WarningTokenView {
  id: string;
  name: string;
  symbol: string | null;
  yield: TokenReport['yield'];
  facts: Pick<RiskFacts, 'exposure' | 'withdrawal' | 'priceImpact' | 'slashingModel' | 'peg'>;
  auditCount: number;
  /** The most recent dated audit. */
  latestAudit: { auditor: string | null; date: string } | null;
  auditsNote: string | null;
}

export function warningView(report: TokenReport): WarningTokenView {
  const { exposure, withdrawal, priceImpact, slashingModel, peg } = report.facts;
  const latest = report.audits.reduce<{ auditor: string | null; date: string } | null>(
    (best, a) => (a.date && (!best || a.date > best.date) ? { auditor: a.auditor, date: a.date } : best),
    null,
  );
  return {
    id: report.id,
    name: report.name,
    symbol: report.symbol,
    yield: report.yield,
    facts: { exposure, withdrawal, priceImpact, slashingModel, peg },
    auditCount: report.audits.length,
    latestAudit: latest,
    auditsNote: report.auditsNote,
  };
}
