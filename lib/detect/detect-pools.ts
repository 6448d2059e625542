/**
 * Trades on venues whose calldata names a pool or market rather than the tokens: Curve `exchange(i, j, dx, min_dy)`
 * (the coins come from the pool's entry in lib/venues/curve.ts) and Pendle's router swapping a token into or out of
 * the PT/YT of a registered market (lib/venues/pendle.ts: the market names its LRT).
 * ABIs: curvefi/stableswap-ng CurveStableSwapNG.vy and the classic/crypto pools' `exchange`; pendle-finance/
 * pendle-core-v2-public contracts/interfaces/IPActionSwapPTV3.sol, IPActionSwapYTV3.sol, IPAllActionTypeV3.sol.
 */
import { decodeFunctionData, parseAbi, type Hex } from 'viem';
import { venueAt } from '../venues/venue-at';
import { NATIVE_ETH } from './intent';
import type { Trade } from './swap-intent';
import { tokenById } from './tokens';

const CURVE_ABI = parseAbi([
  'function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy)',
  'function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy, address receiver)',
  'function exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy)',
  'function exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy, bool use_eth)',
  'function exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy, bool use_eth, address receiver)',
  'function exchange_received(int128 i, int128 j, uint256 dx, uint256 min_dy)',
  'function exchange_received(int128 i, int128 j, uint256 dx, uint256 min_dy, address receiver)',
]);

const ETH = NATIVE_ETH.toLowerCase();

export function curveTrades(coins: readonly string[], data: Hex, value: bigint): Trade[] {
  let decoded;
  try {
    decoded = decodeFunctionData({ abi: CURVE_ABI, data });
  } catch {
    return [];
  }
  const [i, j, dx] = decoded.args as unknown as readonly [bigint, bigint, bigint];
  const sold = i >= 0n && i < BigInt(coins.length) ? coins[Number(i)]! : null;
  const bought = j >= 0n && j < BigInt(coins.length) ? coins[Number(j)]! : null;
  if (sold === null || bought === null || sold === bought) return [];
  const soldEth = sold.toLowerCase() === ETH;
  return [{ sold, bought, amount: soldEth && value > 0n ? value : dx, soldEth, boughtEth: bought.toLowerCase() === ETH, fn: `${decoded.functionName}(${i},${j})` }];
}

const PENDLE_ABI = parseAbi([
  'struct SwapData { uint8 swapType; address extRouter; bytes extCalldata; bool needScale; }',
  'struct TokenInput { address tokenIn; uint256 netTokenIn; address tokenMintSy; address pendleSwap; SwapData swapData; }',
  'struct TokenOutput { address tokenOut; uint256 minTokenOut; address tokenRedeemSy; address pendleSwap; SwapData swapData; }',
  'struct ApproxParams { uint256 guessMin; uint256 guessMax; uint256 guessOffchain; uint256 maxIteration; uint256 eps; }',
  'struct Order { uint256 salt; uint256 expiry; uint256 nonce; uint8 orderType; address token; address YT; address maker; address receiver; uint256 makingAmount; uint256 lnImpliedRate; uint256 failSafeRate; bytes permit; }',
  'struct FillOrderParams { Order order; bytes signature; uint256 makingAmount; }',
  'struct LimitOrderData { address limitRouter; uint256 epsSkipMarket; FillOrderParams[] normalFills; FillOrderParams[] flashFills; bytes optData; }',
  'function swapExactTokenForPt(address receiver, address market, uint256 minPtOut, ApproxParams guessPtOut, TokenInput input, LimitOrderData limit)',
  'function swapExactTokenForYt(address receiver, address market, uint256 minYtOut, ApproxParams guessYtOut, TokenInput input, LimitOrderData limit)',
  'function swapExactPtForToken(address receiver, address market, uint256 exactPtIn, TokenOutput output, LimitOrderData limit)',
  'function swapExactYtForToken(address receiver, address market, uint256 exactYtIn, TokenOutput output, LimitOrderData limit)',
]);

export function pendleTrades(chainId: number, data: Hex): Trade[] {
  let decoded;
  try {
    decoded = decodeFunctionData({ abi: PENDLE_ABI, data });
  } catch {
    return [];
  }
  const fn = decoded.functionName;
  const args = decoded.args as readonly unknown[];
  const market = args[1] as `0x${string}`;
  const underlying = venueAt(chainId, market)?.deployment.underlying;
  const lrt = underlying ? tokenById(underlying, chainId) : null;
  if (!lrt) return [];
  const kind = fn.includes('Pt') ? 'PT' : 'YT';
  if (fn === 'swapExactTokenForPt' || fn === 'swapExactTokenForYt') {
    const input = args[4] as { tokenIn: string; netTokenIn: bigint };
    const soldEth = input.tokenIn === '0x0000000000000000000000000000000000000000';
    return [{ sold: input.tokenIn, bought: lrt.out.address, amount: input.netTokenIn, soldEth, fn, derivative: { kind, market, bought: true } }];
  }
  const output = args[3] as { tokenOut: string };
  const boughtEth = output.tokenOut === '0x0000000000000000000000000000000000000000';
  return [{ sold: lrt.out.address, bought: output.tokenOut, amount: args[2] as bigint, boughtEth, fn, derivative: { kind, market, bought: false } }];
}
