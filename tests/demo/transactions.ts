/**
 * The demo dApp's transactions: real calls to the protocols' mainnet contracts, encoded with viem from
 * the signatures and addresses in the protocol registry (lib/protocols, each fact with its source).
 */
import { encodeFunctionData, maxUint256, parseAbiItem, parseEther, toHex, type AbiFunction } from 'viem';
import { getProtocol, getTokenAddress } from '../../lib/protocols/registry';

const MAINNET = 1;

/** A registered entry point: its mainnet address and its ABI item, looked up by name. */
function entry(protocolId: string, contractName: string, functionName: string): { address: string; abi: [AbiFunction] } {
  const contract = getProtocol(protocolId)?.contracts.find((c) => c.name === contractName);
  const address = contract?.deployments.find((d) => d.chainId === MAINNET)?.address;
  const fn = contract?.functions.map((f) => parseAbiItem(f.signature) as AbiFunction).find((f) => f.name === functionName);
  if (!address || !fn) throw new Error(`demo: ${protocolId} ${contractName}.${functionName} is not in the registry`);
  return { address, abi: [fn] };
}

function token(id: string): string {
  const address = getTokenAddress(id, MAINNET);
  if (!address) throw new Error(`demo: token ${id} is not in the registry`);
  return address;
}

function strategyFor(underlying: string): string {
  const strategy = getProtocol('eigenlayer')?.strategies?.find((s) => s.chainId === MAINNET && s.underlying === underlying);
  if (!strategy) throw new Error(`demo: no EigenLayer strategy for ${underlying}`);
  return strategy.address;
}

export const DEMO_ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

/** Uniswap's SwapRouter02 on Ethereum, as the venue registry holds it (lib/venues/uniswap.ts, with its source). */
const UNISWAP_SWAP_ROUTER_02 = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45';
const exactInputSingle = parseAbiItem(
  'function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params) payable returns (uint256)',
);

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
  const etherfiDeposit = entry('etherfi', 'LiquidityPool', 'deposit');
  const kelpDepositEth = entry('kelp', 'LRTDepositPool', 'depositETH');
  const kelpDepositAsset = entry('kelp', 'LRTDepositPool', 'depositAsset');
  const eigenDeposit = entry('eigenlayer', 'StrategyManager', 'depositIntoStrategy');
  const symbioticVault = entry('symbiotic', 'Steakhouse Resteaking Vault', 'deposit');
  const stETH = token('stETH');
  const weETH = token('weETH');
  return [
    {
      id: 'etherfi-deposit',
      label: 'Deposit 1.5 ETH into ether.fi (LiquidityPool.deposit)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(etherfiDeposit.address, encodeFunctionData({ abi: etherfiDeposit.abi, functionName: 'deposit', args: [] }), parseEther('1.5')),
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
            kelpDepositEth.address,
            encodeFunctionData({ abi: kelpDepositEth.abi, functionName: 'depositETH', args: [parseEther('0.95'), 'demo'] }),
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
            eigenDeposit.address,
            encodeFunctionData({ abi: eigenDeposit.abi, functionName: 'depositIntoStrategy', args: [strategyFor('stETH'), stETH, parseEther('2')] }),
          ),
        ],
      },
    },
    {
      id: 'buy-weeth',
      label: 'Buy weETH with 1 WETH on Uniswap (SwapRouter02 exactInputSingle)',
      // Buying an LRT on a market takes on its risk: held, and judged on the token up to caution and on the price in full.
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(
            UNISWAP_SWAP_ROUTER_02,
            encodeFunctionData({
              abi: [exactInputSingle],
              args: [{ tokenIn: token('WETH') as `0x${string}`, tokenOut: weETH as `0x${string}`, fee: 100, recipient: DEMO_ACCOUNT, amountIn: parseEther('1'), amountOutMinimum: 0n, sqrtPriceLimitX96: 0n }],
            }),
          ),
        ],
      },
    },
    {
      id: 'approve-kelp',
      label: 'Approve unlimited stETH to Kelp (ERC-20 approve)',
      // An allowance to the protocol's own deposit contract is everyday: judged fine, it does not hold the wallet.
      restaking: false,
      request: {
        method: 'eth_sendTransaction',
        params: [tx(stETH, encodeFunctionData({ abi: [approve], args: [kelpDepositEth.address as `0x${string}`, maxUint256] }))],
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
              { to: stETH, data: encodeFunctionData({ abi: [approve], args: [kelpDepositAsset.address as `0x${string}`, parseEther('3')] }) },
              {
                to: kelpDepositAsset.address,
                data: encodeFunctionData({ abi: kelpDepositAsset.abi, functionName: 'depositAsset', args: [stETH, parseEther('3'), parseEther('2.85'), 'demo'] }),
              },
            ],
          },
        ],
      },
    },
    {
      id: 'symbiotic-deposit',
      label: 'Restake 2 wstETH in a Symbiotic vault (Steakhouse Resteaking Vault, Vault.deposit)',
      restaking: true,
      request: {
        method: 'eth_sendTransaction',
        params: [
          tx(
            symbioticVault.address,
            encodeFunctionData({ abi: symbioticVault.abi, functionName: 'deposit', args: [DEMO_ACCOUNT, parseEther('2')] }),
          ),
        ],
      },
    },
    {
      id: 'unknown-call',
      label: 'Call a function LRT Advisor does not know on ether.fi’s LiquidityPool',
      restaking: true,
      // 0xdeadbeef is no registered entry point: the warning must say "Not checked", never stay silent.
      request: { method: 'eth_sendTransaction', params: [tx(etherfiDeposit.address, '0xdeadbeef' + '00'.repeat(32))] },
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
        params: [{ to: weETH, data: encodeFunctionData({ abi: [parseAbiItem('function getRate() view returns (uint256)')] }) }, 'latest'],
      },
    },
  ];
}
