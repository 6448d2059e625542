/**
 * The teller of a BoringVault (Veda's vault, also run by Nucleus): the entry points every vault built on it shares,
 * so ether.fi's, Swell's and Puffer's vaults read the same way. Veda's `deposit` is payable and takes ETH as the
 * 0xEeee…EEeE asset; Nucleus's takes ERC-20s only (Ion-Protocol/nucleus-boring-vault@f7921cd:
 * src/base/Roles/TellerWithMultiAssetSupport.sol), so the sentinel never reaches it. Exits go through the vault
 * operator's own queue, not the teller.
 */
import type { FunctionSpec } from './types';

/** Veda's boring-vault at the commit the ether.fi vaults were read from. */
export const VEDA = 'Se7en-Seas/boring-vault@0e23e7fd3a9a7735bd3fea61dd33c1700e75c528';
/** Nucleus's app (the operator of Swell's earnETH and Puffer's UniFi vaults): its teller ABI and the calls it makes. */
export const NUCLEUS_APP = 'Ion-Protocol/nucleus-app@109fd07590f538503a68923afb76be675ef77345';

export const TELLER_FUNCTIONS: FunctionSpec[] = [
  {
    signature: 'function deposit(address depositAsset, uint256 depositAmount, uint256 minimumMint) payable',
    selector: '0x0efe6a8b',
    action: 'deposit',
    input: { kind: 'asset-arg', asset: 'depositAsset', amount: 'depositAmount', eth: 'eeee' },
    note: 'same selector as the L2 sync pool deposit: the address decides',
  },
  {
    signature: 'function depositWithPermit(address depositAsset, uint256 depositAmount, uint256 minimumMint, uint256 deadline, uint8 v, bytes32 r, bytes32 s)',
    selector: '0x3d935d9e',
    action: 'deposit',
    input: { kind: 'asset-arg', asset: 'depositAsset', amount: 'depositAmount' },
  },
];
