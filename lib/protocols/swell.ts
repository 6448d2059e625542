/**
 * Swell: ETH → rswETH, deposited on the token contract itself; rswETH bridged to Swellchain, Swell's own L2. earnETH,
 * Swell's ETH vault, is a Nucleus BoringVault entered through its teller with ETH LSTs and LRTs (rswETH, weETH, ezETH,
 * rsETH, pufETH, wstETH and WETH among them: the Nucleus app's deposit list); its strategist may route them through
 * Swell staking, Pendle, Uniswap, Euler and the Swellchain bridge (Ion-Protocol/nucleus-boring-vault@f7921cd:
 * src/base/DecodersAndSanitizers/EarnETHSwellDecoderAndSanitizer.sol). Swell's contracts repo has no address list;
 * its Swellchain docs list the tokens on Swellchain.
 */
import { NUCLEUS_APP, TELLER_FUNCTIONS } from './boring-vault';
import type { ProtocolSpec } from './types';

const SW = 'SwellNetwork/v3-core-public@ba1eeff12ab994a26492fa5dcd0aa8937733dbb4';
const RSWETH_ADDR = 'SECONDARY: DefiLlama/yield-server src/adaptors/swell-liquid-restaking/index.js + many third-party token lists';
/** Swell's Swellchain documentation: the token table of Swellchain (chain 1923). */
const SWELLCHAIN = 'SwellNetwork/swell-chain-docs@64d0f4bdd7b1e70bfb55f1fa93d5079628d9e67e:content/docs/developer-resources/contract-addresses.mdx';
const EARNETH = '0x9Ed15383940CC380fAEF0a75edacE507cC775f22';

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
      deployments: [
        { chainId: 1, address: '0xFAe103DC9cf190eD75350761e95403b7b8aFa6c0', source: RSWETH_ADDR, verification: 'secondary' },
        { chainId: 1923, address: '0x18d33689AE5d02649a859A1CF16c9f0563975258', source: `${SWELLCHAIN} (rswETH)`, verification: 'primary', note: 'bridged' },
      ],
    },
    {
      id: 'earnETH',
      symbol: 'earnETH',
      name: 'Swell Earn ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        {
          chainId: 1,
          address: EARNETH,
          source: `SECONDARY: ${NUCLEUS_APP}:config/networks.ts (EARNETH boringVault, deployed on Ethereum) + DefiLlama's earnETH adapters`,
          verification: 'secondary',
          note: 'the vault itself is the share token',
        },
        { chainId: 1923, address: EARNETH, source: `${SWELLCHAIN} (Swell Earn ETH)`, verification: 'primary', note: 'bridged' },
      ],
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
      name: 'earnETH Teller',
      token: 'earnETH',
      abiSource: `${NUCLEUS_APP}:contracts/TellerWithMultiAssetSupport.json, api/contracts/Teller/deposit.ts`,
      note: 'Nucleus TellerWithMultiAssetSupport: deposits rswETH, swETH, wstETH, WETH and other ETH tokens; withdrawals go through Nucleus\'s AtomicQueue (not registered: one queue serves every Nucleus vault)',
      deployments: [
        {
          chainId: 1,
          address: '0x685aDb4797fb38D4Fc4a69750aa048B398160429',
          source: `${NUCLEUS_APP}:config/networks.ts (EARNETH teller) only; no Swell repository names it`,
          verification: 'unverified',
        },
      ],
      functions: TELLER_FUNCTIONS,
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
