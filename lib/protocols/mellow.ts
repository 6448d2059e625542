/**
 * Mellow: LRTs curated on Symbiotic. Each LRT address is a proxy that began (June 2024) as a multi-token vault with
 * request-based withdrawals, parking wstETH in Symbiotic's DefaultCollateral, and from January 2025 was migrated in
 * place to an ERC-4626 vault (MellowVaultCompat) that stakes into one Symbiotic vault and queues the staked part of a
 * withdrawal in a per-vault SymbioticWithdrawalQueue. Whether each migration was executed was not read on-chain, so
 * both signature sets are registered on every LRT address (the legacy ones marked `legacy`).
 *
 * Mellow Core ("flexible") vaults such as strETH are entered through per-asset queues rather than the vault: a
 * deposit queue per accepted asset (ETH, WETH, wstETH; shares are minted after the next oracle report) and a redeem
 * queue (shares are priced in a batch, then claimed by request timestamp).
 *
 * Not registered: the BTC vaults (Re7rwBTC, amphrBTC, Re7rtBTC) and rsENA, whose underlyings have no sourced decimals
 * here; DVstETH, a Lido simple-DVT vault rather than restaking.
 */
import type { Address, ContractDeployment, ContractSpec, FunctionSpec, ProtocolSpec, TokenSpec } from './types';

const LEGACY = 'mellow-finance/mellow-lrt@3c9bb06a0110768fa86e4151e97c569b069b6020';
const LEGACY_HEAD = 'mellow-finance/mellow-lrt@c37fad554231b6ce63f7416e408dba165222a3af';
const SIMPLE = 'mellow-finance/simple-lrt@a185256422179271c32be703311097480151cf1f';
const MIGRATION = 'mellow-finance/simple-lrt@05af90d79a084b89cbe52cb7d67496300eef8116';
/** The 18 migrated vault addresses, in batches, with comments naming each LRT. */
const VAULT_LIST = `${MIGRATION}:test/acceptance/CompletionMigrationTest.t.sol (VAULTS)`;
/** The four June-2024 launch vaults and their DepositWrappers. */
const LAUNCH = `${LEGACY}:scripts/mainnet/OnchainValidationScript.sol + scripts/mainnet/events_parser/config.py`;
const QUEUES = `${MIGRATION}:test/acceptance/FullMigrationTest.t.sol (expectedSymbioticWithdrawalQueue)`;
const FLEXIBLE = 'mellow-finance/flexible-vaults@5d1cff0909e4975030f7128c256042092657877f';
const FLEXIBLE_CONSTANTS = `${FLEXIBLE}:scripts/ethereum/Constants.sol`;
const ROETH_QUEUE = `${SIMPLE}:test/acceptance/MigrationAcceptanceTest.t.sol (EXPECTED_WITHDRAWAL_QUEUE)`;

interface LrtRow {
  symbol: string;
  name: string;
  address: Address;
  underlying: string;
  /** The SymbioticWithdrawalQueue the migration creates for this LRT; null when no source names it. */
  queue: Address | null;
  addressSource: string;
  queueSource?: string;
}

const LRTS: readonly LrtRow[] = [
  { symbol: 'roETH', name: 'Rockmelon ETH', address: '0x7b31F008c48EFb65da78eA0f255EE424af855249', underlying: 'wstETH', queue: '0xe51241aAbE7c77F658A3Bf160D922a1E936168cd', addressSource: VAULT_LIST, queueSource: ROETH_QUEUE },
  { symbol: 'steakLRT', name: 'Steakhouse Resteaking Vault', address: '0xBEEF69Ac7870777598A04B2bd4771c71212E6aBc', underlying: 'wstETH', queue: '0xC915FADA26dc6c123620A9c2a7a55c1ad45b077A', addressSource: `${VAULT_LIST} + ${LAUNCH}` },
  { symbol: 'Re7LRT', name: 'Re7 Labs LRT', address: '0x84631c0d0081FDe56DeB72F6DE77abBbF6A9f93a', underlying: 'wstETH', queue: '0x9668bd17947b2baD83857a75737faF17575628B8', addressSource: `${VAULT_LIST} + ${LAUNCH}` },
  { symbol: 'amphrETH', name: 'Amphor Restaked ETH', address: '0x5fD13359Ba15A84B76f7F87568309040176167cd', underlying: 'wstETH', queue: '0x2142acB6b0424578d443A4b2E396a1b7cFb5c1e9', addressSource: `${VAULT_LIST} + ${LAUNCH}` },
  { symbol: 'pzETH', name: 'Renzo Restaked LST', address: '0x8c9532a60E0E7C6BbD2B2c1303F63aCE1c3E9811', underlying: 'wstETH', queue: '0xcDbff91f6fCcDa7367d71b065c7494526b830A89', addressSource: VAULT_LIST },
  { symbol: 'rstETH', name: 'Restaking Vault ETH', address: '0x7a4EffD87C2f3C55CA251080b1343b605f327E3a', underlying: 'wstETH', queue: '0x351875e6348120b71281808870435bF6d5F406BD', addressSource: `${VAULT_LIST} + ${LAUNCH}` },
  { symbol: 'coETH', name: 'Chorus One Restaking Vault ETH', address: '0xd6E09a5e6D719d1c881579C9C8670a210437931b', underlying: 'wstETH', queue: '0x0457ca1581941f7fFa5FbeC48Bd25E6FDFb80C26', addressSource: VAULT_LIST },
  { symbol: 'hcETH', name: 'HashKey Cloud Restaked ETH', address: '0x375A8eE22280076610cA2B4348d37cB1bEEBeba0', underlying: 'wstETH', queue: '0xFC6D07202F5B73707AF35Cc546c181363B63bE10', addressSource: VAULT_LIST },
  { symbol: 'ifsETH', name: 'InfStones Restaked ETH', address: '0x49cd586dd9BA227Be9654C735A659a1dB08232a9', underlying: 'wstETH', queue: '0x5e4Ef16FB0C1DE57bF204cEb8cA0B154d911142e', addressSource: VAULT_LIST },
  { symbol: 'LugaETH', name: 'LugaETH', address: '0x82dc3260f599f4fC4307209A1122B6eAa007163b', underlying: 'wstETH', queue: '0x7d81A47925ecAC5A8E3cd839bAa14749909442de', addressSource: VAULT_LIST },
  { symbol: 'urLRT', name: 'unified restaked LRT', address: '0x4f3Cc6359364004b245ad5bE36E6ad4e805dC961', underlying: 'wstETH', queue: '0x7fBB995A36C85420E59d0f1B8D4874e89A660FaC', addressSource: VAULT_LIST },
  { symbol: 'isETH', name: 'InfraSingularity Restaked ETH', address: '0xcC36e5272c422BEE9A8144cD2493Ac472082eBaD', underlying: 'wstETH', queue: '0x5CaA0B278aa5437291dE6F6A742190e680c8e9d8', addressSource: VAULT_LIST },
  // Batch 2.5 of the migration; its Symbiotic vault and queue are not named in any source found.
  { symbol: 'rsUSDe', name: 'Mellow rsUSDe', address: '0x82f5104b23FF2FA54C2345F821dAc9369e9E0B26', underlying: 'sUSDe', queue: null, addressSource: VAULT_LIST },
];

/** Both generations of entry points on one LRT address. */
function lrtFunctions(lrt: string, underlying: string): FunctionSpec[] {
  return [
    {
      signature: 'function deposit(address to, uint256[] amounts, uint256 minLpAmount, uint256 deadline)',
      selector: '0x5f097d40',
      action: 'deposit',
      input: { kind: 'token', token: underlying, amount: 'amounts[]' },
      version: 'legacy',
      source: `${LEGACY}:src/interfaces/IVault.sol (dev-symbiotic-deploy branch, the June-2024 deployment)`,
      note: 'amounts follow underlyingTokens(), [wstETH] for the ETH vaults',
    },
    {
      signature: 'function deposit(address to, uint256[] amounts, uint256 minLpAmount, uint256 deadline, uint256 referralCode)',
      selector: '0xf379a7d6',
      action: 'deposit',
      input: { kind: 'token', token: underlying, amount: 'amounts[]' },
      version: 'legacy',
      source: `${LEGACY_HEAD}:src/interfaces/IVault.sol`,
      note: "main-branch variant; Pendle's Mellow SY calls both forms, so both are on mainnet vaults",
    },
    {
      signature: 'function registerWithdrawal(address to, uint256 lpAmount, uint256[] minAmounts, uint256 deadline, uint256 requestDeadline, bool closePrevious)',
      selector: '0x2e3d46dc',
      action: 'withdraw-request',
      input: { kind: 'token', token: lrt, amount: 'lpAmount' },
      receives: { id: underlying },
      version: 'legacy',
      source: `${LEGACY}:src/interfaces/IVault.sol`,
      note: 'paid when the curator runs processWithdrawals',
    },
    {
      signature: 'function emergencyWithdraw(uint256[] minAmounts, uint256 deadline)',
      selector: '0x66e04b85',
      action: 'instant-redeem',
      input: { kind: 'token', token: lrt, amount: null },
      receives: { id: underlying },
      version: 'legacy',
      source: `${LEGACY}:src/interfaces/IVault.sol`,
      note: "redeems the pending request's lpAmount, only after the configurator's emergencyWithdrawalDelay",
    },
    {
      signature: 'function deposit(uint256 assets, address receiver)',
      selector: '0x6e553f65',
      action: 'deposit',
      input: { kind: 'token', token: underlying, amount: 'assets' },
      note: 'MellowVaultCompat / MellowSymbioticVault (ERC-4626) after migration',
    },
    {
      signature: 'function deposit(uint256 assets, address receiver, address referral)',
      selector: '0x2e2d2984',
      action: 'deposit',
      input: { kind: 'token', token: underlying, amount: 'assets' },
      source: `${SIMPLE}:src/interfaces/vaults/IERC4626Vault.sol`,
    },
    {
      signature: 'function mint(uint256 shares, address receiver)',
      selector: '0x94bf804d',
      action: 'deposit',
      input: { kind: 'token', token: underlying, amount: null },
      note: 'ERC-4626 mint: the call names the LRT to receive, not the asset that leaves',
    },
    {
      signature: 'function withdraw(uint256 assets, address receiver, address owner)',
      selector: '0xb460af94',
      action: 'withdraw-request',
      input: { kind: 'token', token: lrt, amount: null },
      receives: { id: underlying },
      note: 'pays the liquid part at once and queues the staked part in the SymbioticWithdrawalQueue (claim after 1–2 Symbiotic epochs)',
    },
    {
      signature: 'function redeem(uint256 shares, address receiver, address owner)',
      selector: '0xba087652',
      action: 'withdraw-request',
      input: { kind: 'token', token: lrt, amount: 'shares' },
      receives: { id: underlying },
      note: 'as withdraw: partly paid now, the rest queued',
    },
    {
      signature: 'function claim(address account, address recipient, uint256 maxAmount)',
      selector: '0x996cba68',
      action: 'withdraw-claim',
      input: { kind: 'none' },
      receives: { id: underlying },
      source: `${SIMPLE}:src/interfaces/vaults/IMellowSymbioticVault.sol`,
      note: 'forwards to the SymbioticWithdrawalQueue',
    },
  ];
}

const tokens: TokenSpec[] = LRTS.map((row) => ({
  id: row.symbol,
  symbol: row.symbol,
  name: row.name,
  kind: 'lrt',
  // OpenZeppelin ERC20 before migration, ERC4626 over an 18-decimal asset after (mellow-lrt src/Vault.sol, simple-lrt src/ERC4626Vault.sol).
  decimals: 18,
  deployments: [{ chainId: 1, address: row.address, source: row.addressSource, verification: 'primary' }],
}));

function lrtContract(row: LrtRow): ContractSpec {
  return {
    name: `${row.symbol} vault`,
    token: row.symbol,
    abiSource: `${SIMPLE}:src/ERC4626Vault.sol, src/MellowSymbioticVault.sol (after migration); ${LEGACY}:src/interfaces/IVault.sol (before)`,
    note: 'the LRT token is the vault itself; migrated in place by Migrator 0x643ED3c06E19A96EaBCBC32C2F665DB16282bEaB (not checked on-chain)',
    deployments: [{ chainId: 1, address: row.address, source: row.addressSource, verification: 'primary' }],
    functions: lrtFunctions(row.symbol, row.underlying),
  };
}

/** A flexible vault's queue: one contract per accepted asset, each minting (or redeeming) the vault's share token. */
interface FlexibleQueue {
  name: string;
  address: Address;
  constant: string;
}

function depositQueue(share: string, asset: string, queue: FlexibleQueue): ContractSpec {
  return {
    name: queue.name,
    token: share,
    abiSource: `${FLEXIBLE}:src/queues/DepositQueue.sol, src/interfaces/queues/IDepositQueue.sol`,
    note: `${share} is minted after the next oracle report and claimed from the queue; the request can be cancelled until then`,
    deployments: [{ chainId: 1, address: queue.address, source: `${FLEXIBLE_CONSTANTS} (${queue.constant})`, verification: 'primary' }],
    functions: [
      {
        signature: 'function deposit(uint224 assets, address referral, bytes32[] merkleProof) payable',
        selector: '0x1dbd773b',
        action: 'deposit',
        // The ETH queue's asset is the EIP-7528 placeholder and takes msg.value; the others pull the token.
        input: asset === 'ETH' ? { kind: 'eth' } : { kind: 'token', token: asset, amount: 'assets' },
      },
    ],
  };
}

function redeemQueue(share: string, asset: string, queue: FlexibleQueue): ContractSpec {
  return {
    name: queue.name,
    token: share,
    abiSource: `${FLEXIBLE}:src/queues/RedeemQueue.sol, src/interfaces/queues/IRedeemQueue.sol`,
    note: `the ${share} is taken at once; ${asset} is paid after the batch is priced and the curator has handled it`,
    deployments: [{ chainId: 1, address: queue.address, source: `${FLEXIBLE_CONSTANTS} (${queue.constant})`, verification: 'primary' }],
    functions: [
      {
        signature: 'function redeem(uint256 shares)',
        selector: '0xdb006a75',
        action: 'withdraw-request',
        input: { kind: 'token', token: share, amount: 'shares' },
        receives: { id: asset },
      },
      {
        signature: 'function claim(address receiver, uint32[] timestamps)',
        selector: '0xc12e43e6',
        action: 'withdraw-claim',
        input: { kind: 'none' },
        receives: { id: asset },
      },
    ],
  };
}

const depositWrapper = (token: string, address: Address): ContractDeployment => ({ chainId: 1, address, token, source: LAUNCH, verification: 'primary' });

export const mellow: ProtocolSpec = {
  id: 'mellow',
  name: 'Mellow',
  kind: 'restaking',
  layer: 'symbiotic',
  tokens: [
    ...tokens,
    {
      id: 'strETH',
      symbol: 'strETH',
      name: 'Mellow stRATEGY',
      kind: 'lrt',
      decimals: 18,
      deployments: [
        {
          chainId: 1,
          address: '0xcd3c0F51798D1daA92Fb192E57844Ae6cEE8a6c7',
          source: `${FLEXIBLE_CONSTANTS} (STRETH_SHARE_MANAGER) + scripts/arbitrum/ArbitrumStrETH.s.sol (shareManagerParams "Mellow stRATEGY", "strETH")`,
          verification: 'primary',
          note: 'the TokenizedShareManager is the ERC-20; the vault is 0x277C6A642564A91ff78b008022D65683cEE5CCC5',
        },
      ],
    },
  ],
  contracts: [
    depositQueue('strETH', 'ETH', { name: 'strETH DepositQueue (ETH)', address: '0xE707321B887b9da133AC5fCc5eDB78Ab177a152D', constant: 'STRETH_DEPOSIT_QUEUE_ETH' }),
    depositQueue('strETH', 'WETH', { name: 'strETH DepositQueue (WETH)', address: '0x2eA268f1018a4767bF5da42D531Ea9e943942A36', constant: 'STRETH_DEPOSIT_QUEUE_WETH' }),
    depositQueue('strETH', 'wstETH', { name: 'strETH DepositQueue (wstETH)', address: '0x614cb9E9D13712781DfD15aDC9F3DAde60E4eFAb', constant: 'STRETH_DEPOSIT_QUEUE_WSTETH' }),
    redeemQueue('strETH', 'wstETH', { name: 'strETH RedeemQueue (wstETH)', address: '0x1ae8C006b5C97707aa074AaeD42BecAD2CF80Da2', constant: 'STRETH_REDEEM_QUEUE_WSTETH' }),
    ...LRTS.map(lrtContract),
    {
      name: 'DepositWrapper',
      token: null,
      abiSource: `${LEGACY_HEAD}:src/utils/DepositWrapper.sol, src/interfaces/utils/IDepositWrapper.sol`,
      note: 'one per launch vault; converts ETH, WETH or stETH to wstETH and calls the legacy deposit, so it stops working once its vault is migrated',
      deployments: [
        depositWrapper('steakLRT', '0x24fee15BC11fF617c042283B58A3Bda6441Da145'),
        depositWrapper('Re7LRT', '0x70cD3464A41B6692413a1Ba563b9D53955D5DE0d'),
        depositWrapper('amphrETH', '0xdC1741f9bD33DD791942CC9435A90B0983DE8665'),
        depositWrapper('rstETH', '0x41A1FBEa7Ace3C3a6B66a73e96E5ED07CDB2A34d'),
      ],
      functions: [
        {
          signature: 'function deposit(address to, address token, uint256 amount, uint256 minLpAmount, uint256 deadline) payable',
          selector: '0x933999fb',
          action: 'deposit',
          // DepositWrapper spells ETH as address(0) and requires msg.value == amount.
          input: { kind: 'asset-arg', asset: 'token', amount: 'amount', eth: 'zero' },
          version: 'legacy',
          source: `${LEGACY}:src/interfaces/utils/IDepositWrapper.sol (deploy branch)`,
        },
        {
          signature: 'function deposit(address to, address token, uint256 amount, uint256 minLpAmount, uint256 deadline, uint256 referralCode) payable',
          selector: '0x2d4cb4b7',
          action: 'deposit',
          input: { kind: 'asset-arg', asset: 'token', amount: 'amount', eth: 'zero' },
          version: 'legacy',
        },
      ],
    },
    {
      name: 'EthWrapper',
      token: null,
      abiSource: `${SIMPLE}:src/interfaces/utils/IEthWrapper.sol, src/EthWrapper.sol`,
      note: 'deployed as WhitelistedEthWrapper (EthWrapper subclass; ETH and WETH only, optional per-vault whitelist); the target vault is a call argument',
      deployments: [
        {
          chainId: 1,
          address: '0xfD4a4922d1AFe70000Ce0Ec6806454e78256504e',
          source:
            'mellow-finance/simple-lrt@9b91a4440ebc46f1e829d1155b98b36c13f5c05b:scripts/deploy/DeployMultiVault.sol (ethDepositWrapper) + mellow-finance/flexible-vaults@5d1cff0909e4975030f7128c256042092657877f:scripts/common/protocols/DVVLibrary.sol',
          verification: 'primary',
        },
      ],
      functions: [
        {
          signature: 'function deposit(address depositToken, uint256 amount, address vault, address receiver, address referral) payable',
          selector: '0x0bb9f5e1',
          action: 'deposit',
          // EthWrapper.ETH is the EIP-7528 placeholder 0xEeee…EEeE.
          input: { kind: 'asset-arg', asset: 'depositToken', amount: 'amount', eth: 'eeee' },
          token: { arg: 'vault' },
        },
      ],
    },
    {
      name: 'SymbioticWithdrawalQueue',
      token: null,
      abiSource: `${SIMPLE}:src/interfaces/utils/ISymbioticWithdrawalQueue.sol`,
      note: "the migration's expected queue per LRT (vault.withdrawalQueue()); not checked on-chain",
      deployments: LRTS.filter((row) => row.queue !== null).map(
        (row): ContractDeployment => ({ chainId: 1, address: row.queue!, token: row.symbol, source: row.queueSource ?? QUEUES, verification: 'primary' }),
      ),
      functions: [
        {
          signature: 'function claim(address account, address recipient, uint256 maxAmount)',
          selector: '0x996cba68',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          receives: { id: 'wstETH' },
          note: 'same selector as claim on the LRT itself',
        },
      ],
    },
  ],
};
