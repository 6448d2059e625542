/** Everything the on-chain refresh reads, per kind; addresses from the registry (target-registry.ts). */
import type { Address } from 'viem';
import { getProtocol, getTokenAddress, listTokens } from '../../protocols/registry.ts';
import {
  fromRegistry,
  kelpLrtOracle,
  present,
  registeredToken,
  renzoRateProvider,
  uniswapV3Mainnet,
  upgradeTimelocks,
  WSTETH,
  WETH,
  withRegistry,
  yieldnestStakingNodesManager,
} from './target-registry.ts';
import { PROTOCOL_IDS, type ExitDelayTarget, type LendingTarget, type MarketTarget, type ProtocolId, type RateTarget, type StakerSourceTarget, type TimelockTarget } from './target-types.ts';

export * from './target-types.ts';
export { eigenLayerMainnet, WETH } from './target-registry.ts';
export { pauseTargets } from './target-pauses.ts';

export const rateTargets: readonly RateTarget[] = present<RateTarget>([
  withRegistry(fromRegistry('etherfi', 'WeETH', 1), { symbol: 'weETH', read: 'getRate' as const }),
  { protocol: 'kelp', chainId: 1, symbol: 'rsETH', contract: 'LRTOracle', address: kelpLrtOracle.address, read: 'rsETHPrice', verification: kelpLrtOracle.verification, addressSource: kelpLrtOracle.source },
  { protocol: 'renzo', chainId: 1, symbol: 'ezETH', contract: 'BalancerRateProvider', address: renzoRateProvider.address, read: 'getRate', verification: renzoRateProvider.verification, addressSource: renzoRateProvider.source },
  withRegistry(fromRegistry('puffer', 'PufferVault', 1), { symbol: 'pufETH', read: 'convertToAssets' as const }),
  withRegistry(fromRegistry('swell', 'rswETH', 1), { contract: 'RswETH', symbol: 'rswETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('yieldnest', 'ynETH', 1), { symbol: 'ynETH', read: 'convertToAssets' as const }),
  {
    protocol: 'inception', chainId: 1, symbol: 'inETH', contract: 'inETH', address: registeredToken('inETH', 1), read: 'convertToAmount',
    verification: 'primary', addressSource: 'registry token inETH (inceptionlrt/smart-contracts@66a1e604d785077f0406e9f4359d9d44b48255c2:projects/restaking-pool/README.md, cToken)',
  },
  // The rate an L2 deposit mints at: Kelp's pools read their rsETH oracle; Renzo's reverts once its price is a day old.
  withRegistry(fromRegistry('kelp', 'RSETHPool', 42161), { symbol: 'rsETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('kelp', 'RSETHPool', 8453), { contract: 'RSETHPoolV2', symbol: 'wrsETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('renzo', 'xRenzoDeposit', 42161), { symbol: 'ezETH', read: 'getRate' as const }),
  withRegistry(fromRegistry('renzo', 'xRenzoDeposit', 8453), { symbol: 'ezETH', read: 'getRate' as const }),
]);

export const stakerSourceTargets: readonly StakerSourceTarget[] = present<StakerSourceTarget>([
  withRegistry(fromRegistry('kelp', 'LRTDepositPool', 1), { discovery: 'kelp-node-delegator-queue' as const }),
  withRegistry(fromRegistry('renzo', 'RestakeManager', 1), { discovery: 'renzo-operator-delegators' as const }),
  {
    protocol: 'yieldnest', chainId: 1, contract: 'StakingNodesManager', address: yieldnestStakingNodesManager.address,
    discovery: 'yieldnest-staking-nodes', addressSource: yieldnestStakingNodesManager.source,
  },
]);

export const marketTargets: readonly MarketTarget[] = [
  {
    protocol: 'etherfi', chainId: 1, kind: 'curve-stableswap-ng', pool: '0xDB74dfDD3BB46bE8Ce6C33dC9D82777BCFc3dEd5',
    lrt: registeredToken('weETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: Curve pool list "factory-stable-ng-157", Notional staking tests (weETH index 1 → WETH 0), CURVE_WEETHWETHNG constant in an address library, a Curve snapshot test "WETH/weETH"',
  },
  {
    protocol: 'renzo', chainId: 1, kind: 'curve-stableswap-ng', pool: '0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E',
    lrt: registeredToken('ezETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: "Curve.fi Factory Plain Pool: ezETH/WETH" in Veda/BoringVault addresses, Gearbox token data, f(x) ezETH TWAP oracle',
  },
  {
    protocol: 'puffer', chainId: 1, kind: 'curve-stableswap-ng', pool: '0x39F5b252dE249790fAEd0C2F05aBead56D2088e1',
    lrt: registeredToken('pufETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'secondary',
    addressSource: 'secondary: "Curve.fi wETH/pufETH (wETHpufETH)" in a Balancer rate-provider review of pufETH, WETH_PUFETH_CURVE in Puffer-integrating vault code, Curve_pufEth_wETH in a Puffer points list; the coin order is read from the pool',
  },
  {
    // The venue registry's Curve rswETH/WETH pool. One address list names it; the pair is checked on-chain (coins(0),
    // coins(1) must be rswETH and WETH, or the fact fails rather than price another pool).
    protocol: 'swell', chainId: 1, kind: 'curve-stableswap-ng', pool: '0xeE04382c4cA6c450213923fE0f0daB19b0ff3939',
    lrt: registeredToken('rswETH', 1), quote: WETH, quoteSymbol: 'WETH', verification: 'unverified',
    addressSource: 'unverified: values[mainnet]["rswETH_wETH_Curve_Pool"] in Veda boring-vault deployment addresses (lib/venues/curve.ts); the coin order is read from the pool',
  },
  {
    // The venue registry's Uniswap v3 rsETH/WETH pool (0.05 %): the market price LlamaRisk used for rsETH in Aave's
    // listing review. Balancer's rsETH/WETH pool (id 0x58aa…067f) was among those hit by the November 2025 Balancer v2
    // exploit, so it is not used.
    protocol: 'kelp', chainId: 1, kind: 'uniswap-v3', pool: '0x059615EBf32C946aaab3D44491f78e4F8e97e1D3',
    lrt: registeredToken('rsETH', 1), quote: WETH, quoteSymbol: 'WETH', fee: 500, verification: 'secondary',
    factory: uniswapV3Mainnet.factory, quoter: uniswapV3Mainnet.quoter,
    addressSource: `secondary: LlamaRisk's rsETH review in the Aave "[ARFC] Add rsETH to Aave V3 Ethereum" thread ("Uniswap V3 rsETH / ETH Pool"), Index Coop FlashMintHyETH tests (rsETH → WETH, fee 500) (lib/venues/uniswap.ts); the pair, fee tier and factory are read from the pool; factory and Quoter: ${uniswapV3Mainnet.source}`,
  },
  {
    // The venue registry's Curve ynETH/wstETH Twocrypto-NG pool. wstETH is not worth 1 ETH: its quotes count at
    // wstETH's own stETH rate (stEthPerToken), stETH at 1 ETH, which the fact's note says.
    protocol: 'yieldnest', chainId: 1, kind: 'curve-twocrypto-ng', pool: '0x19B8524665aBAC613D82eCE5D8347BA44C714bDd',
    lrt: registeredToken('ynETH', 1), quote: WSTETH.address, quoteSymbol: 'wstETH', quoteRate: WSTETH, verification: 'secondary',
    addressSource: 'secondary: Enzyme ChainlinkLikeYnEthPriceFeed ("curveYnethWstethPool"), a LlamaLend oracle deploy script ("ynETH/wstETH", ynETH index 0), YnEthCryptoswapOracle (lib/venues/curve.ts); the coin order is read from the pool',
  },
];

export const timelockTargets: readonly TimelockTarget[] = [
  { protocol: 'etherfi', lrtId: 'weeth', chainId: 1, contract: 'UpgradeTimelock', ...at(upgradeTimelocks.etherfi), read: 'getMinDelay' },
  { protocol: 'kelp', lrtId: 'rseth', chainId: 1, contract: 'TimelockController', ...at(upgradeTimelocks.kelp), read: 'getMinDelay' },
  {
    protocol: 'puffer', lrtId: 'pufeth', chainId: 1, contract: 'Timelock', ...at(upgradeTimelocks.puffer), read: 'delay',
    // Timelock.sol: the operations multisig waits `delay` (at least 7 days); the community multisig may execute at once.
    note: "the operations multisig's delay; Puffer's community multisig can execute without one",
  },
  { protocol: 'yieldnest', lrtId: 'ynlsde', chainId: 1, contract: 'TimelockController', ...at(upgradeTimelocks.ynlsde), read: 'getMinDelay' },
  // An OpenZeppelin TimelockController (projects/timelocks/contracts/GenesisTimeLock.sol).
  { protocol: 'inception', lrtId: 'ineth', chainId: 1, contract: 'GenesisTimeLock', ...at(upgradeTimelocks.ineth), read: 'getMinDelay' },
];

export const exitDelayTargets: readonly ExitDelayTarget[] = present<ExitDelayTarget>([
  withRegistry(fromRegistry('kelp', 'LRTWithdrawalManager', 1), { lrtId: 'rseth', read: 'withdrawalDelayBlocks' as const }),
]);

function at(t: { address: Address; source: string }): { address: Address; addressSource: string } {
  return { address: t.address, addressSource: t.source };
}

/**
 * Every registered Aave v3 pool × every registered LRT of these protocols on its chain. A token the market does not list reads as an
 * empty configuration, which the reader reports as "not a reserve of this market".
 */
export const lendingTargets: readonly LendingTarget[] = (getProtocol('aave-v3')?.contracts.find((c) => c.name === 'Pool')?.deployments ?? []).flatMap(
  (pool) =>
    listTokens()
      .filter((t) => t.token.kind === 'lrt' && t.deployment.chainId === pool.chainId && PROTOCOL_IDS.includes(t.protocol?.id as ProtocolId))
      .map((t) => ({
        chainId: pool.chainId,
        pool: pool.address,
        market: pool.note ?? 'Pool',
        asset: t.deployment.address,
        symbol: t.token.symbol,
        protocol: t.protocol!.id as ProtocolId,
        verification: pool.verification,
        addressSource: pool.source,
        borrowAsset: getTokenAddress('WETH', pool.chainId) ?? null,
      })),
);
