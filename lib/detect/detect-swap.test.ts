import { encodeAbiParameters, encodeFunctionData, parseAbi, parseAbiParameters } from 'viem';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

// Registered addresses: weETH and WETH on Ethereum (lib/protocols), routers (lib/venues).
const WEETH = '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee';
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const V2_ROUTER = '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D';
const UNIVERSAL_V4 = '0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af';
const ALLOWANCE_HOLDER = '0x0000000000001fF3684f28c67538d4D072C22734';
const ME = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';
const tx = (to: string, data: string, value = '0x0') => ({ method: 'eth_sendTransaction', params: [{ from: ME, to, data, value }] });

describe('detectSwap', () => {
  it('reads a Uniswap v2 ETH → weETH buy: ETH sold (the value), weETH bought', () => {
    const data = encodeFunctionData({
      abi: parseAbi(['function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable']),
      args: [1n, [WETH, WEETH], ME, 1_800_000_000n],
    });
    const [intent] = detect(1, tx(V2_ROUTER, data, '0xde0b6b3a7640000'));
    expect(intent).toMatchObject({ action: 'swap', protocol: 'etherfi', asset: { symbol: 'ETH', amount: '1000000000000000000' }, token: { symbol: 'weETH' }, venue: { id: 'uniswap' } });
  });

  it('reads a single-pool Uniswap v4 swap inside a Universal Router V4_SWAP command', () => {
    const poolKey = { currency0: '0x0000000000000000000000000000000000000000', currency1: WEETH, fee: 100, tickSpacing: 1, hooks: '0x0000000000000000000000000000000000000000' } as const;
    const single = encodeAbiParameters(
      parseAbiParameters('((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, bool zeroForOne, uint128 amountIn, uint128 amountOut, bytes hookData)'),
      [{ poolKey, zeroForOne: false, amountIn: 5n * 10n ** 17n, amountOut: 1n, hookData: '0x' }],
    );
    const v4 = encodeAbiParameters(parseAbiParameters('bytes actions, bytes[] params'), ['0x060c0f', [single, '0x', '0x']]);
    const data = encodeFunctionData({ abi: parseAbi(['function execute(bytes commands, bytes[] inputs, uint256 deadline) payable']), args: ['0x10', [v4], 1_800_000_000n] });
    const [intent] = detect(1, tx(UNIVERSAL_V4, data));
    expect(intent).toMatchObject({ action: 'swap', function: 'V4_SWAP/SWAP_EXACT_IN_SINGLE', asset: { symbol: 'weETH', amount: '500000000000000000' }, token: null, receives: { symbol: 'ETH' } });
  });

  it('reads the token sold through 0x AllowanceHolder exec', () => {
    const data = encodeFunctionData({
      abi: parseAbi(['function exec(address operator, address token, uint256 amount, address target, bytes data) payable']),
      args: [ME, WEETH, 10n ** 18n, '0x0d0E364aa7852291883C162B22D6D81f6355428F', '0x'],
    });
    const [intent] = detect(1, tx(ALLOWANCE_HOLDER, data));
    expect(intent).toMatchObject({ action: 'swap', asset: { symbol: 'weETH' }, token: null, receives: null, venue: { id: '0x' } });
  });

  it('reads what 1inch unoswap buys when the pool is a registered Curve pool (the pool is the low 160 bits of dex)', () => {
    const ONEINCH = '0x111111125421cA6dc452d289314280a0f8842A65';
    // Curve ezETH/WETH (coins ezETH, WETH) with protocol bits set above the address, as 1inch's ProtocolLib packs them.
    const dex = (2n << 253n) | BigInt('0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E');
    const EZETH = '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110';
    const abi = parseAbi(['function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex)', 'function ethUnoswap(uint256 minReturn, uint256 dex) payable']);
    const [sell] = detect(1, tx(ONEINCH, encodeFunctionData({ abi, functionName: 'unoswap', args: [BigInt(EZETH), 10n ** 18n, 1n, dex] })));
    expect(sell).toMatchObject({ action: 'swap', asset: { symbol: 'ezETH' }, token: null, receives: { symbol: 'WETH' } });
    const [buy] = detect(1, tx(ONEINCH, encodeFunctionData({ abi, functionName: 'ethUnoswap', args: [1n, dex] }), '0xde0b6b3a7640000'));
    expect(buy).toMatchObject({ action: 'swap', asset: { symbol: 'ETH', amount: '1000000000000000000' }, token: { symbol: 'ezETH' } });
  });

  it('reads the token bought from the Settler execute that 0x AllowanceHolder exec forwards', () => {
    const settler = encodeFunctionData({
      abi: parseAbi(['function execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zid) payable']),
      args: [{ recipient: ME, buyToken: WEETH, minAmountOut: 1n }, [], `0x${'0'.repeat(64)}`],
    });
    const data = encodeFunctionData({
      abi: parseAbi(['function exec(address operator, address token, uint256 amount, address target, bytes data) payable']),
      args: [ME, WETH, 10n ** 18n, '0x0d0E364aa7852291883C162B22D6D81f6355428F', settler],
    });
    expect(detect(1, tx(ALLOWANCE_HOLDER, data))[0]).toMatchObject({ action: 'swap', asset: { symbol: 'WETH' }, token: { symbol: 'weETH' } });
  });

  it('gives nothing for a trade that touches no LRT, or a router call that does not decode', () => {
    const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
    const data = encodeFunctionData({
      abi: parseAbi(['function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)']),
      args: [1n, 1n, [USDC, WETH], ME, 1n],
    });
    expect(detect(1, tx(V2_ROUTER, data))).toEqual([]);
    expect(detect(1, tx(V2_ROUTER, '0x38ed1739deadbeef'))).toEqual([]);
  });
});
