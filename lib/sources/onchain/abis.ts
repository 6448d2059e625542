import { parseAbi } from 'viem';

/**
 * The exact view signatures the readers call, each with where it was read. `abis.test.ts` checks every selector
 * against `tests/fixtures/onchain/selectors.json`, which records the primary source of each one.
 */

/** Multicall3 (https://github.com/mds1/multicall, src/interfaces/IMulticall3.sol). */
export const multicall3Abi = parseAbi([
  'struct Call3 { address target; bool allowFailure; bytes callData; }',
  'struct Result { bool success; bytes returnData; }',
  'function aggregate3(Call3[] calldata calls) payable returns (Result[] memory returnData)',
  'function getBlockNumber() view returns (uint256 blockNumber)',
  'function getCurrentBlockTimestamp() view returns (uint256 timestamp)',
  'function getChainId() view returns (uint256 chainid)',
]);

/** ether.fi WeETH.getRate (etherfi-protocol/smart-contracts src/core/WeETH.sol): eETH per 1e18 weETH. */
export const weEthAbi = parseAbi(['function getRate() view returns (uint256)']);

/**
 * ether.fi LiquidityPool pause: `paused()` from src/governance/utils/Pausable.sol and, since 2026-06 (commit ba4677f),
 * `pausedUntil()` from PausableUntil.sol — `whenNotPaused` checks both.
 */
export const etherfiPausableAbi = parseAbi([
  'function paused() view returns (bool)',
  'function pausedUntil() view returns (uint256)',
]);

/** Kelp LRTOracle.rsETHPrice (Kelp-DAO/LRT-rsETH contracts/LRTOracle.sol, a public uint256): ETH per rsETH. */
export const lrtOracleAbi = parseAbi(['function rsETHPrice() view returns (uint256)']);

/** Kelp LRTDepositPool (contracts/LRTDepositPool.sol): its NodeDelegators are Kelp's EigenLayer stakers. */
export const lrtDepositPoolAbi = parseAbi([
  'function getNodeDelegatorQueue() view returns (address[])',
  'function paused() view returns (bool)',
]);

/** Renzo BalancerRateProvider.getRate (Renzo-Protocol/contracts-public contracts/RateProvider/BalancerRateProvider.sol). */
export const renzoRateProviderAbi = parseAbi(['function getRate() view returns (uint256)']);

/**
 * Renzo RestakeManager (contracts/RestakeManager.sol, RestakeManagerStorage.sol): `operatorDelegators` is a public
 * array (getter by index), each OperatorDelegator is an EigenLayer staker; `paused` is a public bool.
 */
export const restakeManagerAbi = parseAbi([
  'function getOperatorDelegatorsLength() view returns (uint256)',
  'function operatorDelegators(uint256) view returns (address)',
  'function paused() view returns (bool)',
]);

/** ERC-4626 convertToAssets: PufferVault (pufETH) and ynETH (yieldnest src/ynETH.sol). */
export const erc4626Abi = parseAbi(['function convertToAssets(uint256 shares) view returns (uint256 assets)']);

/**
 * Puffer's entry points are `restricted` through an OpenZeppelin AccessManager (puffer-contracts
 * mainnet-contracts/README.md lists it); closing the vault as a target is how Puffer pauses it.
 */
export const accessManagerAbi = parseAbi([
  'function isTargetClosed(address target) view returns (bool)',
  // Puffer's Timelock.pauseSelectors moves a selector to ADMIN_ROLE (0) without closing the target
  // (PufferFinance/puffer-contracts mainnet-contracts/src/Timelock.sol; OpenZeppelin AccessManager.sol).
  'function getTargetFunctionRole(address target, bytes4 selector) view returns (uint64)',
]);

/**
 * Swell rswETH (SwellNetwork/v3-core-public contracts/lrt/contracts/implementations/RswETH.sol): getRate, and the
 * AccessControlManager (Whitelist.sol public getter) whose `coreMethodsPaused()` gates deposits.
 */
export const rswEthAbi = parseAbi([
  'function getRate() view returns (uint256)',
  'function AccessControlManager() view returns (address)',
]);
export const swellAccessControlAbi = parseAbi([
  'function coreMethodsPaused() view returns (bool)',
  /** Checked by RswEXIT before a withdrawal request and its finalisation (contracts/lrt/contracts/implementations/RswEXIT.sol). */
  'function withdrawalsPaused() view returns (bool)',
]);

/**
 * Renzo since v2.1: RestakeManager and WithdrawQueue each hold an immutable `riskOracleMiddleware`, whose flags pause
 * deposits, withdrawal requests and claims while the contracts' own `paused` stays false
 * (Renzo-Protocol/contracts-public contracts/RestakeManager.sol `notPaused`, contracts/Withdraw/WithdrawQueue.sol).
 */
export const renzoRiskOracleAbi = parseAbi([
  'function riskOracleMiddleware() view returns (address)',
  'function depositPaused() view returns (bool)',
  'function withdrawRequestPaused() view returns (bool)',
  'function withdrawClaimPaused() view returns (bool)',
]);

/** Upgrade timelocks: OpenZeppelin TimelockController.getMinDelay (seconds); Puffer's Timelock.delay (seconds). */
export const timelockAbi = parseAbi(['function getMinDelay() view returns (uint256)']);
export const pufferTimelockAbi = parseAbi(['function delay() view returns (uint256)']);

/** Kelp's exit wait, a setting: LRTWithdrawalManager.withdrawalDelayBlocks (public uint256; 8 days at start, at most 10). */
export const kelpWithdrawalManagerAbi = parseAbi(['function withdrawalDelayBlocks() view returns (uint256)']);

/** YieldNest ynETH.depositsPaused (src/ynETH.sol public bool) and StakingNodesManager.getAllNodes. */
export const ynEthAbi = parseAbi(['function depositsPaused() view returns (bool)']);
export const stakingNodesManagerAbi = parseAbi(['function getAllNodes() view returns (address[])']);

/** InceptionLRT inETH (cToken.sol): convertToAmount(shares) = ETH; ERC20Pausable `paused()`. */
export const inEthAbi = parseAbi([
  'function convertToAmount(uint256 shares) view returns (uint256)',
  'function paused() view returns (bool)',
]);

/** EigenLayer DelegationManager (Layr-Labs/eigenlayer-contracts pkg/bindings/IDelegationManager/binding.go). */
export const delegationManagerAbi = parseAbi([
  'function delegatedTo(address staker) view returns (address)',
  'function getDepositedShares(address staker) view returns (address[], uint256[])',
  'function getWithdrawableShares(address staker, address[] strategies) view returns (uint256[] withdrawableShares, uint256[] depositShares)',
  'function getOperatorShares(address operator, address[] strategies) view returns (uint256[])',
]);

/**
 * EigenLayer AllocationManager (pkg/bindings/IAllocationManager/binding.go; since v1.9.0 views are served by
 * AllocationManagerView through the proxy's fallback, same ABI).
 */
export const allocationManagerAbi = parseAbi([
  'struct OperatorSet { address avs; uint32 id; }',
  'struct Allocation { uint64 currentMagnitude; int128 pendingDiff; uint32 effectBlock; }',
  'function getAllocatedSets(address operator) view returns (OperatorSet[])',
  'function getAllocation(address operator, OperatorSet operatorSet, address strategy) view returns (Allocation)',
  'function getMaxMagnitudes(address operator, address[] strategies) view returns (uint64[])',
  'function isOperatorSlashable(address operator, OperatorSet operatorSet) view returns (bool)',
  'function getStrategiesInOperatorSet(OperatorSet operatorSet) view returns (address[] strategies)',
  'function isRedistributingOperatorSet(OperatorSet operatorSet) view returns (bool)',
  'function getRedistributionRecipient(OperatorSet operatorSet) view returns (address)',
  'function getSlasher(OperatorSet operatorSet) view returns (address)',
]);

/** EigenLayer IStrategy.sharesToUnderlyingView (pkg/bindings/IStrategy/binding.go). */
export const strategyAbi = parseAbi(['function sharesToUnderlyingView(uint256 amountShares) view returns (uint256)']);

/**
 * `AVSMetadataURIUpdated(address indexed avs, string metadataURI)`, emitted by both AVSDirectory and AllocationManager
 * (src/contracts/interfaces/IAVSDirectory.sol, IAllocationManager.sol). The URI is never stored, only emitted.
 */
export const avsMetadataEventAbi = parseAbi(['event AVSMetadataURIUpdated(address indexed avs, string metadataURI)']);

/** Curve stableswap-ng plain pool (curvefi/stableswap-ng contracts/main/CurveStableSwapNG.vy). */
export const curveStableNgAbi = parseAbi([
  'function coins(uint256 i) view returns (address)',
  'function get_dy(int128 i, int128 j, uint256 dx) view returns (uint256)',
  'function balances(uint256 i) view returns (uint256)',
]);

/** A Curve Twocrypto-NG pool (curvefi/twocrypto-ng contracts/main/Twocrypto.vy): unsigned coin indices. */
export const curveTwocryptoAbi = parseAbi([
  'function coins(uint256 i) view returns (address)',
  'function get_dy(uint256 i, uint256 j, uint256 dx) view returns (uint256)',
  'function balances(uint256 i) view returns (uint256)',
]);

/** Lido's wstETH (lidofinance/core contracts/0.6.12/WstETH.sol): stETH per wstETH, what a wstETH quote is worth. */
export const wstEthAbi = parseAbi(['function stEthPerToken() view returns (uint256)']);

/**
 * A Uniswap v3 pool's immutables (Uniswap/v3-core contracts/interfaces/pool/IUniswapV3PoolImmutables.sol) and the
 * ERC-20 balance its depth is read from (contracts/interfaces/IERC20Minimal.sol).
 */
export const uniswapV3PoolAbi = parseAbi([
  'function factory() view returns (address)',
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'function fee() view returns (uint24)',
  'function balanceOf(address account) view returns (uint256)',
]);

/**
 * Uniswap's Quoter (Uniswap/v3-periphery contracts/interfaces/IQuoter.sol). Not marked view there: it simulates the
 * swap and reverts with the amount, undoing it. It is only ever sent inside an `eth_call` (Multicall3 `aggregate3`),
 * where it reads like a view, so it is declared one here (the selector is the same).
 */
export const uniswapV3QuoterAbi = parseAbi([
  'function quoteExactInputSingle(address tokenIn, address tokenOut, uint24 fee, uint256 amountIn, uint160 sqrtPriceLimitX96) view returns (uint256 amountOut)',
]);

/**
 * Aave v3 `IPool.getConfiguration(asset)` (aave-dao/aave-v3-origin src/contracts/interfaces/IPool.sol): the reserve's
 * configuration bitmap, laid out in src/contracts/protocol/libraries/configuration/ReserveConfiguration.sol.
 */
export const aavePoolAbi = parseAbi([
  'struct ReserveConfigurationMap { uint256 data; }',
  'function getConfiguration(address asset) view returns (ReserveConfigurationMap)',
  // E-Mode (v3.2+): a category's collateral terms, and which reserve ids (bits) it accepts as collateral.
  'struct CollateralConfig { uint16 ltv; uint16 liquidationThreshold; uint16 liquidationBonus; }',
  'function getEModeCategoryCollateralConfig(uint8 id) view returns (CollateralConfig)',
  'function getEModeCategoryCollateralBitmap(uint8 id) view returns (uint128)',
  // Which reserve ids can be borrowed in the category (v3.2+), and which collateral counts at LTV 0 there (v3.6+).
  'function getEModeCategoryBorrowableBitmap(uint8 id) view returns (uint128)',
  'function getEModeCategoryLtvzeroBitmap(uint8 id) view returns (uint128)',
  // The reserve's id (its bit in those bitmaps), from src/contracts/protocol/libraries/types/DataTypes.sol ReserveDataLegacy.
  'struct ReserveDataLegacy { ReserveConfigurationMap configuration; uint128 liquidityIndex; uint128 currentLiquidityRate; uint128 variableBorrowIndex; uint128 currentVariableBorrowRate; uint128 currentStableBorrowRate; uint40 lastUpdateTimestamp; uint16 id; address aTokenAddress; address stableDebtTokenAddress; address variableDebtTokenAddress; address interestRateStrategyAddress; uint128 accruedToTreasury; uint128 unbacked; uint128 isolationModeTotalDebt; }',
  'function getReserveData(address asset) view returns (ReserveDataLegacy)',
]);
