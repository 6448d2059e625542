/**
 * Symbiotic: permissionless vaults, each holding one collateral token that networks can slash through the vault's
 * slasher module. Users deposit the collateral and later withdraw in two steps (request, then claim after the next
 * epoch). Before mainnet (Jun 2024 – Jan 2025) deposits went into DefaultCollateral wrappers: ERC-20s over one
 * token each, with no slashing and instant withdrawals.
 *
 * Vaults are listed one contract per vault so the warning names the vault; their shares (v1 `Vault`) are not an
 * ERC-20, so the token a deposit leaves the person exposed to is the collateral itself, as for EigenLayer strategies.
 * Any other vault is a `VaultFactory.isEntity(to)` away (read on-chain, not in this registry).
 *
 * VaultV2 (ERC-4626 with a WithdrawalQueue, symbioticfi/core tag v2.0.0) is read by symbiotic-v2.ts for every row of
 * `V2_VAULTS`; none is listed yet, because no mainnet instance was identified. Not registered: the factories and
 * configurator, which have no user entry point (their addresses are in lib/layers/symbiotic.ts).
 */
import { vaultV2Contracts } from './symbiotic-v2';
import { V1_VAULTS, V2_VAULTS, type VaultRow } from './symbiotic-vaults';
import type { Address, ContractSpec, FunctionSpec, ProtocolSpec, TokenSpec } from './types';

const CORE = 'symbioticfi/core@3b6add23921d89dc364458b94e1c35bfb6736e27';
/** Tag 1.0.0 (2025-01-24): the Vault / VaultTokenized interface deployed at mainnet launch. */
const VAULT_ABI = `${CORE}:src/interfaces/vault/IVault.sol (tag 1.0.0)`;
const COLLATERAL = 'symbioticfi/collateral@62e45beecc29f2c44a8bec5d73dc153636284c74';
const DC_ADDRESSES = `${COLLATERAL}:test/integration/SymbioticCollateralConstants.sol`;
const DC_ABI = `${COLLATERAL}:src/interfaces/defaultCollateral/IDefaultCollateral.sol`;
const PERIPHERY = 'symbioticfi/periphery@7b41ea59391ca8ff1f8f650e97c08205d6119451';

/** Vault v1 / VaultTokenized entry points; none is payable and each vault pulls its own `collateral()`. */
function vaultFunctions(collateral: string): FunctionSpec[] {
  return [
    {
      signature: 'function deposit(address onBehalfOf, uint256 amount)',
      selector: '0x47e7ef24',
      action: 'restake',
      input: { kind: 'token', token: collateral, amount: 'amount' },
      note: 'pulls collateral() with transferFrom (approve the vault first); reverts for senders off the deposit whitelist when depositWhitelist() is on',
    },
    {
      signature: 'function withdraw(address claimer, uint256 amount)',
      selector: '0xf3fef3a3',
      action: 'withdraw-request',
      input: { kind: 'token', token: collateral, amount: 'amount' },
      receives: { id: collateral },
      note: 'books the amount to epoch currentEpoch()+1: claimable after 1–2 epochs and slashable until then (same selector is an instant withdraw on DefaultCollateral)',
    },
    {
      signature: 'function redeem(address claimer, uint256 shares)',
      selector: '0x1e9a6950',
      action: 'withdraw-request',
      input: { kind: 'token', token: collateral, amount: 'shares', unit: 'shares' },
      receives: { id: collateral },
      note: 'share-denominated withdraw',
    },
    {
      signature: 'function claim(address recipient, uint256 epoch)',
      selector: '0xaad3ec96',
      action: 'withdraw-claim',
      input: { kind: 'none' },
      receives: { id: collateral },
      note: 'only once epoch < currentEpoch()',
    },
    {
      signature: 'function claimBatch(address recipient, uint256[] epochs)',
      selector: '0x7c04c80a',
      action: 'withdraw-claim',
      input: { kind: 'none' },
      receives: { id: collateral },
    },
  ];
}

function vaultContract(row: VaultRow): ContractSpec {
  return {
    name: row.name,
    token: row.collateral,
    abiSource: VAULT_ABI,
    note: `${row.note ? `${row.note}. ` : ''}Collateral from the vault's metadata name and tags / Mellow's deploy scripts; collateral(), slasher and epoch not read on-chain here (see lib/layers)`,
    deployments: [{ chainId: 1, address: row.address, source: row.source, verification: 'primary' }],
    functions: vaultFunctions(row.collateral),
  };
}

/** DefaultCollateral wrappers whose underlying is registered with its decimals; the DC token mirrors them. */
const DEFAULT_COLLATERALS: readonly (readonly [underlying: string, address: Address, decimals: number])[] = [
  ['wstETH', '0xC329400492c6ff2438472D4651Ad17389fCb843a', 18],
  ['cbETH', '0xB26ff591F44b04E78de18f43B46f8b70C6676984', 18],
  ['wBETH', '0x422F5acCC812C396600010f224b320a743695f85', 18],
  ['rETH', '0x03Bf48b8A1B37FBeAd1EcAbcF15B98B924ffA5AC', 18],
  ['mETH', '0x475D3Eb031d250070B63Fa145F0fCFC5D97c304a', 18],
  ['swETH', '0x38B86004842D3FA4596f0b7A0b53DE90745Ab654', 18],
  ['sfrxETH', '0x5198CB44D7B2E993ebDDa9cAd3b9a0eAa32769D2', 18],
  ['ETHx', '0xBdea8e677F9f7C294A4556005c640Ee505bE6925', 18],
  ['sUSDe', '0x19d0D8e6294B7a04a2733FE433444704B791939A', 18],
  ['WBTC', '0x971e5b5D4baa5607863f3748FeBf287C7bf82618', 8],
  ['tBTC', '0x0C969ceC0729487d264716e55F232B404299032c', 18],
  ['LsETH', '0xB09A50AcFFF7D12B7d18adeF3D1027bC149Bad1c', 18],
  ['osETH', '0x52cB8A621610Cc3cCf498A1981A8ae7AD6B8AB2a', 18],
  ['FXS', '0x940750A267c64f3BBcE31B948b67CD168f0843fA', 18],
  ['LBTC', '0x9C0823D3A1172F9DdF672d438dec79c39a64f448', 8],
  // DC_ENA 0xe39B…CC84, DC_ETHFI 0x21Db…2c7c, DC_SWELL 0x544f…fFFC and DC_MANTA 0x5943…594d are in the same file;
  // their underlyings' decimals have no source here (see collateral-assets.ts), so they are not registered.
];

const dcId = (underlying: string) => `DC_${underlying}`;

const dcTokens: TokenSpec[] = DEFAULT_COLLATERALS.map(([underlying, address, decimals]) => ({
  id: dcId(underlying),
  symbol: dcId(underlying),
  name: `DefaultCollateral_${underlying}`,
  kind: 'other',
  // DefaultCollateral.initialize copies the underlying's decimals (src/contracts/defaultCollateral/DefaultCollateral.sol).
  decimals,
  deployments: [{ chainId: 1, address, source: `${DC_ADDRESSES} (${dcId(underlying)})`, verification: 'primary', note: 'no slashing; instant withdraw' }],
}));

function defaultCollateralContract([underlying, address]: (typeof DEFAULT_COLLATERALS)[number]): ContractSpec {
  return {
    name: `DefaultCollateral ${underlying}`,
    token: dcId(underlying),
    abiSource: `${DC_ABI} (cross-checked with out/DefaultCollateral.sol/DefaultCollateral.json)`,
    note: 'pre-launch wrapper (tagged "legacy" in the metadata repository): 1:1, capped by limit(), not slashable, instant withdraw',
    deployments: [{ chainId: 1, address, source: `${DC_ADDRESSES} (${dcId(underlying)})`, verification: 'primary' }],
    functions: [
      {
        signature: 'function deposit(address recipient, uint256 amount)',
        selector: '0x47e7ef24',
        action: 'deposit',
        input: { kind: 'token', token: underlying, amount: 'amount' },
        note: 'same selector as a Symbiotic vault deposit: the address decides',
      },
      {
        signature: 'function deposit(address recipient, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)',
        selector: '0xc5758489',
        action: 'deposit',
        input: { kind: 'token', token: underlying, amount: 'amount' },
        note: 'EIP-2612 (or Permit2) permit of the underlying in the same call',
      },
      {
        signature: 'function withdraw(address recipient, uint256 amount)',
        selector: '0xf3fef3a3',
        action: 'instant-redeem',
        input: { kind: 'token', token: dcId(underlying), amount: 'amount' },
        receives: { id: underlying },
        note: 'burns the DC token and pays the underlying at once (a queued request on a Symbiotic vault)',
      },
    ],
  };
}

export const symbiotic: ProtocolSpec = {
  id: 'symbiotic',
  name: 'Symbiotic',
  kind: 'restaking',
  layer: 'symbiotic',
  tokens: dcTokens,
  contracts: [
    ...V1_VAULTS.map(vaultContract),
    ...V2_VAULTS.flatMap(vaultV2Contracts),
    ...DEFAULT_COLLATERALS.map(defaultCollateralContract),
    {
      name: 'DefaultCollateralMigrator',
      token: null,
      abiSource: `${PERIPHERY}:src/interfaces/IDefaultCollateralMigrator.sol`,
      note: 'unwraps a DefaultCollateral token and deposits the underlying into a vault in one call',
      deployments: [
        {
          chainId: 1,
          address: '0x8F152FEAA99eb6656F902E94BD4E7bCf563D4A43',
          source: `${PERIPHERY}:test/integration/SymbioticPeripheryConstants.sol + symbioticfi/cli@48b4e09b2abfad587d669e90daa9822addf829d1:abi/DefaultCollateralMigratorABI.json`,
          verification: 'primary',
        },
      ],
      functions: [
        {
          signature: 'function migrate(address collateral, address vault, address onBehalfOf, uint256 amount)',
          selector: '0x34fcff0c',
          action: 'restake',
          input: { kind: 'asset-arg', asset: 'collateral', amount: 'amount' },
          // The vault ends up holding the DefaultCollateral's underlying, which is what becomes slashable.
          token: { byAsset: 'collateral', map: Object.fromEntries(DEFAULT_COLLATERALS.map(([u]) => [dcId(u), u])) },
        },
      ],
    },
  ],
};
