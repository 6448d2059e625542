import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../tests/support/check-registry';
import { assets, protocols } from './index';
import { vaultV2Contracts } from './symbiotic-v2';
import { V2_VAULTS } from './symbiotic-vaults';

/** A VaultV2 row at made-up addresses: the entry points must pass the registry's rules once a real one is listed. */
const EXAMPLE = {
  name: 'Example VaultV2',
  address: '0x000000000000000000000000000000000000A002',
  queue: '0x000000000000000000000000000000000000a003',
  collateral: 'wstETH',
  source: 'test',
} as const;

describe('Symbiotic VaultV2', () => {
  it('lists no mainnet VaultV2 until one is identified', () => {
    expect(V2_VAULTS).toEqual([]);
  });

  it('reads a vault and its queue with signatures that match their selectors, on registered tokens', () => {
    const contracts = vaultV2Contracts(EXAMPLE);
    expect(contracts.map((c) => [c.name, c.functions.map((f) => f.action)])).toEqual([
      ['Example VaultV2', ['restake', 'restake', 'instant-redeem', 'instant-redeem']],
      ['Example VaultV2 WithdrawalQueue', ['withdraw-request', 'withdraw-claim']],
    ]);
    const withV2 = protocols.map((p) => (p.id === 'symbiotic' ? { ...p, contracts: [...p.contracts, ...contracts] } : p));
    expect(checkRegistry({ protocols: withV2, assets })).toEqual([]);
  });

  it('is caught by the registry rules when an address is mistyped', () => {
    const withV2 = protocols.map((p) => (p.id === 'symbiotic' ? { ...p, contracts: [...p.contracts, ...vaultV2Contracts({ ...EXAMPLE, queue: '0x000000000000000000000000000000000000A003' })] } : p));
    expect(checkRegistry({ protocols: withV2, assets }).join('\n')).toMatch(/Example VaultV2 WithdrawalQueue on 1: 0x0+A003 is not EIP-55 checksummed/);
  });
});
