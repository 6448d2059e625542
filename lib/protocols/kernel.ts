/**
 * Kernel (KernelDAO) on BNB Chain: people stake BNB, BNB LSTs and BTC tokens through one StakerGateway, which moves
 * them into a per-asset KernelVault and keeps the balance there. No receipt token is minted, so the token a stake
 * leaves the person exposed to is the asset itself. In the public code (v0.6, `version()` "1.0") unstaking is
 * immediate and there is no slashing logic.
 *
 * The only public source is a copy of the team's repository under a personal account, so its addresses are
 * secondary. The v0.4 table (2024-11-27) listed an earlier StakerGateway, 0xD510A1f14A7003E474837F0f4c45284f14fa9b3F,
 * replaced the same day; it is not registered.
 */
import type { ProtocolSpec } from './types';

const KERNEL = 'andnasnd/kernel-smart-contracts-public@6e64786c2744a8521a8872fb59cdfd414c04e14b';

export const kernel: ProtocolSpec = {
  id: 'kernel',
  name: 'Kernel',
  kind: 'restaking',
  layer: 'kernel',
  tokens: [],
  contracts: [
    {
      name: 'StakerGateway',
      token: null,
      abiSource: `${KERNEL}:src/interfaces/IStakerGateway.sol, src/StakerGateway.sol (cross-checked with builds/v0.6/StakerGateway.json)`,
      deployments: [
        {
          chainId: 56,
          address: '0xb32dF5B33dBCCA60437EC17b27842c12bFE83394',
          source: `${KERNEL}:doc/contract-address/Mainnet.md + YieldNest ynBNBk STAKER_GATEWAY and other integrators (shared reference other-layers.md §4)`,
          verification: 'secondary',
        },
      ],
      functions: [
        {
          signature: 'function stake(address asset, uint256 amount, string referralId)',
          selector: '0x4df42566',
          action: 'restake',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'asset' },
          note: 'approve the asset to the StakerGateway first; the KernelVault for the asset holds it',
        },
        {
          signature: 'function stakeNative(string referralId) payable',
          selector: '0xc412056b',
          action: 'restake',
          input: { kind: 'eth' },
          // StakerGateway wraps the BNB and stakes it in the WBNB vault.
          token: { id: 'WBNB' },
        },
        {
          signature: 'function stakeClisBNB(string referralId) payable',
          selector: '0x10ce2626',
          action: 'restake',
          input: { kind: 'eth' },
          token: null,
          note: "BNB goes to Lista's HelioProvider, which delegates non-transferable clisBNB to Kernel's clisBNB vault",
        },
        {
          signature: 'function unstake(address asset, uint256 amount, string referralId)',
          selector: '0xf91daa33',
          action: 'instant-redeem',
          input: { kind: 'asset-arg', asset: 'asset', amount: 'amount' },
          token: { arg: 'asset' },
          receives: { arg: 'asset' },
          note: 'immediate in v0.6: no queue, no delay',
        },
        {
          signature: 'function unstakeNative(uint256 amount, string referralId)',
          selector: '0x4693cf07',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'WBNB', amount: 'amount' },
          token: { id: 'WBNB' },
          receives: { id: 'ETH' },
          note: 'withdraws WBNB from its vault, unwraps it and sends BNB',
        },
        {
          signature: 'function unstakeClisBNB(uint256 amount, string referralId)',
          selector: '0x711848a8',
          action: 'instant-redeem',
          // The amount is of the clisBNB position, whose token is not registered here.
          input: { kind: 'none' },
          token: null,
          receives: { id: 'ETH' },
          note: "releases the clisBNB position through Lista's HelioProvider and sends BNB",
        },
      ],
    },
  ],
};
