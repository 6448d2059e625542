import type { WarningReport } from '@/lib/messaging/hold-messages';
import type { Finding } from '@/lib/risk/types';

const NOWHERE = '0x0000000000000000000000000000000000000000';
const notRead = { known: false as const, reason: 'not read' };
const finding = (rule: string, level: Finding['level']): Finding => ({ rule, title: rule, category: 'contract', level, message: 'Placeholder.', evidence: null, value: null, source: null, asOf: null });

/**
 * What a standby page renders while it waits, never shown (its frame is hidden, and its page stays hidden and inert
 * until it has a warning): a warning of the usual shape, so that its elements are built, styled and laid out ahead of
 * the real one, which then only changes what differs. Nothing in it is a finding about anything.
 */
export const PLACEHOLDER: WarningReport = {
  origin: 'https://example.org',
  chainId: 1,
  items: [
    {
      intent: {
        action: 'deposit',
        protocol: 'placeholder',
        chainId: 1,
        contract: { address: NOWHERE, name: 'Placeholder', verification: 'primary' },
        function: 'deposit()',
        asset: { symbol: 'ETH', address: NOWHERE, amount: '1000000000000000000' },
        token: { symbol: 'LRT', address: NOWHERE, chainId: 1 },
      },
      summary: 'Placeholder.',
      verdict: { level: 'high', findings: [finding('audits', 'high'), finding('incidents', 'high'), finding('tvl', 'caution'), finding('paused', 'unknown')] },
      report: {
        id: 'placeholder',
        name: 'Placeholder',
        symbol: 'LRT',
        yield: { parts: [{ key: 'base', label: 'Placeholder', apy: 3 }], method: null, source: null, asOf: null, note: null },
        facts: { exposure: notRead, withdrawal: notRead, priceImpact: notRead, slashingModel: notRead, peg: notRead },
        auditCount: 0,
        latestAudit: null,
        auditsNote: null,
      },
    },
  ],
  notChecked: null,
  targets: [],
  level: 'high',
  freshness: { snapshotAsOf: '2026-01-01', sources: [] },
};
