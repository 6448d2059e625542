/** The peg check's pools that are not Curve StableSwap WETH pools: rsETH on Uniswap v3, ynETH against wstETH. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RATES, RSETH_POOL, YNETH_POOL } from '../../../tests/fixtures/onchain/load-world.ts';
import { ok, useRefreshWorld } from '../../../tests/fixtures/onchain/refresh-harness.ts';
import { standInGetDy, standInQuote } from '../../../tests/fixtures/onchain/stand-in-math.ts';
import { refreshOnchain, type OnchainRefresh } from './refresh-onchain.ts';

const e18 = 10n ** 18n;
const env = useRefreshWorld();

describe('refreshOnchain: market pools of other kinds', () => {
  let result: OnchainRefresh;

  beforeAll(async () => {
    await env.reset();
    result = await refreshOnchain(env.harness().deps);
  });

  it("prices rsETH on the venue registry's Uniswap v3 pool through the Quoter, after checking the pool's pair, fee and factory", () => {
    const rs = result.market.kelp!;
    expect(rs.source).toBe('rpc:1:UniswapV3Quoter.quoteExactInputSingle');
    const v = ok(rs);
    expect(v).toMatchObject({ pool: '0x059615EBf32C946aaab3D44491f78e4F8e97e1D3', venue: 'Uniswap v3', quoteSymbol: 'WETH', redemptionWad: RATES.kelp });
    expect(v).toMatchObject({ lrtBalance: RSETH_POOL.rseth, quoteBalance: RSETH_POOL.weth });
    // 1000 rsETH (1.05 ETH each) against 1000 WETH: about 1 WETH per rsETH less the 0.05 % fee, ~4.8 % under its rate.
    expect(v.priceWad).toBe(standInQuote(RSETH_POOL.rseth, RSETH_POOL.weth, e18 / 100n, 500n) * 100n);
    expect(v.depegBps!).toBeGreaterThan(480);
    expect(v.depegBps!).toBeLessThan(486);
    const ten = v.quotes.find((q) => q.amountIn === 10n * e18)!;
    expect(ten.amountOut).toBe(standInQuote(RSETH_POOL.rseth, RSETH_POOL.weth, 10n * e18, 500n));
    expect(ten.lossWei).toBe(10n * RATES.kelp - ten.amountOut);
  });

  it("prices ynETH on Curve's ynETH/wstETH Twocrypto pool, its wstETH counted at wstETH's own stETH rate", () => {
    const yn = result.market.yieldnest!;
    expect(yn.source).toBe('rpc:1:CurveTwocryptoNG.get_dy + rpc:1:wstETH.stEthPerToken');
    expect(yn.status === 'ok' && yn.note).toBe('wstETH counted at its stETH rate, stETH at 1 ETH');
    const v = ok(yn);
    expect(v).toMatchObject({ pool: '0x19B8524665aBAC613D82eCE5D8347BA44C714bDd', venue: 'Curve', quoteSymbol: 'wstETH', redemptionWad: RATES.yieldnest });
    expect(v).toMatchObject({ lrtBalance: YNETH_POOL.yneth, quoteBalance: YNETH_POOL.wsteth });
    const wstEthOut = (dx: bigint) => standInGetDy(YNETH_POOL.yneth, YNETH_POOL.wsteth, RATES.yieldnest, YNETH_POOL.stEthPerToken, dx, 4n);
    const inEth = (wst: bigint) => (wst * YNETH_POOL.stEthPerToken) / e18;
    expect(v.priceWad).toBe(inEth(wstEthOut(e18 / 100n)) * 100n);
    // 306 ETH of ynETH against 300 ETH of wstETH: about 0.9996 ETH per ynETH against 1.02, some 2 % under its rate.
    expect(v.depegBps!).toBeGreaterThan(195);
    expect(v.depegBps!).toBeLessThan(205);
    const one = v.quotes.find((q) => q.amountIn === e18)!;
    expect(one.amountOut).toBe(inEth(wstEthOut(e18)));
    expect(one.redemptionOut).toBe(RATES.yieldnest);
  });

  it("leaves inETH, for which the registry knows no pool, to DefiLlama's price", () => {
    expect(result.market.inception).toMatchObject({ status: 'not-applicable', reason: 'no on-chain pool known' });
  });
});
