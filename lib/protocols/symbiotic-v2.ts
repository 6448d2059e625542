/**
 * Symbiotic VaultV2 (symbioticfi/core tag v2.0.0, VaultFactory version 3): an ERC-4626 vault over one collateral,
 * whose exits go through a WithdrawalQueue that mints a request NFT and pays the collateral once filled. An instant
 * ERC-4626 withdraw or redeem only works from free assets and reverts while the queue has pending requests.
 * No mainnet VaultV2 was identified (symbioticfi/metadata-mainnet@06c88c1 holds v1 vaults only), so `V2_VAULTS`
 * (symbiotic-vaults.ts) is empty and these entry points are documented, not detected, until one is listed.
 */
import type { Address, ContractSpec, FunctionSpec } from './types';

const CORE_V2 = 'symbioticfi/core@327c00585232fa2d6220d102cbef30da0cd32528';
const VAULT_V2_ABI = `${CORE_V2}:src/contracts/vault/VaultV2.sol (ERC4626Upgradeable) (tag v2.0.0)`;
const QUEUE_ABI = `${CORE_V2}:src/interfaces/vault/IWithdrawalQueue.sol (tag v2.0.0)`;

export interface VaultV2Row {
  name: string;
  address: Address;
  /** Its `withdrawalQueue()`. */
  queue: Address;
  collateral: string;
  source: string;
}

function vaultV2Functions(collateral: string): FunctionSpec[] {
  return [
    { signature: 'function deposit(uint256 assets, address receiver)', selector: '0x6e553f65', action: 'restake', input: { kind: 'token', token: collateral, amount: 'assets' } },
    {
      signature: 'function mint(uint256 shares, address receiver)',
      selector: '0x94bf804d',
      action: 'restake',
      input: { kind: 'token', token: collateral, amount: null },
      note: 'names the shares to receive, not the collateral that leaves',
    },
    {
      signature: 'function withdraw(uint256 assets, address receiver, address owner)',
      selector: '0xb460af94',
      action: 'instant-redeem',
      input: { kind: 'token', token: collateral, amount: 'assets' },
      receives: { id: collateral },
      note: 'from free assets only; reverts while the withdrawal queue has pending requests',
    },
    {
      signature: 'function redeem(uint256 shares, address receiver, address owner)',
      selector: '0xba087652',
      action: 'instant-redeem',
      input: { kind: 'token', token: collateral, amount: 'shares', unit: 'shares' },
      receives: { id: collateral },
      note: 'from free assets only; reverts while the withdrawal queue has pending requests',
    },
  ];
}

function queueFunctions(collateral: string): FunctionSpec[] {
  return [
    {
      signature: 'function requestRedeem(uint256 shares, address receiver)',
      selector: '0x107703ab',
      action: 'withdraw-request',
      input: { kind: 'token', token: collateral, amount: 'shares', unit: 'shares' },
      receives: { id: collateral },
      note: 'pulls the vault shares and mints a request NFT to receiver; slashable until filled',
    },
    { signature: 'function claim(uint256 tokenId, address receiver)', selector: '0xddd5e1b2', action: 'withdraw-claim', input: { kind: 'none' }, receives: { id: collateral } },
  ];
}

/** A VaultV2 and its WithdrawalQueue, as two contracts so each address reads its own entry points. */
export function vaultV2Contracts(row: VaultV2Row): ContractSpec[] {
  const deployment = (address: Address) => [{ chainId: 1, address, source: row.source, verification: 'primary' as const }];
  return [
    { name: row.name, token: row.collateral, abiSource: VAULT_V2_ABI, note: 'Symbiotic VaultV2 (ERC-4626)', deployments: deployment(row.address), functions: vaultV2Functions(row.collateral) },
    { name: `${row.name} WithdrawalQueue`, token: row.collateral, abiSource: QUEUE_ABI, deployments: deployment(row.queue), functions: queueFunctions(row.collateral) },
  ];
}
