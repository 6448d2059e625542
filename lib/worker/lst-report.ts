/** The report for a liquid-staking token (not an LRT): where it is deployed and which restaking strategies take it. */
import { getProtocol, getTokenById } from '../protocols/registry';
import { chainInfo } from '../report/chains';
import { chainAddress } from '../report/token-report';

export interface LstReport {
  kind: 'lst';
  id: string;
  symbol: string;
  name: string;
  deployments: { chainId: number; chain: string; address: string; verification: string; source: string; explorer: string | null }[];
  restakedVia: { protocol: string; contract: string; chain: string; address: string }[];
}

export function lstReport(id: string): LstReport | null {
  const found = getTokenById(id);
  if (!found || found.token.kind !== 'lst') return null;
  const eigen = getProtocol('eigenlayer');
  const manager = eigen?.contracts.find((c) => c.name === 'StrategyManager');
  return {
    kind: 'lst',
    id,
    symbol: found.token.symbol,
    name: found.token.name,
    deployments: found.token.deployments.map(chainAddress),
    restakedVia: (eigen?.strategies ?? [])
      .filter((s) => s.underlying === id)
      .map((s) => ({ protocol: 'EigenLayer', contract: `${manager?.name ?? 'StrategyManager'} → strategy`, chain: chainInfo(s.chainId).name, address: s.address })),
  };
}
