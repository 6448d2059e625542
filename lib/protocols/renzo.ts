/** Renzo: ETH and LSTs → ezETH on Ethereum; xRenzoDeposit mints ezETH (xezETH) on L2s and BNB Chain. */
import type { ProtocolSpec } from './types';

const RZ = 'Renzo-Protocol/contracts-public@fc8c8e083852339fbddc7339287e54db77ff3959';
/** Renzo's public repository holds no deployment list: every Renzo address is secondary. */
const MAINNET_ADDR =
  'SECONDARY: third-party repos agree (DELV hyperdrive tests, Renzo substreams, DefiLlama yield-server renzo adapter); docs.renzoprotocol.com/docs/contracts/ethereum cited but not fetched';
const L2_DEPOSIT_ADDR =
  'SECONDARY: balancer/code-review xRenzoDeposit rate-provider review (arbitrum), DELV hyperdrive tests (linea), third-party SDK chain specs (base, mode)';
/** One third-party SDK plugin (GOAT's Renzo plugin, seen in forks) lists Renzo's BNB Chain deposit contract and xezETH. */
const GOAT_RENZO =
  'wolfcito/goat@02daf9159fc1c9a30f9507fc906bcc097af1f25f:typescript/packages/plugins/renzo/src/types/ChainSpecifications.ts ([bsc.id]) only';
/** Hyperlane's registry of warp routes: Renzo's ezETH route, one router per chain (xERC20 on L2s, lockbox on Ethereum). */
const HYPERLANE = 'hyperlane-xyz/hyperlane-registry@b34b59e95e88fd67a7ead9841b1b29a77bbf5da0:deployments/warp_routes/EZETH/renzo-prod-config.yaml';
const XEZETH = 'SECONDARY: several integrator repos (bgd-labs/aave-address-book@f61c97628307d387ca93a78578970fe6db885029 AaveV3{Arbitrum,Base,Linea}.sol among them)';

export const renzo: ProtocolSpec = {
  id: 'renzo',
  name: 'Renzo',
  kind: 'restaking',
  tokens: [
    {
      id: 'ezETH',
      symbol: 'ezETH',
      name: 'Renzo Restaked ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        {
          chainId: 1,
          address: '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110',
          source: 'SECONDARY: token-list request filed by a Renzo team member, Etherscan label, DefiLlama adapter, bgd-labs/aave-address-book AaveV3Ethereum.sol',
          verification: 'secondary',
        },
        { chainId: 42161, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: XEZETH, verification: 'secondary', note: 'xezETH (bridged)' },
        { chainId: 8453, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: XEZETH, verification: 'secondary', note: 'xezETH (bridged)' },
        { chainId: 59144, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: XEZETH, verification: 'secondary', note: 'xezETH (bridged)' },
        { chainId: 34443, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: XEZETH, verification: 'secondary', note: 'xezETH (bridged)' },
        { chainId: 10, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: 'DefiLlama coins mapping only', verification: 'unverified', note: 'xezETH (bridged)' },
        { chainId: 81457, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: 'one Dune token list only', verification: 'unverified', note: 'xezETH (bridged)' },
        { chainId: 56, address: '0x2416092f143378750bb29b79eD961ab195CcEea5', source: GOAT_RENZO, verification: 'unverified', note: 'xezETH (bridged)' },
        {
          chainId: 1923,
          address: '0x2416092f143378750bb29b79eD961ab195CcEea5',
          source: `SECONDARY: SwellNetwork/swell-chain-docs@64d0f4bdd7b1e70bfb55f1fa93d5079628d9e67e:content/docs/developer-resources/contract-addresses.mdx (Renzo Restaked ETH) + ${HYPERLANE} (swell collateral)`,
          verification: 'secondary',
          note: 'xezETH (bridged)',
        },
      ],
    },
  ],
  contracts: [
    {
      name: 'RestakeManager',
      token: 'ezETH',
      abiSource: `${RZ}:contracts/RestakeManager.sol, contracts/IRestakeManager.sol`,
      deployments: [{ chainId: 1, address: '0x74a09653A083691711cF8215a6ab074BB4e99ef5', source: MAINNET_ADDR, verification: 'secondary' }],
      functions: [
        {
          signature: 'function deposit(address _collateralToken, uint256 _amount)',
          selector: '0x47e7ef24',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_collateralToken', amount: '_amount' },
          note: 'pulls an LST (stETH, wBETH); approve the token to RestakeManager first',
        },
        {
          signature: 'function deposit(address _collateralToken, uint256 _amount, uint256 _referralId)',
          selector: '0x0efe6a8b',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_collateralToken', amount: '_amount' },
        },
        { signature: 'function depositETH() payable', selector: '0xf6326fb3', action: 'deposit', input: { kind: 'eth' } },
        { signature: 'function depositETH(uint256 _referralId) payable', selector: '0x5358fbda', action: 'deposit', input: { kind: 'eth' } },
      ],
    },
    {
      name: 'WithdrawQueue',
      token: 'ezETH',
      abiSource: `${RZ}:contracts/Withdraw/WithdrawQueue.sol`,
      deployments: [{ chainId: 1, address: '0x5efc9D10E42FB517456f4ac41EB5e2eBe42C8918', source: MAINNET_ADDR, verification: 'secondary' }],
      functions: [
        {
          signature: 'function withdraw(uint256 _amount, address _assetOut)',
          selector: '0x00f714ce',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'ezETH', amount: '_amount' },
          receives: { arg: '_assetOut', eth: 'eeee' },
          note: 'pulls ezETH; claimable after coolDownPeriod',
        },
        {
          signature: 'function claim(uint256 withdrawRequestIndex, address user)',
          selector: '0xddd5e1b2',
          action: 'withdraw-claim',
          input: { kind: 'none' },
        },
      ],
    },
    {
      name: 'InstantWithdrawer',
      token: 'ezETH',
      abiSource: `${RZ}:contracts/Withdraw/InstantWithdrawer.sol`,
      deployments: [],
      note: 'no address found: documented, not detected',
      functions: [
        {
          signature: 'function withdraw(uint256 _ezEthAmount, address _redeemToken, uint256 _minOut)',
          selector: '0xe63697c8',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'ezETH', amount: '_ezEthAmount' },
          receives: { arg: '_redeemToken', eth: 'eeee' },
        },
      ],
    },
    {
      name: 'xRenzoDeposit',
      token: 'ezETH',
      abiSource: `${RZ}:contracts/Bridge/L2/xRenzoDepositNativeBridge.sol`,
      note: 'which version (legacy Connext-era or NativeBridge) is live on each L2 is not verified: both token-deposit signatures are registered',
      deployments: [
        { chainId: 42161, address: '0xf25484650484DE3d554fB0b7125e7696efA4ab99', source: L2_DEPOSIT_ADDR, verification: 'secondary' },
        { chainId: 8453, address: '0xf25484650484DE3d554fB0b7125e7696efA4ab99', source: L2_DEPOSIT_ADDR, verification: 'secondary' },
        { chainId: 59144, address: '0x4D7572040B84b41a6AA2efE4A93eFFF182388F88', source: L2_DEPOSIT_ADDR, verification: 'secondary' },
        { chainId: 34443, address: '0x4D7572040B84b41a6AA2efE4A93eFFF182388F88', source: L2_DEPOSIT_ADDR, verification: 'secondary' },
        { chainId: 56, address: '0xf25484650484DE3d554fB0b7125e7696efA4ab99', source: GOAT_RENZO, verification: 'unverified' },
      ],
      functions: [
        {
          signature: 'function depositETH(uint256 _minOut, uint256 _deadline) payable',
          selector: '0x9f8420b3',
          action: 'deposit',
          input: { kind: 'eth' },
          note: 'same in the legacy xRenzoDeposit and in xRenzoDepositNativeBridge',
        },
        {
          signature: 'function deposit(uint256 _amountIn, uint256 _minOut, uint256 _deadline)',
          selector: '0x00aeef8a',
          action: 'deposit',
          input: { kind: 'token', token: 'WETH', amount: '_amountIn' },
          version: 'legacy',
          source: 'Renzo-Protocol/contracts-public@ce2718f (v1.8):contracts/Bridge/L2/xRenzoDeposit.sol',
          note: 'Connext-era contract: pulls its depositToken (WETH)',
        },
        {
          signature: 'function deposit(address _token, uint256 _amountIn, uint256 _minOut, uint256 _deadline)',
          selector: '0xce88b439',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: '_token', amount: '_amountIn' },
          note: 'xRenzoDepositNativeBridge (v2.0+)',
        },
      ],
    },
    {
      name: 'Hyperlane ezETH route',
      token: 'ezETH',
      abiSource: 'hyperlane-xyz/hyperlane-monorepo@91220fa6122fc8c114ac6f45810d7ce1d07e6af8:solidity/contracts/token/libs/TokenRouter.sol',
      note: 'bridges ezETH between chains: on Ethereum the router locks ezETH in the xezETH lockbox, on the other chains it burns xezETH; msg.value pays the interchain gas. Other chains on the route (Fraxtal, Sei, Taiko, Unichain and more) have no ezETH address registered here',
      deployments: [
        { chainId: 1, address: '0xC59336D8edDa9722B4f1Ec104007191Ec16f7087', source: `${HYPERLANE} (ethereum, EvmHypXERC20Lockbox)`, verification: 'unverified' },
        { chainId: 10, address: '0xacEB607CdF59EB8022Cc0699eEF3eCF246d149e2', source: `${HYPERLANE} (optimism)`, verification: 'unverified' },
        { chainId: 56, address: '0xE00C6185a5c19219F1FFeD213b4406a254968c26', source: `${HYPERLANE} (bsc)`, verification: 'unverified' },
        { chainId: 1923, address: '0xA166219dF110BDA97b91e65D4BB4Aae4159978b9', source: `${HYPERLANE} (swell)`, verification: 'unverified' },
        { chainId: 8453, address: '0x2552516453368e42705D791F674b312b8b87CD9e', source: `${HYPERLANE} (base)`, verification: 'unverified' },
        { chainId: 34443, address: '0xC59336D8edDa9722B4f1Ec104007191Ec16f7087', source: `${HYPERLANE} (mode)`, verification: 'unverified' },
        { chainId: 42161, address: '0xB26bBfC6d1F469C821Ea25099017862e7368F4E8', source: `${HYPERLANE} (arbitrum)`, verification: 'unverified' },
        { chainId: 59144, address: '0xC59336D8edDa9722B4f1Ec104007191Ec16f7087', source: `${HYPERLANE} (linea)`, verification: 'unverified' },
        { chainId: 81457, address: '0x486b39378f99f073A3043C6Aabe8666876A8F3C5', source: `${HYPERLANE} (blast)`, verification: 'unverified' },
      ],
      functions: [
        {
          signature: 'function transferRemote(uint32 _destination, bytes32 _recipient, uint256 _amountOrId) payable returns (bytes32 messageId)',
          selector: '0x81b4e8b4',
          action: 'bridge',
          input: { kind: 'token', token: 'ezETH', amount: '_amountOrId' },
        },
      ],
    },
  ],
};
