/**
 * A trade through a registered venue that buys or sells a registered LRT (or LST): one `swap` intent, the LRT in
 * `token` when bought, in `asset` when sold. Reads only calldata whose tokens are in it: Uniswap v2/v3 routers and
 * SwapRouter02 (paths decoded), Universal Router command streams (v2, v3 and single-pool v4 swaps), 1inch's
 * `swap` (source and destination in its description), 1inch `unoswap` (the token sold; the one bought when the pool
 * is a registered Curve pool) and 0x AllowanceHolder `exec`
 * (the token sold, and the one bought from the Settler `execute` it forwards). Curve pools and Pendle: detect-pools.ts.
 * ABIs: Uniswap/v2-periphery IUniswapV2Router02, Uniswap/v3-periphery ISwapRouter, Uniswap/swap-router-contracts
 * IV3SwapRouter, Uniswap/universal-router Commands.sol + Dispatcher.sol, Uniswap/v4-periphery Actions.sol +
 * IV4Router.sol, 1inch/1inch-v6 AggregationRouterV6, 0xProject/0x-settler IAllowanceHolder.
 */
import { decodeAbiParameters, decodeFunctionData, parseAbi, parseAbiParameters, type Hex } from 'viem';
import type { ParsedCall } from '../requests/types';
import { venueAt } from '../venues/venue-at';
import { curveTrades, pendleTrades } from './detect-pools';
import { NATIVE_ETH, type Intent } from './intent';
import { swapIntent, type Trade } from './swap-intent';

const ROUTER_ABI = parseAbi([
  // SwapRouter02 (IV3SwapRouter: no deadline in the struct)
  'function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)',
  'function exactInput((bytes path, address recipient, uint256 amountIn, uint256 amountOutMinimum) params)',
  'function exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params)',
  'function exactOutput((bytes path, address recipient, uint256 amountOut, uint256 amountInMaximum) params)',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to)',
  'function multicall(uint256 deadline, bytes[] data)',
  'function multicall(bytes32 previousBlockhash, bytes[] data)',
  'function multicall(bytes[] data)',
  // SwapRouter (v3, with deadline)
  'function exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)',
  'function exactInput((bytes path, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum) params)',
  'function exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params)',
  'function exactOutput((bytes path, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum) params)',
  // Uniswap v2 Router02
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  // Universal Router
  'function execute(bytes commands, bytes[] inputs, uint256 deadline)',
  'function execute(bytes commands, bytes[] inputs)',
  // 1inch v6 and v5
  'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes data)',
  'function swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes permit, bytes data)',
  'function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex)',
  'function ethUnoswap(uint256 minReturn, uint256 dex)',
  // 0x AllowanceHolder
  'function exec(address operator, address token, uint256 amount, address target, bytes data)',
]);

/** Uniswap v3 path: token (20 bytes), then fee (3) and token (20) per hop. */
function pathEnds(path: Hex): [string, string] | null {
  const hex = path.slice(2);
  if (hex.length < 86 || (hex.length - 40) % 46 !== 0) return null;
  return [`0x${hex.slice(0, 40)}`, `0x${hex.slice(-40)}`];
}

// Universal Router commands (Uniswap/universal-router contracts/libraries/Commands.sol).
const V3_SWAP_EXACT_IN = 0x00;
const V3_SWAP_EXACT_OUT = 0x01;
const V2_SWAP_EXACT_IN = 0x08;
const V2_SWAP_EXACT_OUT = 0x09;
const WRAP_ETH = 0x0b;
const V4_SWAP = 0x10;
// v4 router actions (Uniswap/v4-periphery src/libraries/Actions.sol).
const V4_SWAP_EXACT_IN_SINGLE = 0x06;
const V4_SWAP_EXACT_OUT_SINGLE = 0x08;

const V3_IN = parseAbiParameters('address recipient, uint256 amountIn, uint256 amountOutMin, bytes path, bool payerIsUser');
const V2_IN = parseAbiParameters('address recipient, uint256 amountIn, uint256 amountOutMin, address[] path, bool payerIsUser');
const V4_ACTIONS = parseAbiParameters('bytes actions, bytes[] params');
const V4_SINGLE = parseAbiParameters(
  '((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, bool zeroForOne, uint128 amountIn, uint128 amountOut, bytes hookData)',
);

function universalRouterTrades(commands: Hex, inputs: readonly Hex[]): Trade[] {
  const trades: Trade[] = [];
  const bytes = commands.slice(2);
  let wrapped = false;
  for (let i = 0; i * 2 < bytes.length && i < inputs.length; i++) {
    const command = Number.parseInt(bytes.slice(i * 2, i * 2 + 2), 16) & 0x3f;
    const input = inputs[i]!;
    try {
      if (command === WRAP_ETH) wrapped = true;
      if (command === V3_SWAP_EXACT_IN || command === V3_SWAP_EXACT_OUT) {
        const [, amount, , path] = decodeAbiParameters(V3_IN, input);
        const ends = pathEnds(path);
        if (!ends) continue;
        const [sold, bought] = command === V3_SWAP_EXACT_IN ? ends : [ends[1], ends[0]];
        trades.push({ sold, bought, amount: command === V3_SWAP_EXACT_IN ? amount : null, soldEth: wrapped, fn: command === V3_SWAP_EXACT_IN ? 'V3_SWAP_EXACT_IN' : 'V3_SWAP_EXACT_OUT' });
      }
      if (command === V2_SWAP_EXACT_IN || command === V2_SWAP_EXACT_OUT) {
        const [, amount, , path] = decodeAbiParameters(V2_IN, input);
        if (path.length < 2) continue;
        trades.push({ sold: path[0]!, bought: path[path.length - 1]!, amount: command === V2_SWAP_EXACT_IN ? amount : null, soldEth: wrapped, fn: command === V2_SWAP_EXACT_IN ? 'V2_SWAP_EXACT_IN' : 'V2_SWAP_EXACT_OUT' });
      }
      if (command === V4_SWAP) {
        const [actions, params] = decodeAbiParameters(V4_ACTIONS, input);
        const a = actions.slice(2);
        for (let j = 0; j * 2 < a.length && j < params.length; j++) {
          const action = Number.parseInt(a.slice(j * 2, j * 2 + 2), 16);
          if (action !== V4_SWAP_EXACT_IN_SINGLE && action !== V4_SWAP_EXACT_OUT_SINGLE) continue;
          const [p] = decodeAbiParameters(V4_SINGLE, params[j]!);
          const [zero, one] = [p.poolKey.currency0, p.poolKey.currency1];
          const [sold, bought] = p.zeroForOne ? [zero, one] : [one, zero];
          const ZERO = '0x0000000000000000000000000000000000000000';
          trades.push({
            sold,
            bought,
            amount: action === V4_SWAP_EXACT_IN_SINGLE ? p.amountIn : null,
            soldEth: sold === ZERO,
            boughtEth: bought === ZERO,
            fn: action === V4_SWAP_EXACT_IN_SINGLE ? 'V4_SWAP/SWAP_EXACT_IN_SINGLE' : 'V4_SWAP/SWAP_EXACT_OUT_SINGLE',
          });
        }
      }
    } catch {
      // A command whose input does not decode says nothing about tokens; the rest of the stream still may.
    }
  }
  return trades;
}

// 0x Settler, called by AllowanceHolder.exec (0xProject/0x-settler src/interfaces/ISettlerBase.sol AllowedSlippage).
const SETTLER_ABI = parseAbi(['function execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zidAndAffiliate)']);

/** The token a 0x Settler `execute` buys: its slippage check names it. Null when the data is something else. */
function settlerBuyToken(data: Hex): string | null {
  try {
    const decoded = decodeFunctionData({ abi: SETTLER_ABI, data });
    return decoded.args[0].buyToken;
  } catch {
    return null;
  }
}

/**
 * 1inch v6 `unoswap`: the pool is the low 160 bits of `dex` (1inch/1inch-v6 contracts/libs/ProtocolLib.sol). Through a
 * registered two-coin Curve pool, what comes out is the coin that does not go in; other pools' tokens are not in the
 * calldata.
 */
function otherCoin(chainId: number, dex: bigint, sold: string): string | null {
  const coins = venueAt(chainId, toAddress(dex))?.deployment.coins;
  if (!coins || coins.length !== 2) return null;
  const i = coins.findIndex((c) => c.toLowerCase() === sold.toLowerCase() || (sold === NATIVE_ETH && c.toLowerCase() === WETH_OR_ETH[chainId]));
  return i < 0 ? null : coins[1 - i]!;
}
/** ETH sent to a pool that holds WETH goes in as WETH (1inch wraps it). */
const WETH_OR_ETH: Readonly<Record<number, string>> = { 1: '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2' };

const ADDRESS_MASK = (1n << 160n) - 1n;
const toAddress = (n: bigint) => `0x${(n & ADDRESS_MASK).toString(16).padStart(40, '0')}`;

function tradesOf(chainId: number, data: Hex, value: bigint, depth = 0): Trade[] {
  let decoded;
  try {
    decoded = decodeFunctionData({ abi: ROUTER_ABI, data });
  } catch {
    return [];
  }
  const fn = decoded.functionName;
  const args = decoded.args as readonly unknown[];
  switch (fn) {
    case 'exactInputSingle':
    case 'exactOutputSingle': {
      const p = args[0] as { tokenIn: string; tokenOut: string; amountIn?: bigint; amountInMaximum?: bigint };
      return [{ sold: p.tokenIn, bought: p.tokenOut, amount: p.amountIn ?? p.amountInMaximum ?? null, soldEth: value > 0n, fn }];
    }
    case 'exactInput':
    case 'exactOutput': {
      const p = args[0] as { path: Hex; amountIn?: bigint; amountInMaximum?: bigint };
      const ends = pathEnds(p.path);
      if (!ends) return [];
      const [sold, bought] = fn === 'exactInput' ? ends : [ends[1], ends[0]];
      return [{ sold, bought, amount: p.amountIn ?? p.amountInMaximum ?? null, soldEth: value > 0n, fn }];
    }
    case 'swapExactTokensForTokens':
    case 'swapTokensForExactTokens':
    case 'swapExactTokensForETH':
    case 'swapTokensForExactETH':
    case 'swapExactTokensForTokensSupportingFeeOnTransferTokens':
    case 'swapExactTokensForETHSupportingFeeOnTransferTokens': {
      const path = args[2] as readonly string[];
      if (path.length < 2) return [];
      return [{ sold: path[0]!, bought: path[path.length - 1]!, amount: args[fn.startsWith('swapExact') ? 0 : 1] as bigint, boughtEth: fn.includes('ForETH') || fn.includes('ForExactETH'), fn }];
    }
    case 'swapExactETHForTokens':
    case 'swapETHForExactTokens':
    case 'swapExactETHForTokensSupportingFeeOnTransferTokens': {
      const path = args[1] as readonly string[];
      if (path.length < 2) return [];
      return [{ sold: path[0]!, bought: path[path.length - 1]!, amount: value, soldEth: true, fn }];
    }
    case 'multicall': {
      if (depth > 1) return [];
      const calls = args[args.length - 1] as readonly Hex[];
      return calls.slice(0, 16).flatMap((c) => tradesOf(chainId, c, value, depth + 1));
    }
    case 'execute':
      return universalRouterTrades(args[0] as Hex, args[1] as readonly Hex[]);
    case 'swap': {
      const desc = args[1] as { srcToken: string; dstToken: string; amount: bigint };
      return [{ sold: desc.srcToken, bought: desc.dstToken, amount: desc.amount, fn }];
    }
    case 'unoswap': {
      const sold = toAddress(args[0] as bigint);
      return [{ sold, bought: otherCoin(chainId, args[3] as bigint, sold), amount: args[1] as bigint, fn }];
    }
    case 'ethUnoswap':
      return [{ sold: null, soldEth: true, bought: otherCoin(chainId, args[1] as bigint, NATIVE_ETH), amount: value, fn }];
    case 'exec':
      return [{ sold: args[1] as string, bought: settlerBuyToken(args[4] as Hex), amount: args[2] as bigint, fn }];
  }
  return [];
}

/** Swap intents for a call to a registered venue; [] when the call is not a decodable trade of an LRT. */
export function detectSwap(chainId: number, call: ParsedCall): Intent[] {
  if (call.to === null) return [];
  const venue = venueAt(chainId, call.to);
  if (!venue) return [];
  const intents: Intent[] = [];
  const trades = venue.deployment.coins
    ? curveTrades(venue.deployment.coins, call.data as Hex, call.value)
    : venue.family.id === 'pendle'
      ? pendleTrades(chainId, call.data as Hex)
      : tradesOf(chainId, call.data as Hex, call.value);
  for (const trade of trades) {
    const intent = swapIntent(chainId, venue, trade);
    if (intent) intents.push(intent);
  }
  return intents;
}
