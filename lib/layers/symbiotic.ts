/**
 * Symbiotic's slashing model, per registered vault, and the Mellow LRTs and wrappers that feed those vaults.
 *
 * Nothing here was read on-chain. For the twelve Mellow-curated vaults the values are the parameters Mellow's deploy
 * scripts pass to VaultConfigurator.create (marked so in each note); for the other vaults the slasher, epoch and
 * burner are unknown until lib/sources/onchain/read-symbiotic-vaults.ts reads them.
 */
import { getTokenAddress } from '../protocols/registry';
import { OTHER_VAULTS, type VaultRow } from '../protocols/symbiotic-vaults';
import type { Address } from '../protocols/types';
import { days, fact, unknown } from './fact';
import type { Exposure, LayerModel, SlashingModel } from './schema';

const CORE = 'symbioticfi/core@3b6add23921d89dc364458b94e1c35bfb6736e27';
const CORE_DATE = '2025-01-24';
const CORE_CONSTANTS = 'symbioticfi/core@f92e05fe5f5b588731c801d90dcd90bf9bbec5ec:test/integration/SymbioticCoreConstants.sol';
const METADATA = 'symbioticfi/metadata-mainnet@06c88c16b315a3019a00e2c355cc2243f5c60f45';
const METADATA_DATE = '2026-08-07';
const COLLATERAL = 'symbioticfi/collateral@62e45beecc29f2c44a8bec5d73dc153636284c74';
const COLLATERAL_DATE = '2025-01-28';
/** Batch 1 (roETH, amphrETH, pzETH, steakLRT, rstETH, Re7LRT): Mellow's VaultConfigurator.create parameters. */
const DEPLOY_1 = 'mellow-finance/simple-lrt@a185256422179271c32be703311097480151cf1f:scripts/mainnet/MigrationContracts.s.sol';
const DEPLOY_1_DATE = '2025-01-24';
/** Batch 2 (coETH, hcETH, ifsETH, LugaETH, urLRT, isETH). */
const DEPLOY_2 = 'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116:scripts/mainnet/MigrationContractsBatch2.s.sol';
const DEPLOY_2_DATE = '2025-01-28';
const MIGRATION_MAP =
  'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116:test/acceptance/FullMigrationTest.t.sol (Setup.symbioticVault) + main@a185256422179271c32be703311097480151cf1f:test/acceptance/MigrationAcceptanceTest.t.sol (roETH)';
const MIGRATION_DATE = '2025-01-28';
const SIMPLE = 'mellow-finance/simple-lrt@a185256422179271c32be703311097480151cf1f';
const SIMPLE_DATE = '2025-06-16';
const LEGACY = 'mellow-finance/mellow-lrt@c37fad554231b6ce63f7416e408dba165222a3af';
const LEGACY_DATE = '2025-06-16';
const DEPLOY_NOTE = "Mellow's deploy-script parameter, not read on-chain; the LRT → vault pairing is from Mellow's migration tests";

const WSTETH = { symbol: 'wstETH', address: '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0' as Address };
const WSTETH_BURNER: Address = '0xdCaC890b14121FD5D925E2589017Be68C2B5B324';

/**
 * strETH is a Mellow Core ("flexible") vault entered through one deposit queue per asset. Its curator allocates the
 * assets across strategies; which restaking layer holds them at a given time is not registered, so its slashing
 * model is stated as not known rather than borrowed from another vault.
 */
const FLEXIBLE = 'mellow-finance/flexible-vaults@5d1cff0909e4975030f7128c256042092657877f';
/** The day these constants were read from that commit. */
const FLEXIBLE_DATE = '2026-12-06';
const STRETH_DEPOSIT_QUEUES: { asset: { symbol: string; address: Address }; address: Address; constant: string }[] = [
  { asset: { symbol: 'ETH', address: '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE' }, address: '0xE707321B887b9da133AC5fCc5eDB78Ab177a152D', constant: 'STRETH_DEPOSIT_QUEUE_ETH' },
  { asset: { symbol: 'WETH', address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' }, address: '0x2eA268f1018a4767bF5da42D531Ea9e943942A36', constant: 'STRETH_DEPOSIT_QUEUE_WETH' },
  { asset: WSTETH, address: '0x614cb9E9D13712781DfD15aDC9F3DAde60E4eFAb', constant: 'STRETH_DEPOSIT_QUEUE_WSTETH' },
];
const strEthQueue = (q: (typeof STRETH_DEPOSIT_QUEUES)[number]): Exposure => ({
  protocol: 'mellow',
  chainId: 1,
  address: q.address,
  name: `strETH DepositQueue (${q.asset.symbol})`,
  kind: 'wrapper',
  via: unknown("strETH's curator allocates its assets across strategies; the restaking vaults it holds are not registered", `${FLEXIBLE}:scripts/ethereum/Constants.sol`, FLEXIBLE_DATE),
  collateral: fact(q.asset, `${FLEXIBLE}:scripts/ethereum/Constants.sol (${q.constant})`, FLEXIBLE_DATE, 'primary'),
  exitDelay: unknown('exits go through the redeem queue: priced in a batch at the next oracle report, then claimed', `${FLEXIBLE}:src/queues/RedeemQueue.sol`, FLEXIBLE_DATE),
  model: null,
});
const READ_ON_CHAIN = 'no public source states it for this vault; it is read from the chain once live data comes in';
const NETWORKS_ON_CHAIN =
  "which networks a vault secures is on-chain state (the delegator's network limits per subnetwork, set by the curator); no source lists it per vault";

/** The Vault contract's withdrawal rule: booked to the next epoch, claimable once it has ended. */
const withdrawalRule = (epochDays: number | null) => ({
  minDays: epochDays,
  maxDays: epochDays === null ? null : 2 * epochDays,
  text: `a withdrawal is booked to the next epoch and can be claimed once that epoch has ended: 1 to 2 epochs${
    epochDays === null ? '' : ` of ${epochDays} days`
  } after the request, slashable until then`,
});

function mellowModel(deploy: string, deployDate: string, slashedFunds: string): SlashingModel {
  return {
    slasher: fact('veto', `${deploy} (VETO_SLASHER_INDEX = 1)`, deployDate, 'primary', DEPLOY_NOTE),
    resolver: unknown(
      'each network sets its own resolver, which takes effect 3 epochs later; the deploy script sets none',
      `${CORE}:src/contracts/slasher/VetoSlasher.sol`,
      deployDate,
    ),
    epochDuration: fact(days(7), `${deploy} (EPOCH_DURATION = 7 days)`, deployDate, 'primary', DEPLOY_NOTE),
    vetoDuration: fact(days(3), `${deploy} (VETO_DURATION = 3 days)`, deployDate, 'primary', DEPLOY_NOTE),
    secures: unknown(NETWORKS_ON_CHAIN, `${CORE}:src/interfaces/delegator/INetworkRestakeDelegator.sol`, deployDate),
    slashedFunds: fact(slashedFunds, deploy, deployDate, 'primary', `${DEPLOY_NOTE}. BURNER_DELAY is 1 hour at setup ("MUST BE CHANGED TO AT LEAST 7 DAYS")`),
  };
}

/** Batch 1's BurnerRouter sends slashed wstETH to the vault's curator multisig. */
const toCurator = (curator: Address) =>
  mellowModel(
    DEPLOY_1,
    DEPLOY_1_DATE,
    `a burner router (owned by the Mellow/Lido multisig 0x9437B2a8cF3b69D782a61f9814baAbc172f72003) that sends it to the curator's multisig ${curator}`,
  );
/** Batch 2's BurnerRouter sends slashed wstETH to Symbiotic's wstETH burner. */
const toBurner = () =>
  mellowModel(DEPLOY_2, DEPLOY_2_DATE, `a burner router that sends it to Symbiotic's wstETH burner ${WSTETH_BURNER}, which unwraps and burns it`);

const vault = (
  name: string,
  address: Address,
  model: SlashingModel,
  collateralSource: string,
  collateralDate: string,
  epochDays: number | null,
  collateral: { symbol: string; address: Address } = WSTETH,
): Exposure => ({
  protocol: 'symbiotic',
  chainId: 1,
  address,
  name,
  kind: 'vault',
  via: null,
  collateral: fact(collateral, collateralSource, collateralDate, 'primary', 'collateral() not read on-chain'),
  exitDelay: fact(withdrawalRule(epochDays), epochDays === null ? `${CORE}:src/contracts/vault/Vault.sol` : `${CORE}:src/contracts/vault/Vault.sol + ${model.epochDuration.source}`, CORE_DATE, 'primary'),
  model,
});

const unknownModel = (address: Address): SlashingModel => ({
  slasher: unknown(READ_ON_CHAIN, `${METADATA}:vaults/${address}/info.json`, METADATA_DATE),
  resolver: unknown(READ_ON_CHAIN, undefined, METADATA_DATE),
  epochDuration: unknown(READ_ON_CHAIN, undefined, METADATA_DATE),
  vetoDuration: unknown(READ_ON_CHAIN, undefined, METADATA_DATE),
  secures: unknown(NETWORKS_ON_CHAIN, undefined, METADATA_DATE),
  slashedFunds: unknown(READ_ON_CHAIN, undefined, METADATA_DATE),
});

/**
 * ether.fi's vaults on Symbiotic (lib/protocols/etherfi.ts): Veda runs them, and each strategist's Merkle root lists
 * what the vault may deposit into. Which of those it holds, and in what share, is not read here.
 */
const VEDA = 'Se7en-Seas/boring-vault@0e23e7fd3a9a7735bd3fea61dd33c1700e75c528';
const VEDA_DATE = '2024-12-18';
const etherfiVault = (name: string, address: Address, reason: string, source: string): Exposure => ({
  protocol: 'etherfi',
  chainId: 1,
  address,
  name,
  kind: 'wrapper',
  via: unknown(reason, source, VEDA_DATE),
  collateral: unknown('several assets, chosen by the vault\'s strategist', source, VEDA_DATE),
  exitDelay: unknown('exits go through the vault operator\'s queue, not a Symbiotic withdrawal', undefined, VEDA_DATE),
  model: null,
});

const metadataVault = (name: string, address: Address): Exposure =>
  vault(name, address, unknownModel(address), `${METADATA}:vaults/${address}/info.json (tag wstETH)`, METADATA_DATE, null);

/** A vault the registry lists from its metadata name and tags (lib/protocols/symbiotic-vaults.ts): model read on-chain. */
const otherVault = (row: VaultRow): Exposure =>
  vault(row.name, row.address, unknownModel(row.address), row.source.replace('<address>', row.address), METADATA_DATE, null, { symbol: row.collateral, address: getTokenAddress(row.collateral, 1)! });

interface MellowRow {
  lrt: string;
  lrtAddress: Address;
  vaultName: string;
  vault: Address;
  queue: Address;
  /** Which of Mellow's two deploy scripts created the vault. */
  batch: 1 | 2;
  model: SlashingModel;
}

const MELLOW: readonly MellowRow[] = [
  { lrt: 'roETH', lrtAddress: '0x7b31F008c48EFb65da78eA0f255EE424af855249', vaultName: 'Rockmelon ETH', vault: '0x575d6DD4EA8636E08952Bd7f8AF977081754B1B7', queue: '0xe51241aAbE7c77F658A3Bf160D922a1E936168cd', batch: 1, model: toCurator('0xf9d20f02aB533ac6F990C9D96B595651d83b4b92') },
  { lrt: 'steakLRT', lrtAddress: '0xBEEF69Ac7870777598A04B2bd4771c71212E6aBc', vaultName: 'Steakhouse Resteaking Vault', vault: '0xf7Ce770AbdD1895f2CB0989D7cf2A26705FF37a7', queue: '0xC915FADA26dc6c123620A9c2a7a55c1ad45b077A', batch: 1, model: toCurator('0x2E93913A796a6C6b2bB76F41690E78a2E206Be54') },
  { lrt: 'Re7LRT', lrtAddress: '0x84631c0d0081FDe56DeB72F6DE77abBbF6A9f93a', vaultName: 'Re7 Labs LRT Vault', vault: '0x3D93b33f5E5fe74D54676720e70EA35210cdD46E', queue: '0x9668bd17947b2baD83857a75737faF17575628B8', batch: 1, model: toCurator('0xE86399fE6d7007FdEcb08A2ee1434Ee677a04433') },
  { lrt: 'amphrETH', lrtAddress: '0x5fD13359Ba15A84B76f7F87568309040176167cd', vaultName: 'MEV Capital restaked ETH', vault: '0x446970400e1787814CA050A4b45AE9d21B3f7EA7', queue: '0x2142acB6b0424578d443A4b2E396a1b7cFb5c1e9', batch: 1, model: toCurator('0xA1E38210B06A05882a7e7Bfe167Cd67F07FA234A') },
  { lrt: 'pzETH', lrtAddress: '0x8c9532a60E0E7C6BbD2B2c1303F63aCE1c3E9811', vaultName: 'Renzo Restaked LST', vault: '0xa88e91cEF50b792f9449e2D4C699b6B3CcE1D19F', queue: '0xcDbff91f6fCcDa7367d71b065c7494526b830A89', batch: 1, model: toCurator('0x6e5CaD73D00Bc8340f38afb61Fc5E34f7193F599') },
  // Mellow's script names the Re7LRT curator multisig as the curator of both rstETH and Re7LRT.
  { lrt: 'rstETH', lrtAddress: '0x7a4EffD87C2f3C55CA251080b1343b605f327E3a', vaultName: 'Restaking Vault ETH [all Networks]', vault: '0x7b276aAD6D2ebfD7e270C5a2697ac79182D9550E', queue: '0x351875e6348120b71281808870435bF6d5F406BD', batch: 1, model: toCurator('0xE86399fE6d7007FdEcb08A2ee1434Ee677a04433') },
  { lrt: 'coETH', lrtAddress: '0xd6E09a5e6D719d1c881579C9C8670a210437931b', vaultName: 'ETH Restaking Pro', vault: '0x7154633EdA7569021e5b1cfCbf953715F8775CA8', queue: '0x0457ca1581941f7fFa5FbeC48Bd25E6FDFb80C26', batch: 2, model: toBurner() },
  { lrt: 'hcETH', lrtAddress: '0x375A8eE22280076610cA2B4348d37cB1bEEBeba0', vaultName: 'HashKey Cloud Restaked ETH', vault: '0x108784D6B93A010f62b652b2356697dAEF3D7341', queue: '0xFC6D07202F5B73707AF35Cc546c181363B63bE10', batch: 2, model: toBurner() },
  { lrt: 'ifsETH', lrtAddress: '0x49cd586dd9BA227Be9654C735A659a1dB08232a9', vaultName: 'InfStones Restaked ETH', vault: '0x08144D10f6Aaa152EA88a99072a659E339d6152f', queue: '0x5e4Ef16FB0C1DE57bF204cEb8cA0B154d911142e', batch: 2, model: toBurner() },
  { lrt: 'LugaETH', lrtAddress: '0x82dc3260f599f4fC4307209A1122B6eAa007163b', vaultName: 'Luganodes Restaked ETH', vault: '0x48bef6aB76E31737d94cF7b3B1dba52EDDEe1cAd', queue: '0x7d81A47925ecAC5A8E3cd839bAa14749909442de', batch: 2, model: toBurner() },
  { lrt: 'urLRT', lrtAddress: '0x4f3Cc6359364004b245ad5bE36E6ad4e805dC961', vaultName: 'Unified Restaked LST', vault: '0xf890434A395e3978622Ac0ae1412934bEfeB09Ff', queue: '0x7fBB995A36C85420E59d0f1B8D4874e89A660FaC', batch: 2, model: toBurner() },
  { lrt: 'isETH', lrtAddress: '0xcC36e5272c422BEE9A8144cD2493Ac472082eBaD', vaultName: 'InfraSingularity Restaked ETH', vault: '0xbA91473072EBD125C3cB8D251fd02bf21FDea8Df', queue: '0x5CaA0B278aa5437291dE6F6A742190e680c8e9d8', batch: 2, model: toBurner() },
];

const mellowVault = (row: MellowRow): Exposure =>
  vault(
    `${row.vaultName} (Mellow ${row.lrt})`,
    row.vault,
    row.model,
    `${row.batch === 1 ? DEPLOY_1 : DEPLOY_2} (collateral: WSTETH) + ${METADATA}:vaults/${row.vault}/info.json`,
    row.batch === 1 ? DEPLOY_1_DATE : DEPLOY_2_DATE,
    7,
  );

/** The LRT's own exit: liquid wstETH at once, the staked part through the SymbioticWithdrawalQueue. */
const lrtExit = (maxDays: number | null) =>
  fact(
    {
      minDays: 0,
      maxDays,
      text: `once the LRT has moved to Symbiotic vaults, a withdrawal pays the wstETH it holds outside the vaults at once and queues the rest, claimable after 1–2 Symbiotic epochs${
        maxDays === null ? '' : ` (up to ${maxDays} days)`
      }; before that, a withdrawal waits until the curator processes it`,
    },
    `${SIMPLE}:src/MellowSymbioticVault.sol, src/SymbioticWithdrawalQueue.sol + ${LEGACY}:src/Vault.sol`,
    SIMPLE_DATE,
    'primary',
    'whether each LRT was migrated was not read on-chain',
  );

const mellowLrt = (row: MellowRow): Exposure => ({
  protocol: 'mellow',
  chainId: 1,
  address: row.lrtAddress,
  name: `${row.lrt} (Mellow LRT)`,
  kind: 'lrt',
  via: fact({ chainId: 1, address: row.vault }, MIGRATION_MAP, MIGRATION_DATE, 'primary', 'also named in the Symbiotic metadata repository; not read on-chain (symbioticVault())'),
  collateral: fact(WSTETH, MIGRATION_MAP, MIGRATION_DATE, 'primary', 'Migrator parameters: token = wstETH, bond = DefaultCollateral wstETH'),
  exitDelay: lrtExit(14),
  model: null,
});

const mellowQueue = (row: MellowRow): Exposure => ({
  protocol: 'mellow',
  chainId: 1,
  address: row.queue,
  name: `SymbioticWithdrawalQueue (${row.lrt})`,
  kind: 'withdrawal-queue',
  via: fact({ chainId: 1, address: row.lrtAddress }, MIGRATION_MAP, MIGRATION_DATE, 'primary', "the migration's expected queue; not read on-chain"),
  collateral: fact(WSTETH, `${SIMPLE}:src/SymbioticWithdrawalQueue.sol`, SIMPLE_DATE, 'primary'),
  exitDelay: fact(withdrawalRule(7), `${SIMPLE}:src/SymbioticWithdrawalQueue.sol + ${CORE}:src/contracts/vault/Vault.sol`, SIMPLE_DATE, 'primary', 'claims what the Symbiotic vault releases'),
  model: null,
});

const DEPOSIT_WRAPPERS: readonly (readonly [lrt: string, wrapper: Address])[] = [
  ['steakLRT', '0x24fee15BC11fF617c042283B58A3Bda6441Da145'],
  ['Re7LRT', '0x70cD3464A41B6692413a1Ba563b9D53955D5DE0d'],
  ['amphrETH', '0xdC1741f9bD33DD791942CC9435A90B0983DE8665'],
  ['rstETH', '0x41A1FBEa7Ace3C3a6B66a73e96E5ED07CDB2A34d'],
];
const LAUNCH = 'mellow-finance/mellow-lrt@3c9bb06a0110768fa86e4151e97c569b069b6020:scripts/mainnet/OnchainValidationScript.sol';
const LAUNCH_DATE = '2024-06-08';

const depositWrapper = ([lrt, wrapper]: (typeof DEPOSIT_WRAPPERS)[number]): Exposure => ({
  protocol: 'mellow',
  chainId: 1,
  address: wrapper,
  name: `DepositWrapper (${lrt})`,
  kind: 'wrapper',
  via: fact({ chainId: 1, address: MELLOW.find((r) => r.lrt === lrt)!.lrtAddress }, LAUNCH, LAUNCH_DATE, 'primary'),
  collateral: fact(WSTETH, `${LEGACY}:src/utils/DepositWrapper.sol (ETH, WETH, stETH → wstETH)`, LEGACY_DATE, 'primary'),
  exitDelay: unknown('deposit-only: exits go through the LRT', `${LEGACY}:src/utils/DepositWrapper.sol`, LEGACY_DATE),
  model: null,
});

/** DefaultCollateral wrappers: symbol of the underlying, DC address, underlying address (as registered). */
const DEFAULT_COLLATERALS: readonly (readonly [symbol: string, dc: Address, underlying: Address])[] = [
  ['wstETH', '0xC329400492c6ff2438472D4651Ad17389fCb843a', '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0'],
  ['cbETH', '0xB26ff591F44b04E78de18f43B46f8b70C6676984', '0xBe9895146f7AF43049ca1c1AE358B0541Ea49704'],
  ['wBETH', '0x422F5acCC812C396600010f224b320a743695f85', '0xa2E3356610840701BDf5611a53974510Ae27E2e1'],
  ['rETH', '0x03Bf48b8A1B37FBeAd1EcAbcF15B98B924ffA5AC', '0xae78736Cd615f374D3085123A210448E74Fc6393'],
  ['mETH', '0x475D3Eb031d250070B63Fa145F0fCFC5D97c304a', '0xd5F7838F5C461fefF7FE49ea5ebaF7728bB0ADfa'],
  ['swETH', '0x38B86004842D3FA4596f0b7A0b53DE90745Ab654', '0xf951E335afb289353dc249e82926178EaC7DEd78'],
  ['sfrxETH', '0x5198CB44D7B2E993ebDDa9cAd3b9a0eAa32769D2', '0xac3E018457B222d93114458476f3E3416Abbe38F'],
  ['ETHx', '0xBdea8e677F9f7C294A4556005c640Ee505bE6925', '0xA35b1B31Ce002FBF2058D22F30f95D405200A15b'],
  ['sUSDe', '0x19d0D8e6294B7a04a2733FE433444704B791939A', '0x9D39A5DE30e57443BfF2A8307A4256c8797A3497'],
  ['WBTC', '0x971e5b5D4baa5607863f3748FeBf287C7bf82618', '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599'],
  ['tBTC', '0x0C969ceC0729487d264716e55F232B404299032c', '0x18084fbA666a33d37592fA2633fD49a74DD93a88'],
  ['LsETH', '0xB09A50AcFFF7D12B7d18adeF3D1027bC149Bad1c', '0x8c1BEd5b9a0928467c9B1341Da1D7BD5e10b6549'],
  ['osETH', '0x52cB8A621610Cc3cCf498A1981A8ae7AD6B8AB2a', '0xf1C9acDc66974dFB6dEcB12aA385b9cD01190E38'],
  ['FXS', '0x940750A267c64f3BBcE31B948b67CD168f0843fA', '0x3432B6A60D23Ca0dFCa7761B7ab56459D9C964D0'],
  ['LBTC', '0x9C0823D3A1172F9DdF672d438dec79c39a64f448', '0x8236a87084f8B84306f72007F36F2618A5634494'],
];
const DC_CODE = `${COLLATERAL}:src/contracts/defaultCollateral/DefaultCollateral.sol`;

const defaultCollateral = ([symbol, dc, underlying]: (typeof DEFAULT_COLLATERALS)[number]): Exposure => ({
  protocol: 'symbiotic',
  chainId: 1,
  address: dc,
  name: `DefaultCollateral ${symbol}`,
  kind: 'wrapper',
  via: null,
  // The DC symbol names the underlying; its address is the registry's (lib/protocols), whose labels are secondary.
  collateral: fact(
    { symbol, address: underlying },
    `${COLLATERAL}:test/integration/SymbioticCollateralConstants.sol (DC_${symbol})`,
    COLLATERAL_DATE,
    'secondary',
    `the underlying's address is the registry's (lib/protocols), where its label is secondary; asset() not read on-chain`,
  ),
  exitDelay: fact({ minDays: 0, maxDays: 0, text: 'instant: a withdrawal pays the underlying token back in the same transaction' }, DC_CODE, COLLATERAL_DATE, 'primary'),
  model: {
    slasher: fact('none', DC_CODE, COLLATERAL_DATE, 'primary', 'a DefaultCollateral has no slasher and is delegated to no network'),
    resolver: unknown('no slasher', DC_CODE, COLLATERAL_DATE),
    epochDuration: unknown('not a vault: no epochs', DC_CODE, COLLATERAL_DATE),
    vetoDuration: unknown('no slasher', DC_CODE, COLLATERAL_DATE),
    secures: fact([], DC_CODE, COLLATERAL_DATE, 'primary', 'pre-launch deposits earned points, not network security'),
    slashedFunds: unknown('nothing can be slashed', DC_CODE, COLLATERAL_DATE),
  },
});

/** Networks registered in Symbiotic's metadata repository (not which vaults each uses). */
const NETWORKS: readonly (readonly [name: string, address: Address])[] = [
  ['zkLink', '0x213F448e7a1C8DAEDe41cf94883Cc6149244d00F'],
  ['Spark', '0x3300f198988e4C9C63F75dF86De36421f06af8c4'],
  ['Kalypso', '0x3a7B173124DcFeCff1847FF7f8f56e72ABE02340'],
  ['Human Network', '0x42F15F9E4dF4994317453477e80e24797CC1A929'],
  ['Symbiosis', '0x5112EbA9bc2468Bb5134CBfbEAb9334EdaE7106a'],
  ['Hyperlane', '0x59cf937ea9fa9d7398223e3aa33d92f7f5f986a2'],
  ['Cycle Network', '0x759D4335cb712aa188935C2bD3Aa6D205aC61305'],
  ['Lombard CCIP Network', '0x769f653c1CD9f2abcBACBfeAaE5C9D8Dc2033Fef'],
  ['K3', '0x83742C346E9f305dcA94e20915aB49A483d33f3E'],
  ['Ditto Network', '0x8560C667Ae72F28D09465B342A480daB28821f6b'],
  ['Tanssi Network', '0x8c1a46D032B7b30D9AB4F30e51D8139CC3E85Ce3'],
  ['Mev-commit', '0x9101eda106A443A0fA82375936D0D1680D5a64F5'],
  ['Cap', '0x98e52Ea7578F2088c152E81b17A9a459bF089f2a'],
  ['Capx Cloud', '0xAD12e74847d6D1487A6a3A6b75D1f509f3F627e8'],
  ['Manta Network', '0xF2ce321092Ce5091DE55b94084C355852C0066e0'],
  ['Nexus Mutual Network', '0xF99aA6479Eb153dcA93fd243A06caCD11f3268f9'],
  ['Yodl', '0xcFbAfe0b90c3619FdD9defE8D9456CD8718560AB'],
  ['0G', '0xd5AB0eD30D65f01EC6d6A4BaCA6E466F395334b6'],
  ['Hyve', '0xe3a148b25cca54eccbd3a4ab01e235d154f03efa'],
  ['Solv CCIP Network', '0xf02D5A6aDEC0286be3e13886C9C2e782679B6c39'],
  ['Radius', '0xfCa0128A19A5c06b0148c27ee7623417a11BaAbd'],
];

export const symbioticLayer: LayerModel = {
  id: 'symbiotic',
  name: 'Symbiotic',
  protocols: ['symbiotic', 'mellow'],
  model: fact(
    "A vault holds one collateral token. A network slashes an operator's stake in the vault through the vault's slasher: an instant slasher executes at once; a veto slasher queues the request, which the network's resolver can veto until the veto window has passed; a vault may have no slasher. Stake captured at a timestamp stays slashable for one epoch, and withdrawals wait for the epoch after the next for the same reason.",
    `${CORE}:src/contracts/slasher/Slasher.sol, src/contracts/slasher/VetoSlasher.sol, src/contracts/vault/Vault.sol, script/deploy/Core.s.sol`,
    CORE_DATE,
    'primary',
  ),
  slasher: unknown('per vault: each vault has an instant slasher, a veto slasher or none', `${CORE}:script/deploy/Core.s.sol`, CORE_DATE),
  vetoWindow: unknown("per vault: a veto slasher's window, which must be shorter than the vault's epoch", `${CORE}:src/contracts/slasher/VetoSlasher.sol`, CORE_DATE),
  maxSlash: fact(
    "capped by the operator's stake for that network as the vault allocates it (network limits and operator shares); a vault that fully restakes can put the same stake behind several networks or operators",
    `${CORE}:src/contracts/slasher/BaseSlasher.sol, src/contracts/delegator/`,
    CORE_DATE,
    'primary',
  ),
  slashedFunds: fact("the vault sends slashed collateral to its burner (often a router that forwards it per network or operator after a delay)", `${CORE}:src/contracts/vault/Vault.sol`, CORE_DATE, 'primary'),
  exitDelay: fact(withdrawalRule(null), `${CORE}:src/contracts/vault/Vault.sol`, CORE_DATE, 'primary'),
  services: NETWORKS.map(([name, address]) => ({
    name,
    address,
    chainId: 1,
    slashingTerms: unknown("each network's middleware sets its own slashing conditions; the metadata does not state them", `${METADATA}:networks/${address}/info.json`, METADATA_DATE),
    source: `${METADATA}:networks/${address}/info.json`,
    asOf: METADATA_DATE,
    verification: 'primary' as const,
  })),
  servicesUnknownReason: null,
  registries: [
    { name: 'VaultFactory', chainId: 1, address: '0xAEb6bdd95c502390db8f52c8909F703E9Af6a346', purpose: 'isEntity(vault): is this a Symbiotic vault', source: CORE_CONSTANTS, asOf: '2025-01-28', verification: 'primary' },
    { name: 'NetworkRegistry', chainId: 1, address: '0xC773b1011461e7314CF05f97d95aa8e92C1Fd8aA', purpose: 'isEntity(network)', source: CORE_CONSTANTS, asOf: '2025-01-28', verification: 'primary' },
    { name: 'SlasherFactory', chainId: 1, address: '0x685c2eD7D59814d2a597409058Ee7a92F21e48Fd', purpose: 'slasher modules (TYPE 0 Slasher, 1 VetoSlasher)', source: CORE_CONSTANTS, asOf: '2025-01-28', verification: 'primary' },
    { name: 'DelegatorFactory', chainId: 1, address: '0x985Ed57AF9D475f1d83c1c1c8826A0E5A34E8C7B', purpose: 'delegator modules (TYPE 0–3)', source: CORE_CONSTANTS, asOf: '2025-01-28', verification: 'primary' },
    { name: 'VaultConfigurator', chainId: 1, address: '0x29300b1d3150B4E2b12fE80BE72f365E200441EC', purpose: 'creates vault + delegator + slasher', source: CORE_CONSTANTS, asOf: '2025-01-28', verification: 'primary' },
    { name: 'DefaultCollateralFactory', chainId: 1, address: '0x1BC8FCFbE6Aa17e4A7610F51B888f34583D202Ec', purpose: 'isEntity(defaultCollateral)', source: `${COLLATERAL}:test/integration/SymbioticCollateralConstants.sol`, asOf: COLLATERAL_DATE, verification: 'primary' },
  ],
  exposures: [
    metadataVault('Gauntlet Restaked wstETH', '0xc10A7f0AC6E3944F4860eE97a937C51572e3a1Da'),
    metadataVault('MEV Capital wstETH Vault', '0x4e0554959A631B3D3938ffC158e0a7b2124aF9c5'),
    metadataVault('Ether.fi - wstETH', '0x450a90fdEa8B87a6448Ca1C87c88Ff65676aC45b'),
    ...OTHER_VAULTS.map(otherVault),
    etherfiVault(
      'weETHs Teller (ether.fi Super Symbiotic LRT)',
      '0x99dE9e5a3eC2750a6983C8732E6e795A35e7B861',
      "the strategist may deposit into Symbiotic's DefaultCollaterals (wstETH, cbETH, wBETH, rETH, mETH, swETH, sfrxETH, ETHx: not slashable) and the other protocols its Merkle root allows; which ones it holds is not read",
      `${VEDA}:script/MerkleRootCreation/Mainnet/CreateSuperSymbioticLRTMerkleRoot.s.sol`,
    ),
    etherfiVault(
      'eBTC Teller (ether.fi eBTC)',
      '0x458797A320e6313c980C2bC7D270466A6288A8bB',
      "the strategist may deposit LBTC, WBTC and tBTC into Symbiotic's DefaultCollaterals (not slashable) and LBTC, WBTC and FBTC into Karak's KLBTC, KwBTC and KFBTC vaults (Karak's model applies there); which ones it holds is not read",
      `${VEDA}:leafs/Mainnet/EtherFiBtcStrategistLeafs.json`,
    ),
    ...MELLOW.map(mellowVault),
    ...DEFAULT_COLLATERALS.map(defaultCollateral),
    {
      protocol: 'symbiotic',
      chainId: 1,
      address: '0x8F152FEAA99eb6656F902E94BD4E7bCf563D4A43',
      name: 'DefaultCollateralMigrator',
      kind: 'migrator',
      via: unknown('the target vault is a call argument: that vault\'s model applies', 'symbioticfi/periphery@7b41ea59391ca8ff1f8f650e97c08205d6119451:src/interfaces/IDefaultCollateralMigrator.sol', COLLATERAL_DATE),
      collateral: unknown('the DefaultCollateral is a call argument; the vault receives its underlying', undefined, COLLATERAL_DATE),
      exitDelay: unknown('deposit-only: exits go through the target vault', undefined, COLLATERAL_DATE),
      model: null,
    },
    ...MELLOW.map(mellowLrt),
    {
      protocol: 'mellow',
      chainId: 1,
      address: '0x82f5104b23FF2FA54C2345F821dAc9369e9E0B26',
      name: 'rsUSDe (Mellow LRT)',
      kind: 'lrt',
      via: unknown('migration batch 2.5; no public source names its Symbiotic vault', 'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116:test/acceptance/CompletionMigrationTest.t.sol', MIGRATION_DATE),
      collateral: fact({ symbol: 'sUSDe', address: '0x9D39A5DE30e57443BfF2A8307A4256c8797A3497' }, 'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116:test/acceptance/CompletionMigrationTest.t.sol (rsUSDe)', MIGRATION_DATE, 'secondary', 'underlying named after the vault; sUSDe address from the registry'),
      exitDelay: lrtExit(null),
      model: null,
    },
    ...MELLOW.map(mellowQueue),
    ...DEPOSIT_WRAPPERS.map(depositWrapper),
    ...STRETH_DEPOSIT_QUEUES.map(strEthQueue),
    {
      protocol: 'mellow',
      chainId: 1,
      address: '0xfD4a4922d1AFe70000Ce0Ec6806454e78256504e',
      name: 'EthWrapper',
      kind: 'wrapper',
      via: unknown('the target vault is a call argument: that vault\'s model applies', `${SIMPLE}:src/interfaces/utils/IEthWrapper.sol`, SIMPLE_DATE),
      collateral: fact(WSTETH, `${SIMPLE}:src/EthWrapper.sol (ETH and WETH → wstETH)`, SIMPLE_DATE, 'primary'),
      exitDelay: unknown('deposit-only: exits go through the target vault', undefined, SIMPLE_DATE),
      model: null,
    },
  ],
};
