/**
 * Puffer: pufETH is the PufferVault itself (ERC-4626 over WETH); ETH, WETH, stETH and wstETH go in. pufETH is bridged
 * to L2s (LayerZero OFT, Chainlink CCIP, or xPufETH, the xERC20 wrapped at the mainnet lockbox). UniFi: unifiETH, a
 * Nucleus BoringVault taking ETH LSTs and LRTs (pufETH among them), and pufETHs, a BoringVault listed with it, are
 * entered through their tellers and left through Nucleus's AtomicQueue (nucleus.ts); unifiUSD and unifiBTC are not
 * restaking products and are not registered.
 */
import { TELLER_FUNCTIONS } from './boring-vault';
import type { ProtocolSpec } from './types';

const PF = 'PufferFinance/puffer-contracts@380600060cd231fd8616ba167e674d4140486dbb';
const DA = 'PufferFinance/Deployments-and-ACL@aa610bc83e976eb92bc3f03affdf260f7904c338';
const SELECTORS = `${DA}:docs/access-control/functionSelectors.md`;
const MAINNET = `${DA}:docs/deployments/mainnet.md`;
const UNIFI = `${MAINNET} (UniFi Staking contracts)`;
/** `src/structs/Permit.sol`: the amount is the 2nd member. */
const PERMIT = '(uint256 deadline, uint256 amount, uint8 v, bytes32 r, bytes32 s)';

export const puffer: ProtocolSpec = {
  id: 'puffer',
  name: 'Puffer',
  kind: 'restaking',
  tokens: [
    {
      id: 'pufETH',
      symbol: 'pufETH',
      name: 'Puffer ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 1, address: '0xD9A442856C234a39a81a089C06451EBAa4306a72', source: `${DA}:docs/deployments/mainnet.md + ${PF}:README.md`, verification: 'primary' },
        { chainId: 42161, address: '0x37D6382B6889cCeF8d6871A8b60E667115eDDBcF', source: `${DA}:docs/deployments/arbitrum.md`, verification: 'primary', note: 'CCIP BurnMintERC677' },
        { chainId: 59144, address: '0x37D6382B6889cCeF8d6871A8b60E667115eDDBcF', source: `${DA}:docs/deployments/linea.md`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 8453, address: '0x30D91DF53cCCf07e3a5BF6862Db8CFBe1fCB21d3', source: `${DA}:docs/deployments/base.md`, verification: 'primary', note: 'LayerZero OFT' },
        { chainId: 534352, address: '0xc4d46E8402F476F269c379677C99F18E22Ea030e', source: `${DA}:docs/deployments/scroll.md`, verification: 'primary' },
        { chainId: 169, address: '0xA53E005Cecd3D7C89A4AE814617cC14828b6527E', source: `${DA}:docs/deployments/integrations.md (Manta Pacific)`, verification: 'primary' },
        { chainId: 1868, address: '0x6c460b2c6D6719562D5dA43E5152B375e79B9A8B', source: `${DA}:docs/deployments/soneium.md`, verification: 'primary', note: 'CCIP BurnMintERC677' },
        { chainId: 80094, address: '0x417b0Ff8358Eb72867Da92225CaB99BCD5e6F205', source: `${DA}:docs/deployments/berachain.md`, verification: 'primary', note: 'CCIP BurnMintERC677' },
        { chainId: 999, address: '0x87d00066cf131ff54B72B134a217D5401E5392b6', source: `${DA}:docs/deployments/hyperEVM.md`, verification: 'primary', note: 'LayerZero OFT' },
      ],
    },
    {
      id: 'xPufETH',
      symbol: 'xPufETH',
      name: 'Puffer xERC20 pufETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        { chainId: 1, address: '0xD7D2802f6b19843ac4DfE25022771FD83b5A7464', source: `${DA}:docs/deployments/mainnet.md`, verification: 'primary', note: 'bridge wrapper' },
        { chainId: 8453, address: '0x23dA5F2d509cb43A59d43C108a43eDf34510eff1', source: `${DA}:docs/deployments/base.md`, verification: 'primary' },
        { chainId: 56, address: '0x64274835D88F5c0215da8AADd9A5f2D2A2569381', source: `${DA}:docs/deployments/bsc.md`, verification: 'primary' },
        { chainId: 48900, address: '0x9346A5043C590133FE900aec643D9622EDddBA57', source: `${DA}:docs/deployments/zircuit.md`, verification: 'primary' },
        { chainId: 33139, address: '0x6234E5ef39B12EFdFcbd99dd7F452F27F3fEAE3b', source: `${DA}:docs/deployments/ape.md`, verification: 'primary' },
      ],
    },
    {
      id: 'unifiETH',
      symbol: 'unifiETH',
      name: 'Puffer UniFi ETH',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x196ead472583Bc1e9aF7A05F860D9857e1Bd3dCc', source: `${UNIFI} BoringVault (unifiETH)`, verification: 'primary', note: 'the vault itself is the share token' }],
    },
    {
      id: 'pufETHs',
      symbol: 'pufETHs',
      name: 'Puffer pufETHs',
      kind: 'lrt',
      decimals: 18,
      deployments: [{ chainId: 1, address: '0x62a4CE0722eE65635C0F8339dd814D549B6f6735', source: `${UNIFI} BoringVault (pufETHs)`, verification: 'primary', note: 'the vault itself is the share token' }],
    },
  ],
  contracts: [
    {
      name: 'PufferVault',
      token: 'pufETH',
      abiSource: `${PF}:mainnet-contracts/src/PufferVaultV5.sol (+ ERC4626); selectors cross-checked with ${SELECTORS}`,
      note: 'every entry point is `restricted` (OpenZeppelin AccessManager) and can be paused per role',
      deployments: [
        { chainId: 1, address: '0xD9A442856C234a39a81a089C06451EBAa4306a72', source: `${DA}:docs/deployments/mainnet.md + ${PF}:README.md`, verification: 'primary' },
      ],
      functions: [
        { signature: 'function depositETH(address receiver) payable', selector: '0x2d2da806', action: 'deposit', input: { kind: 'eth' } },
        {
          signature: 'function depositStETH(uint256 stETHSharesAmount, address receiver)',
          selector: '0xf6dbd16f',
          action: 'deposit',
          input: { kind: 'token', token: 'stETH', amount: 'stETHSharesAmount', unit: 'shares' },
          note: 'the argument is stETH shares, not a token amount; pulled with transferSharesFrom',
        },
        {
          signature: 'function deposit(uint256 assets, address receiver)',
          selector: '0x6e553f65',
          action: 'deposit',
          input: { kind: 'token', token: 'WETH', amount: 'assets' },
          note: 'ERC-4626; the asset has been WETH since V2',
        },
        {
          signature: 'function mint(uint256 shares, address receiver)',
          selector: '0x94bf804d',
          action: 'deposit',
          input: { kind: 'token', token: 'WETH', amount: null },
          note: 'ERC-4626 mint: the call names the pufETH to receive, not the WETH that leaves',
        },
        {
          signature: 'function withdraw(uint256 assets, address receiver, address owner)',
          selector: '0xb460af94',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'pufETH', amount: null },
          receives: { id: 'WETH' },
          note: '1-step exit with a fee; the call names the WETH out, not the pufETH burnt',
        },
        {
          signature: 'function redeem(uint256 shares, address receiver, address owner)',
          selector: '0xba087652',
          action: 'instant-redeem',
          input: { kind: 'token', token: 'pufETH', amount: 'shares' },
          receives: { id: 'WETH' },
          note: '1-step exit with a fee',
        },
      ],
    },
    {
      name: 'PufferDepositor',
      token: 'pufETH',
      abiSource: `${PF}:mainnet-contracts/src/PufferDepositorV2.sol, PufferDepositor.sol, src/structs/Permit.sol; cross-checked with ${SELECTORS}`,
      deployments: [{ chainId: 1, address: '0x4aA799C5dfc01ee7d790e3bf1a7C2257CE1DcefF', source: `${DA}:docs/deployments/mainnet.md`, verification: 'primary' }],
      functions: [
        {
          signature: `function depositWstETH(${PERMIT} permitData, address recipient)`,
          selector: '0x31b4a693',
          action: 'deposit',
          input: { kind: 'token', token: 'wstETH', amount: 'permitData.amount' },
          note: 'PufferDepositorV2',
        },
        {
          signature: `function depositStETH(${PERMIT} permitData, address recipient)`,
          selector: '0x205943be',
          action: 'deposit',
          input: { kind: 'token', token: 'stETH', amount: 'permitData.amount' },
          note: 'PufferDepositorV2',
        },
        {
          signature: `function depositWstETH(${PERMIT} permitData)`,
          selector: '0x92242db2',
          action: 'deposit',
          input: { kind: 'token', token: 'wstETH', amount: 'permitData.amount' },
          version: 'legacy',
          note: 'PufferDepositor V1; may no longer be on the current implementation',
        },
        {
          signature: `function depositStETH(${PERMIT} permitData)`,
          selector: '0xba3598ce',
          action: 'deposit',
          input: { kind: 'token', token: 'stETH', amount: 'permitData.amount' },
          version: 'legacy',
          note: 'PufferDepositor V1',
        },
        {
          signature: 'function swapAndDeposit(address tokenIn, uint256 amountIn, uint256 amountOutMin, bytes routeCode) payable',
          selector: '0x874262a4',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'amountIn', eth: 'eeee' },
          version: 'legacy',
          note: 'PufferDepositor V1 (Sushi route processor, which spells ETH 0xEeee…EEeE)',
        },
        {
          signature: 'function swapAndDeposit1Inch(address tokenIn, uint256 amountIn, bytes callData) payable',
          selector: '0x9b207f4a',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'amountIn', eth: 'eeee' },
          version: 'legacy',
          note: 'PufferDepositor V1 (1inch)',
        },
        {
          signature: `function swapAndDepositWithPermit(address tokenIn, uint256 amountOutMin, ${PERMIT} permitData, bytes routeCode) payable`,
          selector: '0x1eac48b2',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'permitData.amount' },
          version: 'legacy',
          note: 'PufferDepositor V1',
        },
        {
          signature: `function swapAndDepositWithPermit1Inch(address tokenIn, ${PERMIT} permitData, bytes callData) payable`,
          selector: '0xad24272e',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'tokenIn', amount: 'permitData.amount' },
          version: 'legacy',
          note: 'PufferDepositor V1',
        },
      ],
    },
    {
      name: 'PufferWithdrawalManager',
      token: 'pufETH',
      abiSource: `${PF}:mainnet-contracts/src/PufferWithdrawalManager.sol`,
      deployments: [{ chainId: 1, address: '0xDdA0483184E75a5579ef9635ED14BacCf9d50283', source: `${DA}:docs/deployments/mainnet.md`, verification: 'primary' }],
      functions: [
        {
          signature: 'function requestWithdrawal(uint128 pufETHAmount, address recipient)',
          selector: '0xef027fbf',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'pufETH', amount: 'pufETHAmount' },
          // completeQueuedWithdrawal wraps the payout and transfers WETH to the recipient.
          receives: { id: 'WETH' },
          note: 'pulls pufETH; finalised in batches; paid in WETH',
        },
        {
          signature: `function requestWithdrawalWithPermit(${PERMIT} permitData, address recipient)`,
          selector: '0xa231d21b',
          action: 'withdraw-request',
          input: { kind: 'token', token: 'pufETH', amount: 'permitData.amount' },
          receives: { id: 'WETH' },
        },
        {
          signature: 'function completeQueuedWithdrawal(uint256 withdrawalIdx)',
          selector: '0x6a4800a4',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { id: 'WETH' },
        },
      ],
    },
    {
      name: 'PufferL2Depositor',
      token: null,
      abiSource: `${PF}:mainnet-contracts/src/PufferL2Depositor.sol`,
      note: 'UniFi staking on Ethereum: mints a pufToken wrapper of the deposited asset; pufToken addresses are not registered',
      deployments: [
        { chainId: 1, address: '0x3436E0B85cd929929F5802e792CFE282166E0259', source: `${DA}:docs/deployments/mainnet.md (UniFi Staking contracts)`, verification: 'primary' },
      ],
      functions: [
        {
          signature: `function deposit(address token, address account, ${PERMIT} permitData, uint256 referralCode, uint128 lockPeriod)`,
          selector: '0x5b02397a',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'token', amount: 'permitData.amount' },
        },
        {
          signature: 'function depositETH(address account, uint256 referralCode, uint128 lockPeriod) payable',
          selector: '0x6467a647',
          action: 'deposit',
          input: { kind: 'eth' },
        },
      ],
    },
    {
      name: 'xERC20Lockbox',
      token: 'xPufETH',
      abiSource: `${PF}:mainnet-contracts/src/XERC20Lockbox.sol`,
      note: 'wraps pufETH 1:1 into xPufETH, the token Puffer bridges, and back; IS_NATIVE is false, so it takes no ETH',
      deployments: [{ chainId: 1, address: '0xd44E91CfBBAa7b3B259A12a43b38CEBf47B463D5', source: `${MAINNET} (xERC20Lockbox) + ${PF}:mainnet-contracts/script/DeployerHelper.s.sol`, verification: 'primary' }],
      functions: [
        { signature: 'function deposit(uint256 amount)', selector: '0xb6b55f25', action: 'wrap', input: { kind: 'token', token: 'pufETH', amount: 'amount' } },
        { signature: 'function depositTo(address to, uint256 amount)', selector: '0xffaad6a5', action: 'wrap', input: { kind: 'token', token: 'pufETH', amount: 'amount' } },
        { signature: 'function withdraw(uint256 amount)', selector: '0x2e1a7d4d', action: 'unwrap', input: { kind: 'token', token: 'xPufETH', amount: 'amount' }, token: { id: 'pufETH' } },
        {
          signature: 'function withdrawTo(address to, uint256 amount)',
          selector: '0x205c2878',
          action: 'unwrap',
          input: { kind: 'token', token: 'xPufETH', amount: 'amount' },
          token: { id: 'pufETH' },
        },
      ],
    },
    {
      name: 'unifiETH Teller',
      token: 'unifiETH',
      abiSource: 'Ion-Protocol/nucleus-boring-vault@f7921cdeeb588d1feb1d884aba8c6e9a799c33ab:src/base/Roles/TellerWithMultiAssetSupport.sol',
      note: 'Nucleus TellerWithMultiAssetSupport of the unifiETH BoringVault: restaked ETH deployed for Puffer UniFi; exits go through Nucleus\'s AtomicQueue (not registered)',
      deployments: [{ chainId: 1, address: '0x08eb2EccDF6eBD7abA601791F23ec5b5f68a1d53', source: `${UNIFI} TellerWithMultiAssetSupport (unifiETH)`, verification: 'primary' }],
      functions: TELLER_FUNCTIONS,
    },
    {
      name: 'pufETHs Teller',
      token: 'pufETHs',
      abiSource: 'Ion-Protocol/nucleus-boring-vault@f7921cdeeb588d1feb1d884aba8c6e9a799c33ab:src/base/Roles/TellerWithMultiAssetSupport.sol',
      note: 'TellerWithMultiAssetSupport of the pufETHs BoringVault, listed with the UniFi staking contracts; what the vault holds is not read here',
      deployments: [{ chainId: 1, address: '0xD049EBeAA59b75Ba8EE38f9f6830db7293320236', source: `${UNIFI} TellerWithMultiAssetSupport (pufETHs)`, verification: 'primary' }],
      functions: TELLER_FUNCTIONS,
    },
    {
      name: 'PufLocker',
      token: null,
      abiSource: `${PF}:mainnet-contracts/src/PufLocker.sol, src/interface/IPufLocker.sol`,
      note: 'UniFi staking: locks the pufTokens minted by PufferL2Depositor for a chosen period; withdraw returns them once unlocked',
      deployments: [{ chainId: 1, address: '0x48e8dE138C246c14248C94d2D616a2F9eb4590D2', source: `${UNIFI} PufLocker`, verification: 'primary' }],
      functions: [
        {
          signature: `function deposit(address token, address recipient, uint128 lockPeriod, ${PERMIT} permitData)`,
          selector: '0xd4f3fdc5',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'token', amount: 'permitData.amount' },
          note: 'only allowed pufTokens; reverts outside the min/max lock period',
        },
        {
          signature: 'function withdraw(address token, uint256[] depositIndexes, address recipient)',
          selector: '0x85a74921',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { arg: 'token' },
          note: 'reverts while a deposit is still locked',
        },
      ],
    },
  ],
};
