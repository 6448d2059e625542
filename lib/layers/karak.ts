/**
 * Karak's slashing model. v1 (VaultSupervisor, DelegationSupervisor) has no slashing code in its public source; v2
 * (Core + operator vaults) lets a DSS request a slash of an operator's vaults, which Karak's veto committee can
 * cancel for two days before anyone finalises it. Both from Karak's own repositories; nothing read on-chain.
 */
import { KARAK_CORES } from '../protocols/karak';
import type { Address } from '../protocols/types';
import { days, fact, unknown } from './fact';
import type { Exposure, LayerModel, SlashingModel } from './schema';

const V1 = 'karak-network/v1-contracts-public@e731d4e047f0802a271840278fc98a2d5e71c49f';
const V1_DATE = '2024-05-11';
const V2 = 'karak-network/v2-contracts@3b3b78f10bcb7879042fda6d9aa9f7ca238d2387';
const V2_DATE = '2024-10-01';
const CONSTANTS = `${V2}:src/interfaces/Constants.sol`;
const UPGRADE_NOTE = 'as of the public v1 source; the VaultSupervisor proxy was upgraded by 2024-05-29 and the upgraded code is not public';

const v1Model = (): SlashingModel => ({
  slasher: fact('none', `${V1}:src (no slashing code)`, V1_DATE, 'primary', UPGRADE_NOTE),
  resolver: unknown('no slashing in v1', `${V1}:src`, V1_DATE),
  epochDuration: unknown('v1 has no epochs', `${V1}:src`, V1_DATE),
  vetoDuration: unknown('no slashing in v1', `${V1}:src`, V1_DATE),
  secures: unknown('the v1 contracts delegate to no DSS; whether v1 deposits were moved into v2 vaults was not researched', `${V1}:src`, V1_DATE),
  slashedFunds: unknown('no slashing in v1', `${V1}:src`, V1_DATE),
});

const v1Exit = () =>
  fact(
    {
      minDays: null,
      maxDays: 30,
      text: "start a withdrawal, then finish it after Karak's wait: 1 day in its deploy script, at most 30 days; the wait set on mainnet was not read",
    },
    `${V1}:script/deploy.sol (WITHDRAW_DELAY = 86400) + src/interfaces/Constants.sol`,
    V1_DATE,
    'primary',
  );

const v1Collateral = () => unknown<{ symbol: string; address: Address | null }>("the vault chosen in the request decides the token; Karak v1 vault addresses are not on record", undefined, V1_DATE);

const supervisor = (chainId: number, address: Address, note: string): Exposure => ({
  protocol: 'karak',
  chainId,
  address,
  name: `VaultSupervisor (v1${note})`,
  kind: 'supervisor',
  via: null,
  collateral: v1Collateral(),
  exitDelay: v1Exit(),
  model: v1Model(),
});

const delegationSupervisor = (chainId: number, address: Address, vaultSupervisor: Address): Exposure => ({
  protocol: 'karak',
  chainId,
  address,
  name: 'DelegationSupervisor (v1 withdrawals)',
  kind: 'supervisor',
  via: fact({ chainId, address: vaultSupervisor }, `${V1}:src/DelegationSupervisor.sol (vaultSupervisor)`, V1_DATE, 'primary', 'the pairing of these two addresses is secondary (shared reference)'),
  collateral: v1Collateral(),
  exitDelay: v1Exit(),
  model: null,
});

const v2Model = (): SlashingModel => ({
  slasher: fact('veto', `${V2}:src/entities/SlasherLib.sol, src/Core.sol`, V2_DATE, 'primary', 'a DSS requests; the veto committee can cancel; anyone finalises after the window'),
  resolver: fact("Karak's veto committee", `${CONSTANTS} (VETO_COMMITTEE_ROLE) + ${V2}:src/Core.sol (cancelSlashing)`, V2_DATE, 'primary'),
  epochDuration: unknown('Karak v2 has no epochs: a 7-day slashing window and a 9-day withdrawal delay play that role', CONSTANTS, V2_DATE),
  vetoDuration: fact(days(2), `${CONSTANTS} (SLASHING_VETO_WINDOW)`, V2_DATE, 'primary'),
  secures: unknown("the services (DSSs) an operator registered its vaults with are on-chain; not read", `${V2}:src/interfaces/ICore.sol`, V2_DATE),
  slashedFunds: fact(
    "the asset's slashing handler, which may burn it, swap then burn it, or distribute it; each asset has its own",
    `${V2}:README.md + src/Vault.sol (slashAssets)`,
    V2_DATE,
    'primary',
  ),
});

const core = (chainId: number, address: Address, config: string): Exposure => ({
  protocol: 'karak',
  chainId,
  address,
  name: 'Core (v2)',
  kind: 'core',
  via: null,
  collateral: unknown("per operator vault: each vault holds one token", undefined, V2_DATE),
  exitDelay: fact(
    { minDays: 9, maxDays: 9, text: 'start a redemption, then finish it after 9 days (a 7-day slashing window and a 2-day veto window); the amount is worked out at the end, so a slash in between reduces it' },
    `${CONSTANTS} + ${V2}:README.md`,
    V2_DATE,
    'primary',
  ),
  model: { ...v2Model(), secures: unknown('per operator and service (DSS); not read', `${V2}:script/v2/config/vault_config_${config}.json`, V2_DATE) },
});

export const karakLayer: LayerModel = {
  id: 'karak',
  name: 'Karak',
  protocols: ['karak'],
  model: fact(
    "v2: stakers deposit into an operator's vault; the operator registers vaults with DSSs; a DSS requests slashing of a percentage of each vault (at most its registered maximum), Karak's veto committee can cancel during a 2-day window, then anyone finalises and the assets go to the asset's SlashingHandler. A DSS can slash for behaviour up to 7 days before a withdrawal starts. v1 has no slashing in its public code.",
    `${V2}:README.md, src/interfaces/Constants.sol, src/entities/SlasherLib.sol + ${V1}:src`,
    V2_DATE,
    'primary',
  ),
  slasher: fact('veto', `${V2}:src/entities/SlasherLib.sol`, V2_DATE, 'primary', 'v2; v1 has none'),
  vetoWindow: fact(days(2), `${CONSTANTS} (SLASHING_VETO_WINDOW)`, V2_DATE, 'primary'),
  maxSlash: fact(
    "per request, each vault's percentage up to the maximum the service (DSS) set when it registered (up to 100%); after a request the same service and operator wait 2 days; at most 32 vaults per request",
    `${CONSTANTS} + ${V2}:src/entities/SlasherLib.sol`,
    V2_DATE,
    'primary',
  ),
  slashedFunds: fact("the asset's slashing handler (burn, swap then burn, or distribute)", `${V2}:README.md`, V2_DATE, 'primary'),
  exitDelay: fact({ minDays: 9, maxDays: 9, text: 'v2: 9 days; v1: 1 day by default, at most 30' }, `${CONSTANTS} + ${V1}:src/interfaces/Constants.sol`, V2_DATE, 'primary'),
  services: [
    {
      name: 'Wormhole NTT DSS',
      address: null,
      chainId: null,
      slashingTerms: fact(
        'registers with a maximum of 10% per slashing request',
        'karak-network/wormhole-dss-contracts@0ebc534bf19c4ca5872d9e7c602452572b3b0386:script/deployDSS.sol (initialize(CORE, STAKE_VIEWER, 10e18, 30))',
        '2024-11-05',
        'primary',
        'deploy-script parameter; the deployed DSS address is not in the repository and nothing was read on-chain',
      ),
      source: 'karak-network/wormhole-dss-contracts@0ebc534bf19c4ca5872d9e7c602452572b3b0386:src/WormholeDSS.sol',
      asOf: '2024-11-26',
      verification: 'primary',
    },
    {
      name: 'Hyperlane DSS',
      address: null,
      chainId: null,
      slashingTerms: unknown(
        "the deploy config's mainnet entry names a Core (0xEd0776087efB18644a31019BDCf37CE4ad0D13e8) other than the v2 deploy config's and a test-looking quorum asset, so its slashing maximum is not taken as a fact",
        'karak-network/hyperlane-migrate-DSS@37da2eca0ab1a7c3cfdf9e0180e7d0c15fd68b49:solidity/script/dss/karak_addresses.json',
        '2024-11-14',
      ),
      source: 'karak-network/hyperlane-migrate-DSS@37da2eca0ab1a7c3cfdf9e0180e7d0c15fd68b49:solidity/contracts/DSS/HyperlaneDSS.sol',
      asOf: '2024-11-14',
      verification: 'primary',
    },
  ],
  servicesUnknownReason: null,
  registries: [
    {
      name: 'Core (v2)',
      chainId: 1,
      address: '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15',
      purpose: 'isDSSRegistered, getDssMaxSlashablePercentageWad(dss), getOperatorVaults(operator), fetchVaultsStakedInDSS',
      source: `${V2}:script/v2/config/vault_config_mainnet.json`,
      asOf: V2_DATE,
      verification: 'primary',
    },
  ],
  exposures: [
    supervisor(1, '0x54e44DbB92dBA848ACe27F44c0CB4268981eF1CC', ''),
    supervisor(42161, '0x399f22ae52a18382a67542b3De9BeD52b7B9A4ad', ', Arbitrum'),
    supervisor(2410, '0xB308474350D75447cA8731B7Ce87c9ee9DA03B1C', ', Karak L2'),
    delegationSupervisor(1, '0xAfa904152E04aBFf56701223118Be2832A4449E0', '0x54e44DbB92dBA848ACe27F44c0CB4268981eF1CC'),
    delegationSupervisor(42161, '0x48769803c0449532Bd23DB3A413152632753c8f0', '0x399f22ae52a18382a67542b3De9BeD52b7B9A4ad'),
    ...KARAK_CORES.map(([chainId, address, config]) => core(chainId, address, config)),
  ],
};
