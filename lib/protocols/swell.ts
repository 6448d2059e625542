/** Swell: ETH → rswETH, deposited on the token contract itself. Swell's public repo has no address list. */
import type { ProtocolSpec } from './types';

const SW = 'SwellNetwork/v3-core-public@ba1eeff12ab994a26492fa5dcd0aa8937733dbb4';
const RSWETH_ADDR = 'SECONDARY: DefiLlama/yield-server src/adaptors/swell-liquid-restaking/index.js + many third-party token lists';

export const swell: ProtocolSpec = {
  id: 'swell',
  name: 'Swell',
  kind: 'restaking',
  tokens: [
    {
      id: 'rswETH',
      symbol: 'rswETH',
      name: 'Swell Restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', source: RSWETH_ADDR, verification: 'secondary' }],
    },
  ],
  contracts: [
    {
      name: 'rswETH',
      token: 'rswETH',
      abiSource: `${SW}:contracts/lrt/contracts/implementations/RswETH.sol`,
      deployments: [{ chainId: 1, address: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', source: RSWETH_ADDR, verification: 'secondary' }],
      functions: [
        { signature: 'function deposit() payable', selector: '0xd0e30db0', action: 'deposit', input: { kind: 'eth' } },
        { signature: 'function depositWithReferral(address referral) payable', selector: '0xc18d7cb7', action: 'deposit', input: { kind: 'eth' } },
      ],
    },
    {
      name: 'RswEXIT',
      token: 'rswETH',
      abiSource: `${SW}:contracts/lrt/contracts/implementations/RswEXIT.sol`,
      deployments: [
        {
          chainId: 1,
          address: '0x58749C46Ffe97e4d79508a2C781C440f4756f064',
          source: 'single third-party source: exitQueue field next to rswETH in a staking-rates config',
          verification: 'unverified',
        },
      ],
      functions: [
        {
          signature: 'function createWithdrawRequest(uint256 amount)',
          selector: '0x74dc9d1a',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'rswETH', amount: 'amount' },
          receives: { id: 'ETH' },
          note: 'mints a withdrawal NFT',
        },
        { signature: 'function finalizeWithdrawal(uint256 tokenId)', selector: '0x5e15c749', action: 'withdraw-claim', input: { kind: 'none' }, receives: { id: 'ETH' } },
      ],
    },
    {
      name: 'DepositManager',
      token: 'rswETH',
      abiSource: `${SW}:contracts/lrt/contracts/implementations/DepositManager.sol`,
      deployments: [],
      note: 'no address found: documented, not detected',
      functions: [
        {
          signature: 'function depositLST(address _token, uint256 _amount, uint256 _minRswETH)',
          selector: '0xb449b7bc',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amount' },
        },
      ],
    },
  ],
};
