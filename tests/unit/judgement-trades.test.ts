/**
 * The new trade paths of the judgement corpus: the encoders make the selectors the venues publish, each trade names
 * its LRT (bought in `token`, sold in `asset`, PT/YT said), orders that pay someone else and permits of tokens posing
 * as an LRT are critical, buys are judged on the LRT alone, lending supplies are never high on the market's account.
 */
import { toFunctionSelector } from 'viem';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { getTokenAddress } from '../../lib/protocols/registry';
import { actionHeadline } from '../../lib/present/warning-screen';
import { ONE, PERSON } from '../fixtures/judgement/build';
import { cowOrder, curveExchange, PENDLE_ABI, pendleBuy, pendleSell, uniswapXOrder, ZEROX_ABI } from '../fixtures/judgement/build-trades';
import { buyCorpus, dangerousTrades, everydayTrades } from '../fixtures/judgement/corpus-trades';
import { lendingCorpus } from '../fixtures/judgement/corpus';
import { isSevere, measure } from '../fixtures/judgement/measure';

const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const WEETH = getTokenAddress('weETH', 1)!;
const ROUTER = '0x888888888889758F76e7103c6CbF23ABbF58F946';
const selector = (name: string) => toFunctionSelector(PENDLE_ABI.find((f) => f.type === 'function' && f.name === name) as never);

describe('trade encodings', () => {
  it('make the selectors the venues publish', () => {
    // Pendle router v4 (4byte-verified, quoted in integrations): buy PT c81f847a, sell PT 594a88cc, buy YT ed48907e.
    expect([selector('swapExactTokenForPt'), selector('swapExactPtForToken'), selector('swapExactTokenForYt')]).toEqual(['0xc81f847a', '0x594a88cc', '0xed48907e']);
    // Curve exchange(int128,int128,uint256,uint256) is 0x3df02124; 0x AllowanceHolder exec is 0x2213bc0b.
    expect(curveExchange('0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E', 0, 1, ONE).params[0]!.data.slice(0, 10)).toBe('0x3df02124');
    expect(toFunctionSelector(ZEROX_ABI[0])).toBe('0x2213bc0b');
  });
});

describe('trade intents', () => {
  it('reads a Curve exchange by the pool’s coin order', () => {
    const [sell] = detect(1, curveExchange('0x85dE3ADd465a219EE25E04d22c39aB027cF5C12E', 0, 1, ONE));
    expect(sell).toMatchObject({ action: 'swap', asset: { symbol: 'ezETH', amount: ONE.toString() }, token: null, receives: { symbol: 'WETH' }, venue: { id: 'curve' } });
    const [buy] = detect(1, curveExchange('0xDB74dfDD3BB46bE8Ce6C33dC9D82777BCFc3dEd5', 0, 1, ONE, PERSON));
    expect(buy).toMatchObject({ action: 'swap', asset: { symbol: 'WETH' }, token: { symbol: 'weETH' } });
  });

  it('names the LRT under a Pendle PT or YT, and says which', () => {
    const market = '0xF32e58F92e60f4b0A37A69b95d642A471365EAe8';
    const [buy] = detect(1, pendleBuy(ROUTER, market, 'YT', WEETH, ONE));
    expect(buy).toMatchObject({ action: 'swap', token: { symbol: 'weETH' }, derivative: { kind: 'YT', market } });
    expect(actionHeadline(buy!)).toBe('Buy YT-weETH with 1 weETH on Pendle');
    const [sell] = detect(1, pendleSell(ROUTER, market, 'PT', WETH, ONE));
    expect(sell).toMatchObject({ asset: { symbol: 'weETH' }, token: null, receives: { symbol: 'WETH' }, derivative: { kind: 'PT' } });
    // A market no registry holds names no LRT.
    expect(detect(1, pendleBuy(ROUTER, '0x1111111111111111111111111111111111111111', 'PT', WEETH, ONE))).toEqual([]);
  });

  it('reads signed orders as trades, and calls out one that pays someone else', () => {
    const [mine] = detect(1, cowOrder(1, WEETH, WETH, ONE));
    expect(mine).toMatchObject({ action: 'swap', asset: { symbol: 'weETH' }, venue: { id: 'cow' } });
    expect(mine!.flags).toBeUndefined();
    const [theirs] = detect(1, cowOrder(1, WEETH, WETH, ONE, '0x7a3f19c1e6b5d2a4c8e0f1b2d3c4a5e6f7081929'));
    expect(theirs!.flags).toEqual(['foreign-receiver']);
    expect(actionHeadline(theirs!)).toBe('Sell 1 weETH on CoW Protocol · you get WETH · paid to another address');
    const [x] = detect(1, uniswapXOrder('V2DutchOrder', 1, '0x00000011F84B9aa48e5f8aA8B9897600006289Be', WETH, WEETH, ONE));
    expect(x).toMatchObject({ action: 'swap', token: { symbol: 'weETH' }, function: 'PermitWitnessTransferFrom (UniswapX V2DutchOrder)' });
  });
});

describe('judged', () => {
  const sells = measure(everydayTrades());
  const buys = measure(buyCorpus());
  const dangerous = measure(dangerousTrades());

  it('puts no sale at HIGH and misses no dangerous order or fake permit', () => {
    expect(sells.length).toBeGreaterThan(60);
    expect(sells.filter(isSevere).map((m) => m.case.name)).toEqual([]);
    expect(dangerous.length).toBeGreaterThanOrEqual(60);
    expect(dangerous.filter((m) => !isSevere(m)).map((m) => `${m.case.name}: ${m.level}`)).toEqual([]);
    // A bounded Permit2 transfer to an unknown reactor is HIGH like any bounded allowance to an unknown address whose
    // code was not read; orders that pay someone else and permits of a fake LRT are critical.
    expect(dangerous.filter((m) => /pays another|fake/.test(m.case.name) && m.level !== 'critical').map((m) => m.case.name)).toEqual([]);
  });

  it('says a fake permit and a foreign receiver in one plain line', () => {
    for (const m of dangerous) {
      const severe = m.messages.filter((line) => /^\[(critical|high)\]/.test(line));
      expect(severe, m.case.name).toHaveLength(1);
      expect(severe[0], m.case.name).not.toMatch(/0x[0-9a-fA-F]{6}/);
    }
    expect(dangerous.find((m) => m.case.name.startsWith('permit for a fake weETH'))!.messages[0]).toContain('poses as weETH');
    expect(dangerous.find((m) => m.case.name.includes('CoW order that pays'))!.messages[0]).toContain('another address');
  });

  it('judges a buy on the LRT’s own facts up to caution: never HIGH because of the venue or the token', () => {
    for (const m of buys) expect(m.messages.filter((l) => /^\[(high|critical)\]/.test(l)), m.case.name).toEqual([]);
    expect(buys.filter(isSevere).map((m) => m.case.name)).toEqual([]);
    expect(buys.filter((m) => m.level === 'caution').length).toBeGreaterThan(0);
  });

  it('never puts a lending supply at HIGH on the market’s account', () => {
    for (const m of measure(lendingCorpus())) expect(m.messages.filter((l) => /^\[(high|critical)\] looping/.test(l)), m.case.name).toEqual([]);
  });
});
