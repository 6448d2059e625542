/**
 * The demo dApp's transactions: real calls to the protocols' mainnet contracts, encoded with viem
 * from the signatures in the protocols' own sources (see lib/protocols for addresses and sources).
 */
import { encodeFunctionData, maxUint256, parseAbiItem, parseEther, toHex } from 'viem';

/** Mainnet addresses (sources in /work/shared/reference/lrt-contracts.md §0; moved to lib/protocols). */
const A = {
  etherfiLiquidityPool: '0x308861A430be4cce5502d0A12724771Fc6DaF216',
  kelpDepositPool: '0x036676389e48133B63a802f8635AD39E752D375D',
  eigenStrategyManager: '0x858646372CC42E1A627fcE94aa7A7033e7CF075A',
  eigenStEthStrategy: '0x93c4b944D05dfe6df7645A86cd2206016c51564D',
  stETH: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84',
  weETH: '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee',
} as const;

export const DEMO_ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

export interface DemoAction {
  id: string;
  label: string;
  /** The EIP-1193 request the button sends. */
  request: { method: string; params: unknown[] };
  /** Whether LRT Advisor should stop it for a look. */
  restaking: boolean;
}

const tx = (to: string, data: string, value?: bigint) => ({
  from: DEMO_ACCOUNT,
  to,
  data,
  ...(value !== undefined ? { value: toHex(value) } : {}),
});

export function demoTransactions(): DemoAction[] {
  const approve = parseAbiItem('function approve(address spender, uint256 amount) returns (bool)');
  const kelpDepositAsset = parseAbiItem(
    'function depositAsset(address asset, uint256 depositAmount, uint256 minRSETHAmountExpected, string referralId)',
  );
  return [
    {
      id: 'etherfi-deposit',
      label: 'Deposit 1.5 ETH into ether.fi (LiquidityPool.deposit)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(A.etherfiLiquidityPool, encodeFunctionData({ abi: [parseAbiItem('function deposit() payable returns (uint256)')] }), parseEther('1.5')),
        ],
      },
    },
    {
      id: 'kelp-deposit-eth',
      label: 'Restake 1 ETH with Kelp (LRTDepositPool.depositETH)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(
            A.kelpDepositPool,
            encodeFunctionData({
              abi: [parseAbiItem('function depositETH(uint256 minRSETHAmountExpected, string referralId) payable')],
              args: [parseEther('0.95'), 'demo'],
            }),
            parseEther('1'),
          ),
        ],
      },
    },
    {
      id: 'eigenlayer-deposit',
      label: 'Restake 2 stETH on EigenLayer (StrategyManager.depositIntoStrategy)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(
            A.eigenStrategyManager,
            encodeFunctionData({
              abi: [parseAbiItem('function depositIntoStrategy(address strategy, address token, uint256 amount) returns (uint256)')],
              args: [A.eigenStEthStrategy, A.stETH, parseEther('2')],
            }),
          ),
        ],
      },
    },
    {
      id: 'approve-kelp',
      label: 'Approve unlimited stETH to Kelp (ERC-20 approve)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [tx(A.stETH, encodeFunctionData({ abi: [approve], args: [A.kelpDepositPool, maxUint256] }))],
      },
    },
    {
      id: 'batch-approve-deposit',
      label: 'Approve + deposit 3 stETH into Kelp in one batch (wallet_sendCalls)',
      restaking: true,
      request: {
        method: 'wallet_sendCalls',
        params: [
          {
            version: '2.0.0',
            chainId: '0x1',
            from: DEMO_ACCOUNT,
            atomicRequired: true,
            calls: [
              { to: A.stETH, data: encodeFunctionData({ abi: [approve], args: [A.kelpDepositPool, parseEther('3')] }) },
              {
                to: A.kelpDepositPool,
                data: encodeFunctionData({ abi: [kelpDepositAsset], args: [A.stETH, parseEther('3'), parseEther('2.85'), 'demo'] }),
              },
            ],
          },
        ],
      },
    },
    {
      id: 'transfer',
      label: 'Send 0.1 ETH to a friend (plain transfer)',
      restaking: false,
      request: { method: 'eth_sendTransaction', params: [{ from: DEMO_ACCOUNT, to: '0x1111111111111111111111111111111111111111', value: toHex(parseEther('0.1')) }] },
    },
    {
      id: 'eth-call',
      label: 'Read the weETH rate (eth_call)',
      restaking: false,
      request: {
        method: 'eth_call',
        params: [{ to: A.weETH, data: encodeFunctionData({ abi: [parseAbiItem('function getRate() view returns (uint256)')] }) }, 'latest'],
      },
    },
  ];
}
