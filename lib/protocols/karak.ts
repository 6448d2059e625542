/**
 * Karak. v1 (April 2024): people deposit into per-asset vaults through the VaultSupervisor, which keeps the vault
 * shares and credits the depositor; withdrawals go through the DelegationSupervisor (start, then finish after
 * `withdrawalDelay()`). v1 has no slashing code. v2 (Core + one ERC-4626 vault per operator and asset, slashable by
 * DSSs with a 2-day veto): people call the operator's vault directly, and those vaults have no fixed addresses.
 *
 * The v1 VaultSupervisor was upgraded by 2024-05-29; the upgraded entry points are known only from third-party copies
 * of its interface, so they carry that source. Karak v1 vault addresses are mostly not registered (third parties disagree
 * on them): the asset of a v1 deposit is the vault's `asset()`, which detection reports as unknown, except for the weETH
 * vault, which a mainnet fork test deposits weETH into. v2 operator
 * vaults (deposit(uint256,address[,uint256]), mint, startRedeem, finishRedeem; karak-network/v2-contracts
 * src/interfaces/IVault.sol) have no fixed addresses and are not registered; v2 Core is, for approvals.
 */
import type { ContractDeployment, ProtocolSpec } from './types';

const V1 = 'karak-network/v1-contracts-public@e731d4e047f0802a271840278fc98a2d5e71c49f';
const V2 = 'karak-network/v2-contracts@3b3b78f10bcb7879042fda6d9aa9f7ca238d2387';
const PENDLE = 'pendle-finance/pendle-core-v2-public@6280189c16634180b8b42ed50d67ee04a51d7902:contracts/interfaces/Karak/IKarakVaultSupervisor.sol (third party)';
const VEDA = 'Se7en-Seas/boring-vault@0e23e7fd3a9a7735bd3fea61dd33c1700e75c528';
const SIG = '(uint8 v, bytes32 r, bytes32 s)';
const WITHDRAW_REQUEST = '(address[] vaults, uint256[] shares, address withdrawer)';
const QUEUED_WITHDRAWAL = `(address staker, address delegatedTo, uint256 nonce, uint256 start, ${WITHDRAW_REQUEST} request)`;
const ETHEREUM_ADDRESSES =
  'SECONDARY: DefiLlama karak adapter, Messari subgraph config, Rumpel RumpelConfig.sol, an indexer config whose event topics match (shared reference other-layers.md §3.4)';

/** Karak v2 Core per chain, with the name of the deploy config that lists it (read by the slashing layer too). */
export const KARAK_CORES: readonly (readonly [chainId: number, address: `0x${string}`, config: string])[] = [
  [1, '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15', 'mainnet'],
  [42161, '0xf3Ed85D882b5d9A67fC10dBf8f9AA991212983aA', 'arbitrum'],
  [81457, '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15', 'blast'],
  [56, '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15', 'bsc'],
  [2410, '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15', 'karak'],
  [5000, '0x27e9C40128c77B157130Fc5fAEFcDe26D6194c15', 'mantle'],
];

const core = (chainId: number, address: `0x${string}`, config: string): ContractDeployment => ({
  chainId,
  address,
  source: `${V2}:script/v2/config/vault_config_${config}.json ("core")`,
  verification: 'primary',
  note: 'deploy config only; not checked on-chain',
});

export const karak: ProtocolSpec = {
  id: 'karak',
  name: 'Karak',
  kind: 'restaking',
  layer: 'karak',
  tokens: [],
  strategiesPartial: true,
  strategies: [
    {
      chainId: 1,
      address: '0x2DABcea55a12d73191AeCe59F508b191Fb68AdaC',
      underlying: 'weETH',
      source: `SECONDARY: ${VEDA}:test/resources/ChainValues.sol ("kweETH"), and test/integrations/KarakIntegration.t.sol deposits weETH into it through the VaultSupervisor on a mainnet fork (block 20522188)`,
      verification: 'secondary',
    },
  ],
  contracts: [
    {
      name: 'VaultSupervisor',
      token: null,
      abiSource: `${V1}:src/interfaces/IVaultSupervisor.sol, abi/VaultSupervisorV1.abi.json`,
      deployments: [
        { chainId: 1, address: '0x54e44DbB92dBA848ACe27F44c0CB4268981eF1CC', source: ETHEREUM_ADDRESSES, verification: 'secondary' },
        {
          chainId: 42161,
          address: '0x399f22ae52a18382a67542b3De9BeD52b7B9A4ad',
          source: 'SECONDARY: DefiLlama karak adapter (arbitrum factory) + code-423n4/2024-07-karak artifacts',
          verification: 'secondary',
        },
        { chainId: 2410, address: '0xB308474350D75447cA8731B7Ce87c9ee9DA03B1C', source: 'DefiLlama karak adapter (karak chain factory) only', verification: 'unverified' },
      ],
      functions: [
        {
          signature: 'function deposit(address vault, uint256 amount)',
          selector: '0x47e7ef24',
          action: 'restake',
          // The vault pulls its asset() from the sender; which asset depends on the vault, which is not registered.
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'amount' },
          token: null,
          note: 'v1 launch signature; whether it survived the May-2024 upgrade is not known',
        },
        {
          signature: `function depositWithSignature(address vault, address user, uint256 value, uint256 deadline, ${SIG} permit, ${SIG} vaultAllowance)`,
          selector: '0x6ff09141',
          action: 'restake',
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'value' },
          token: null,
          note: 'v1 launch; the user signed off-chain, the sender may be a relayer',
        },
        {
          signature: 'function deposit(address vault, uint256 amount, uint256 minSharesOut)',
          selector: '0x0efe6a8b',
          action: 'restake',
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'amount' },
          token: null,
          source: PENDLE,
          note: 'upgraded VaultSupervisor; same selector as Renzo and ether.fi deposits elsewhere: the address decides',
        },
        {
          signature: 'function depositAndGimmie(address vault, uint256 amount, uint256 minSharesOut)',
          selector: '0x17070f02',
          action: 'restake',
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'amount' },
          token: null,
          source: PENDLE,
          note: 'deposits and sends the vault share token to the wallet instead of keeping it in custody',
        },
        {
          signature: `function depositWithSignature(address vault, address user, uint256 value, uint256 minSharesOut, uint256 deadline, ${SIG} permit, ${SIG} vaultAllowance)`,
          selector: '0x2b93e0a2',
          action: 'restake',
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'value' },
          token: null,
          source: PENDLE,
        },
        {
          signature: 'function returnShares(address vault, uint256 shares)',
          selector: '0x8b198025',
          action: 'restake',
          input: { kind: 'strategy-arg', strategy: 'vault', amount: 'shares', unit: 'shares' },
          token: null,
          source: PENDLE,
          note: 'puts vault share tokens back into VaultSupervisor custody (needed before withdrawing)',
        },
      ],
    },
    {
      name: 'DelegationSupervisor',
      token: null,
      abiSource: `${V1}:src/interfaces/IDelegationSupervisor.sol, src/entities/Withdraw.sol`,
      deployments: [
        { chainId: 1, address: '0xAfa904152E04aBFf56701223118Be2832A4449E0', source: ETHEREUM_ADDRESSES, verification: 'secondary' },
        {
          chainId: 42161,
          address: '0x48769803c0449532Bd23DB3A413152632753c8f0',
          source: 'a third-party automation script (DELEGATION_SUPERVISER_CONTRACTS[42161]) only',
          verification: 'unverified',
        },
      ],
      functions: [
        {
          signature: `function startWithdraw(${WITHDRAW_REQUEST}[] withdrawalRequests)`,
          selector: '0x92dca407',
          action: 'withdraw-request',
          input: { kind: 'strategy-arg', strategy: 'withdrawalRequests[].vaults[]', amount: 'withdrawalRequests[].shares[]', unit: 'shares' },
          token: null,
          note: 'finishWithdraw only after start + withdrawalDelay() (deploy default 1 day, at most 30 days; the mainnet value was not read)',
        },
        {
          signature: `function finishWithdraw(${QUEUED_WITHDRAWAL}[] startedWithdrawals)`,
          selector: '0x86e9a1f7',
          action: 'withdraw-claim',
          input: { kind: 'none' },
          token: null,
          note: 'must be sent by the withdrawer',
        },
      ],
    },
    {
      name: 'Core (v2)',
      token: null,
      abiSource: `${V2}:src/Core.sol, src/interfaces/ICore.sol`,
      note: 'DSS registration, slashing requests (2-day veto) and vault deployment: no staker entry point; registered so approvals and the in-page check see it',
      deployments: [
        ...KARAK_CORES.map(([chainId, address, config]) => core(chainId, address, config)),
      ],
      functions: [],
    },
  ],
};
