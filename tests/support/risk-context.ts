/** Builds risk contexts for the rules' table tests: every fact unknown unless given. */
import type { Intent } from '../../lib/detect/intent';
import { known, noFacts, type RiskFact } from '../../lib/risk/fact';
import type { RiskContext, RiskFacts } from '../../lib/risk/types';

export const NOW = new Date('2026-11-25T00:00:00Z');
export const SRC = 'https://example.test/source';

export const fact = <T>(value: T): RiskFact<T> => known(value, SRC, '2026-11-20');

export function context(facts: Partial<RiskFacts> = {}, intent: Intent | null = null): RiskContext {
  return {
    now: NOW,
    intent,
    subject: { id: 'weeth', name: 'ether.fi weETH', symbol: 'weETH', protocol: 'etherfi' },
    facts: { ...noFacts('not in this test'), ...facts },
    registry: {
      isRegisteredContract: (_chain, address) => address.toLowerCase() === '0x308861a430be4cce5502d0a12724771fc6daf216',
      protocolChains: () => [1],
      tokenKind: () => 'lrt',
    },
  };
}

export function intent(overrides: Partial<Intent> = {}): Intent {
  return {
    action: 'deposit',
    protocol: 'etherfi',
    chainId: 1,
    contract: { address: '0x308861A430be4cce5502d0A12724771Fc6DaF216', name: 'LiquidityPool', verification: 'primary' },
    function: 'deposit()',
    asset: { symbol: 'ETH', address: '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE', amount: '1000000000000000000' },
    token: { symbol: 'eETH', address: '0x35fA164735182de50811E8e2E824cFb9B6118ac2', chainId: 1 },
    ...overrides,
  };
}
