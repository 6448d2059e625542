/** InceptionLRT (formerly GenesisLRT): ETH → inETH through the RestakingPool. */
import type { ProtocolSpec } from './types';

const IN = 'inceptionlrt/smart-contracts@aecc1be5623e64d784125d6da7c0813304302655';
const README = `${IN}:README.md (Mainnet M1 compat)`;

export const inception: ProtocolSpec = {
  id: 'inception',
  name: 'InceptionLRT',
  kind: 'restaking',
  tokens: [
    {
      id: 'inETH',
      symbol: 'inETH',
      name: 'Inception Restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0xf073bAC22DAb7FaF4a3Dd6c6189a70D54110525C', source: README, verification: 'primary', note: 'cToken' }],
    },
  ],
  contracts: [
    {
      name: 'RestakingPool',
      token: 'inETH',
      abiSource: `${IN}:projects/restaking-pool/contracts/RestakingPool.sol`,
      deployments: [{ chainId: 1, address: '0x46199cAa0e453971cedf97f926368d9E5415831a', source: README, verification: 'primary' }],
      functions: [
        { signature: 'function stake() payable', selector: '0x3a4b66f1', action: 'deposit', input: { kind: 'eth' } },
        { signature: 'function stake(bytes32 code) payable', selector: '0xc0d64a87', action: 'deposit', input: { kind: 'eth' } },
        {
          signature: 'function unstake(address to, uint256 shares)',
          selector: '0xc2a672e0',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'inETH', amount: 'shares' },
          receives: { id: 'ETH' },
          note: 'burns inETH (the cToken: shares are inETH units)',
        },
        { signature: 'function claimUnstake(address claimer)', selector: '0xd11531da', action: 'withdraw-claim', input: { kind: 'none' }, receives: { id: 'ETH' } },
      ],
    },
  ],
};
