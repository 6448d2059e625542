/**
 * What the ranking knows about the liquid staking tokens people compare LRTs with. The bundled snapshot covers LRTs
 * only; these are the few LST facts with a source. Anything not listed here is named as not known in the ranking.
 *
 * Structural for every LST: its stake is not delegated to a restaking layer, so no AVS can slash it and nothing is
 * redistributed (the registry's `kind: 'lst'`, lib/protocols/lsts.ts). Ethereum's own validator slashing applies to
 * LSTs and LRTs alike and is not a difference between them.
 */
export interface LstExit {
  minDays: number;
  maxDays: number;
  text: string;
  source: string;
  asOf: string;
  verification: 'primary' | 'secondary' | 'unverified';
}

export interface LstFacts {
  /** Registry token ids (lib/protocols/lsts.ts) these facts apply to. */
  tokenIds: readonly string[];
  issuer: string;
  exit: LstExit | null;
}

const LIDO_QUEUE = 'https://docs.lido.fi/contracts/withdrawal-queue-erc721';
const LIDO_DAYS = 'https://docs.yield.xyz/documentation/earn/defi/liquid-staking/lido';
const RETH = 'https://raw.githubusercontent.com/rocket-pool/rocketpool/master/contracts/contract/token/RocketTokenRETH.sol';

export const LST_FACTS: readonly LstFacts[] = [
  {
    tokenIds: ['stETH', 'wstETH'],
    issuer: 'Lido',
    exit: {
      minDays: 1,
      maxDays: 5,
      text: 'Lido’s WithdrawalQueueERC721: a request is finalized in order by the oracle report, usually in 1–5 days, then claimed.',
      source: `${LIDO_QUEUE} + ${LIDO_DAYS}`,
      asOf: '2026-11-25',
      verification: 'secondary',
    },
  },
  {
    tokenIds: ['rETH'],
    issuer: 'Rocket Pool',
    exit: {
      minDays: 0,
      maxDays: 0,
      text: 'RocketTokenRETH.burn pays ETH at once while the rETH contract and the deposit pool’s excess hold enough (“backed by ETH, subject to liquidity”); beyond that, sell on a market.',
      source: RETH,
      asOf: '2026-11-25',
      verification: 'primary',
    },
  },
];

export function lstFactsFor(tokenId: string): LstFacts | null {
  return LST_FACTS.find((f) => f.tokenIds.includes(tokenId)) ?? null;
}
