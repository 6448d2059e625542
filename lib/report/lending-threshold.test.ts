import { encodeFunctionData, parseAbi, parseEther, type Address } from 'viem';
import { describe, expect, it } from 'vitest';
import { detect } from '../detect/detect';
import { getTokenAddress } from '../protocols/registry';
import { lendingKey } from '../sources/onchain/read-lending';
import { lendingTargets } from '../sources/onchain/targets';
import { lendingThreshold } from './lending-threshold';
import type { OnchainData } from './live-data';

const AAVE_CORE = lendingTargets.find((t) => t.chainId === 1 && t.market === 'Core market')!.pool;
const WEETH = getTokenAddress('weETH', 1)!;
const aave = parseAbi(['function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)']);
const morpho = parseAbi([
  'struct MarketParams { address loanToken; address collateralToken; address oracle; address irm; uint256 lltv; }',
  'function supplyCollateral(MarketParams marketParams, uint256 assets, address onBehalf, bytes data)',
]);
const MORPHO_BLUE: Address = '0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb';
const ME: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

function aaveSupply(pool: Address = AAVE_CORE) {
  const request = {
    method: 'eth_sendTransaction',
    params: [{ from: ME, to: pool, data: encodeFunctionData({ abi: aave, functionName: 'supply', args: [WEETH, parseEther('2'), ME, 0] }) }],
  };
  const [intent] = detect(1, request);
  expect(intent?.action).toBe('supply-collateral');
  return { intent: intent!, request };
}

/** The refresh's output as stored (JSON-safe), with only the reserve configurations filled in. */
const stored = (lending: Record<string, unknown>) => ({ lending }) as unknown as OnchainData;
const AT = Date.parse('2026-11-25T10:00:00Z');

describe('lendingThreshold', () => {
  it('Aave: the reserve’s threshold from the on-chain refresh, with its source and day', () => {
    const { intent, request } = aaveSupply();
    const fact = lendingThreshold(intent, request, '2026-11-25', stored({
      [lendingKey(1, AAVE_CORE, WEETH)]: {
        status: 'ok',
        source: 'rpc:1:AaveV3Pool.getConfiguration',
        asOf: AT,
        blockNumber: '21000000',
        value: { chainId: 1, pool: AAVE_CORE, market: 'Core market', asset: WEETH, symbol: 'weETH', ltvBps: 7250, liquidationThresholdBps: 7500, liquidationBonusBps: 10700, active: true, frozen: false, paused: false, eMode: null, eModeRead: true },
      },
    }));
    expect(fact).toMatchObject({ known: true, value: 0.75, asOf: '2026-11-25' });
    expect(fact.known && fact.source).toBe('rpc:1:AaveV3Pool.getConfiguration (Aave v3 Core market, weETH: threshold 7500 bps, LTV 7250 bps; no E-Mode category takes it as collateral)');
  });

  it('Aave: the E-Mode threshold where a category takes the token, since loops run in E-Mode', () => {
    const { intent, request } = aaveSupply();
    const value = { chainId: 1, pool: AAVE_CORE, market: 'Core market', asset: WEETH, symbol: 'weETH', ltvBps: 7250, liquidationThresholdBps: 7500, liquidationBonusBps: 10700, active: true, frozen: false, paused: false };
    const at = (v: Record<string, unknown>) =>
      lendingThreshold(intent, request, 'd', stored({ [lendingKey(1, AAVE_CORE, WEETH)]: { status: 'ok', source: 'rpc:1:AaveV3Pool.getConfiguration', asOf: AT, blockNumber: null, value: { ...value, ...v } } }));
    const eMode = at({ eMode: { category: 1, ltvBps: 9300, liquidationThresholdBps: 9500 }, eModeRead: true });
    expect(eMode).toMatchObject({ known: true, value: 0.95 });
    expect(eMode.known && eMode.source).toContain('E-Mode category 1 threshold 9500 bps, LTV 9300 bps; outside E-Mode threshold 7500 bps');
    const unread = at({ eMode: null, eModeRead: false });
    expect(unread).toMatchObject({ known: true, value: 0.75 });
    expect(unread.known && unread.source).toContain('E-Mode categories not read, they may allow a higher threshold');
    // A category that takes the token at LTV 0, or lends no WETH, cannot carry a loop: the reserve's own threshold stands.
    const skipped = at({ eMode: null, eModeRead: true, eModeSkipped: [{ category: 2, why: 'ltv-zero' }, { category: 3, why: 'weth-not-borrowable' }] });
    expect(skipped).toMatchObject({ known: true, value: 0.75 });
    expect(skipped.known && skipped.source).toContain('no E-Mode category can carry a loop of it: category 2 lists it at LTV 0, category 3 does not lend WETH');
  });

  it('Aave: unknown, with the reason, when the token is not a reserve, the read failed, or nothing was read', () => {
    const { intent, request } = aaveSupply();
    const key = lendingKey(1, AAVE_CORE, WEETH);
    expect(lendingThreshold(intent, request, 'd', stored({ [key]: { status: 'not-applicable', reason: 'weETH is not a reserve of Aave v3 Core market', source: 'rpc:1:AaveV3Pool.getConfiguration', asOf: AT } })))
      .toEqual({ known: false, reason: 'weETH is not a reserve of Aave v3 Core market', source: 'rpc:1:AaveV3Pool.getConfiguration', asOf: '2026-11-25' });
    expect(lendingThreshold(intent, request, 'd', stored({ [key]: { status: 'failed', error: { name: 'RpcTimeoutError', message: 'rpc timeout' }, source: 's', asOf: AT } })))
      .toMatchObject({ known: false, reason: 'the on-chain read failed (rpc timeout)' });
    expect(lendingThreshold(intent, request, 'd', stored({}))).toMatchObject({ known: false, reason: expect.stringContaining('on chain 1 is not read') });
    expect(lendingThreshold(intent, request, 'd', null)).toMatchObject({ known: false, reason: expect.stringContaining('no on-chain refresh has completed') });
  });

  it('Morpho Blue: the market’s lltv, from the request itself', () => {
    const request = {
      method: 'eth_sendTransaction',
      params: [{
        from: ME,
        to: MORPHO_BLUE,
        data: encodeFunctionData({
          abi: morpho,
          functionName: 'supplyCollateral',
          args: [{ loanToken: getTokenAddress('WETH', 1)!, collateralToken: WEETH, oracle: ME, irm: ME, lltv: 945_000_000_000_000_000n }, parseEther('3'), ME, '0x'],
        }),
      }],
    };
    const [intent] = detect(1, request);
    expect(intent?.protocol).toBe('morpho-blue');
    expect(lendingThreshold(intent!, request, '2026-11-25')).toEqual({ known: true, value: 0.945, source: 'this request: Morpho Blue MarketParams.lltv', asOf: '2026-11-25' });
  });
});
