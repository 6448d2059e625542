/**
 * Symbiotic v1 vaults people deposit into (data): one row per vault with its collateral, read from the vault's
 * metadata (symbioticfi/metadata-mainnet: its name and `token:` tags) and, for Mellow's, from Mellow's deploy tests.
 * Rows are limited to vaults whose collateral is a registered token; vaults curated for Cap (tagged "Cap") and the
 * pre-launch DefaultCollateral wrappers (tagged "legacy") are not here (the wrappers are in symbiotic.ts).
 */
import type { VaultV2Row } from './symbiotic-v2';
import type { Address } from './types';

const METADATA = 'symbioticfi/metadata-mainnet@06c88c16b315a3019a00e2c355cc2243f5c60f45:vaults/<address>/info.json';
/** The LRT → Symbiotic vault map in Mellow's migration tests (roETH's row is in MigrationAcceptanceTest). */
const MELLOW_MAP =
  'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116:test/acceptance/FullMigrationTest.t.sol + main@a185256422179271c32be703311097480151cf1f:test/acceptance/MigrationAcceptanceTest.t.sol';

export interface VaultRow {
  name: string;
  address: Address;
  collateral: string;
  source: string;
  note?: string;
}

const WSTETH_VAULTS: readonly VaultRow[] = [
  { name: 'Gauntlet Restaked wstETH', address: '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da', collateral: 'wstETH', source: METADATA },
  { name: 'MEV Capital wstETH Vault', address: '0x4e0554959A631B3D3938ffC158e0a7b2124aF9c5', collateral: 'wstETH', source: METADATA },
  { name: 'Ether.fi - wstETH', address: '0x450a90fdEa8B87a6448Ca1C87c88Ff65676aC45b', collateral: 'wstETH', source: METADATA },
  ...(
    [
      ['Rockmelon ETH', '0x575d6DD4EA8636E08952Bd7f8AF977081754B1B7', 'roETH'],
      ['Steakhouse Resteaking Vault', '0xf7Ce770AbdD1895f2CB0989D7cf2A26705FF37a7', 'steakLRT'],
      ['Re7 Labs LRT Vault', '0x3D93b33f5E5fe74D54676720e70EA35210cdD46E', 'Re7LRT'],
      ['MEV Capital restaked ETH', '0x446970400e1787814CA050A4b45AE9d21B3f7EA7', 'amphrETH'],
      ['Renzo Restaked LST', '0xa88e91cEF50b792f9449e2D4C699b6B3CcE1D19F', 'pzETH'],
      ['Restaking Vault ETH [all Networks]', '0x7b276aAD6D2ebfD7e270C5a2697ac79182D9550E', 'rstETH'],
      ['ETH Restaking Pro', '0x7154633EdA7569021e5b1cfCbf953715F8775CA8', 'coETH'],
      ['HashKey Cloud Restaked ETH', '0x108784D6B93A010f62b652b2356697dAEF3D7341', 'hcETH'],
      ['InfStones Restaked ETH', '0x08144D10f6Aaa152EA88a99072a659E339d6152f', 'ifsETH'],
      ['Luganodes Restaked ETH', '0x48bef6aB76E31737d94cF7b3B1dba52EDDEe1cAd', 'LugaETH'],
      ['Unified Restaked LST', '0xf890434A395e3978622Ac0ae1412934bEfeB09Ff', 'urLRT'],
      ['InfraSingularity Restaked ETH', '0xbA91473072EBD125C3cB8D251fd02bf21FDea8Df', 'isETH'],
    ] as const
  ).map(
    ([name, address, lrt]): VaultRow => ({
      name,
      address,
      collateral: 'wstETH',
      source: `${METADATA} + ${MELLOW_MAP}`,
      // Mellow's deploy scripts create these with depositWhitelist = true: only the LRT can deposit.
      note: `Mellow-curated: deposits whitelisted to the Mellow ${lrt} vault; people hold ${lrt}`,
    }),
  ),
];

/** Direct-deposit vaults over other collaterals and further wstETH vaults, as their metadata names them. */
export const OTHER_VAULTS: readonly VaultRow[] = [
  { name: 'Ryabina wstETH', address: '0x93b96D7cDe40DC340CA55001F46B3B8E41bC89B4', collateral: 'wstETH', source: `${METADATA} (token:wstETH)` },
  { name: "Block'n'Bones wstETH", address: '0x0fC4BD54093fdE801EE7f0D6732b5818c5c5eA14', collateral: 'wstETH', source: `${METADATA} (token:wstETH)` },
  { name: 'Nethermind - wstETH', address: '0x2C07B584be483e25f360786d790544a6ecFb85A0', collateral: 'wstETH', source: `${METADATA} (token:wstETH)` },
  { name: 'Alchemy Validators (wstETH)', address: '0x369d807C75a37279D26ADEb2dEED1A8491283bE4', collateral: 'wstETH', source: `${METADATA} (token:wstETH)` },
  { name: 'stakefish Vault', address: '0x403fdB36Cb82786AC82A5cd3be8E9B922AF4949A', collateral: 'wstETH', source: `${METADATA} (tag wstETH)` },
  { name: 'OpsLayer wstETH Vault', address: '0xd006d743fcc622486bD971596e39cC55F8c641Ca', collateral: 'wstETH', source: `${METADATA} (tag wstETH)` },
  { name: 'Gauntlet Restaked swETH', address: '0x65B560d887c010c4993C8F8B36E595C171d69D63', collateral: 'swETH', source: `${METADATA} (tag swETH)` },
  { name: 'Gauntlet Restaked wBETH', address: '0x81bb35c4152B605574BAbD320f8EABE2871CE8C6', collateral: 'wBETH', source: `${METADATA} (tag wBETH)` },
  { name: 'Gauntlet Restaked sfrxETH', address: '0x945d97354faE3C609f27a1d6c6608A98D42563ED', collateral: 'sfrxETH', source: `${METADATA} (tag sfrxETH)` },
  { name: 'Gauntlet Restaked cbETH', address: '0xB8Fd82169a574eB97251bF43e443310D33FF056C', collateral: 'cbETH', source: `${METADATA} (tag cbETH)` },
  { name: 'Gauntlet Restaked rETH', address: '0xaF07131C497E06361dc2F75de63dc1d3e113f7cb', collateral: 'rETH', source: `${METADATA} (tag rETH)` },
  { name: 'Gauntlet Restaked sUSDe', address: '0x3bA6930baC1630873F5fd206e293cA543Fcea7A2', collateral: 'sUSDe', source: `${METADATA} (tag sUSDe)` },
  { name: 'MEV Capital rETH Vault', address: '0xD25f31806de8d608D05DfeAEB1140C1D365864B3', collateral: 'rETH', source: `${METADATA} (tag rETH)` },
  { name: 'MEV Capital cbETH Vault', address: '0x9205c82D529A79B941A9dF2f621a160891F57a0d', collateral: 'cbETH', source: `${METADATA} (tag cbETH)` },
  { name: 'MEV Capital sfrxETH Vault', address: '0x3b512427ca6345e67101ECcb78D9c8508714818c', collateral: 'sfrxETH', source: `${METADATA} (tag sfrxETH)` },
  { name: 'MEV Capital mETH Vault', address: '0xF60E6E6d8648FdBC2834EF7bC6f5E49aB55bec31', collateral: 'mETH', source: `${METADATA} (tag mETH)` },
  { name: 'MEV Capital restaked sUSDe', address: '0x3cA7d72637FB8A5761AD75FBDA248E007800d75a', collateral: 'sUSDe', source: `${METADATA} (tag sUSDe)` },
  { name: 'MEV Capital-K3 LBTC Vault', address: '0xdC47953c816531a8CA9E1D461AB53687d48EEA26', collateral: 'LBTC', source: `${METADATA} (tag LBTC)` },
  { name: 'cmETH Restaked mETH Vault', address: '0xbA60b6969fAA9b927A0acc750Ea8EEAdcEd644B7', collateral: 'mETH', source: `${METADATA} (token:mETH)` },
  { name: 'StakeWise osETH', address: '0x9ec7175541948494Db7831c95868DD97d2E0F742', collateral: 'osETH', source: `${METADATA} (tag osETH)` },
  { name: 'Restaked LsETH Vault', address: '0xEa0F2EA61998346aD39dddeF7513ae90915AFb3c', collateral: 'LsETH', source: `${METADATA} (tag LsETH)` },
  { name: 'Ether.fi - LBTC', address: '0xd4E20ECA1f996Dab35883dC0AD5E3428AF888D45', collateral: 'LBTC', source: `${METADATA} (token:LBTC)` },
  { name: 'Ryabina WBTC', address: '0x0dB67D60d98cF8d27C8720110c7793929f091cc2', collateral: 'WBTC', source: `${METADATA} (token:WBTC)` },
  { name: "Block'n'Bones WBTC", address: '0xe527089636241Ea8D6915eb67A9f68BD8bbf67c6', collateral: 'WBTC', source: `${METADATA} (token:WBTC)` },
  { name: 'Alchemy Validators (WBTC)', address: '0x4b873da454d038b10A87Eb196bdbcD43E28B3012', collateral: 'WBTC', source: `${METADATA} (token:WBTC)` },
];

export const V1_VAULTS: readonly VaultRow[] = [...WSTETH_VAULTS, ...OTHER_VAULTS];

/** VaultV2 instances (see symbiotic-v2.ts): none identified on mainnet yet. */
export const V2_VAULTS: readonly VaultV2Row[] = [];
