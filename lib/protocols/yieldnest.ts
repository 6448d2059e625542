/**
 * YieldNest: ETH → ynETH; LSTs → ynLSDe (ynEigen), directly or through the deposit adapter; ynETHx, the MAX vault
 * over WETH that allocates to ynETH, ynLSDe and LSTs (yieldnest-vault BaseVault: ERC-4626 plus depositAsset); ynBTCk,
 * the same vault over BTCB on BNB Chain, restaked in Kernel.
 */
import type { FunctionSpec, ProtocolSpec } from './types';

const YN = 'yieldnest/yieldnest-protocol@81046a6a207abba16d324c878b5254e76ba3b45c';
const YV = 'yieldnest/yieldnest-vault@1b49a96bad1509bd0737d9f6bd41ba9f790c51ae';
const YNETHX = '0x657d9ABA1DBb59e53f9F3eCAA878447dCfC96dCb';
const YNETHX_SOURCE = `${YV}:script/Contracts.sol (MainnetContracts.YNETHX)`;
const YK = 'yieldnest/yieldnest-kernel-lrt@65cd272d62fac61c7dedfd07c1f2e0590fa661d5';
const YNBTCK = '0x78839cE14a8213779128Ee4da6D75E1326606A56';
const YNBTCK_SOURCE = `${YK}:deployments/ynBTCk-56.json (ynBTCk-proxy) + README.md`;

/** yieldnest-vault BaseVault entry points: ERC-4626 over the base asset, plus depositAsset for the other accepted assets. */
function maxVaultFunctions(share: string, base: string): FunctionSpec[] {
  return [
    { signature: 'function deposit(uint256 assets, address receiver)', selector: '0x6e553f65', action: 'deposit', input: { kind: 'token', token: base, amount: 'assets' } },
    { signature: 'function mint(uint256 shares, address receiver)', selector: '0x94bf804d', action: 'deposit', input: { kind: 'token', token: base, amount: null } },
    {
      signature: 'function depositAsset(address asset_, uint256 assets, address receiver)',
      selector: '0x465d8576',
      action: 'deposit',
      input: { kind: 'asset-arg', asset: 'asset_', amount: 'assets' },
      note: `any asset the vault accepts, valued in ${base}`,
    },
    { signature: 'function withdraw(uint256 assets, address receiver, address owner)', selector: '0xb460af94', action: 'instant-redeem', input: { kind: 'token', token: share, amount: null }, receives: { id: base } },
    { signature: 'function redeem(uint256 shares, address receiver, address owner)', selector: '0xba087652', action: 'instant-redeem', input: { kind: 'token', token: share, amount: 'shares' }, receives: { id: base } },
  ];
}

export const yieldnest: ProtocolSpec = {
  id: 'yieldnest',
  name: 'YieldNest',
  kind: 'restaking',
  tokens: [
    {
      id: 'ynETH',
      symbol: 'ynETH',
      name: 'YieldNest Restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x09db87A538BD693E9d08544577d5cCfAA6373A48', source: `${YN}:deployments/ynETH-1.json (proxy-ynETH)`, verification: 'primary' }],
    },
    {
      id: 'ynLSDe',
      symbol: 'ynLSDe',
      name: 'YieldNest Restaked LSD (ynEigen)',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x35Ec69A77B79c255e5d47D5A3BdbEFEfE342630c', source: `${YN}:deployments/YnLSDe-1.json (proxy-ynLSDe)`, verification: 'primary' }],
    },
    {
      id: 'ynETHx',
      symbol: 'ynETHx',
      name: 'YieldNest MAX ETH (ynETHx)',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: YNETHX, source: YNETHX_SOURCE, verification: 'primary' }],
    },
    {
      id: 'ynBTCk',
      symbol: 'ynBTCk',
      name: 'YieldNest BTC on Kernel (ynBTCk)',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 56, address: YNBTCK, source: YNBTCK_SOURCE, verification: 'primary' }],
    },
  ],
  contracts: [
    {
      name: 'ynETHx (MAX vault)',
      token: 'ynETHx',
      abiSource: `${YV}:src/BaseVault.sol, src/interface/IVault.sol`,
      note: 'base asset WETH; withdraw and redeem pay from the buffer at once, up to maxWithdraw',
      deployments: [{ chainId: 1, address: YNETHX, source: YNETHX_SOURCE, verification: 'primary' }],
      functions: maxVaultFunctions('ynETHx', 'WETH'),
    },
    {
      name: 'ynBTCk (Kernel vault)',
      token: 'ynBTCk',
      abiSource: `${YK}:src/KernelStrategy.sol (over yieldnest-vault BaseVault)`,
      note: 'BNB Chain; base asset BTCB, staked into Kernel through its StakerGateway; withdrawals unstake from Kernel at once when enabled',
      deployments: [{ chainId: 56, address: YNBTCK, source: YNBTCK_SOURCE, verification: 'primary' }],
      functions: maxVaultFunctions('ynBTCk', 'BTCB'),
    },
    {
      name: 'ynETH',
      token: 'ynETH',
      abiSource: `${YN}:src/ynETH.sol`,
      deployments: [{ chainId: 1, address: '0x09db87A538BD693E9d08544577d5cCfAA6373A48', source: `${YN}:deployments/ynETH-1.json (proxy-ynETH)`, verification: 'primary' }],
      functions: [{ signature: 'function depositETH(address receiver) payable', selector: '0x2d2da806', action: 'deposit', input: { kind: 'eth' } }],
    },
    {
      name: 'ReferralDepositAdapter',
      token: 'ynETH',
      abiSource: `${YN}:src/ReferralDepositAdapter.sol`,
      deployments: [
        { chainId: 1, address: '0x41E60CF98075315E4d6133A9DC25a2847B21C3D7', source: `${YN}:deployments/ReferralDepositAdapter-1.json`, verification: 'primary' },
      ],
      functions: [
        { signature: 'function depositWithReferral(address receiver, address referrer) payable', selector: '0xa41efdab', action: 'deposit', input: { kind: 'eth' } },
      ],
    },
    {
      name: 'ynLSDe',
      token: 'ynLSDe',
      abiSource: `${YN}:src/ynEIGEN/ynEigen.sol`,
      deployments: [{ chainId: 1, address: '0x35Ec69A77B79c255e5d47D5A3BdbEFEfE342630c', source: `${YN}:deployments/YnLSDe-1.json (proxy-ynLSDe)`, verification: 'primary' }],
      functions: [
        {
          signature: 'function deposit(address asset, uint256 amount, address receiver)',
          selector: '0xf45346dc',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
        },
      ],
    },
    {
      name: 'ynEigenDepositAdapter',
      token: 'ynLSDe',
      abiSource: `${YN}:src/ynEIGEN/ynEigenDepositAdapter.sol`,
      deployments: [
        { chainId: 1, address: '0x9e72155d301a6555dc565315be72D295c76753c0', source: `${YN}:deployments/YnLSDe-1.json (proxy-ynEigenDepositAdapter)`, verification: 'primary' },
      ],
      functions: [
        {
          signature: 'function deposit(address asset, uint256 amount, address receiver)',
          selector: '0xf45346dc',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
        },
        {
          signature: 'function depositWithReferral(address asset, uint256 amount, address receiver, address referrer)',
          selector: '0xa1d0362e',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
        },
      ],
    },
    {
      name: 'WithdrawalQueueManager',
      token: 'ynETH',
      abiSource: `${YN}:src/WithdrawalQueueManager.sol`,
      deployments: [
        { chainId: 1, address: '0x0BC9BC81aD379810B36AD5cC95387112990AA67b', source: `${YN}:deployments/ynETH-1.json (proxy-withdrawalQueueManager)`, verification: 'primary' },
      ],
      functions: [
        {
          signature: 'function requestWithdrawal(uint256 amount)',
          selector: '0x9ee679e8',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'ynETH', amount: 'amount' },
          receives: { id: 'ETH' },
        },
        {
          signature: 'function claimWithdrawal(uint256 tokenId, address receiver)',
          selector: '0x3384d9fb',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { id: 'ETH' },
        },
      ],
    },
  ],
};
