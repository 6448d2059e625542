import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../evaluate';
import { known, unknown } from '../fact';
import { context, intent } from '../../../tests/support/risk-context';
import type { Intent } from '../../detect/intent';
import { buyPriceRule } from './buy-price';
import { spenderRule } from './spender';

const WEETH = '0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee' as const;
const STRANGER = '0x1111111111111111111111111111111111111111' as const;

const grant = (overrides: Partial<Intent>): Intent =>
  intent({ action: 'approve', function: 'approve(address,uint256)', asset: { symbol: 'weETH', address: WEETH, amount: '1000000000000000000' }, ...overrides });
const unregistered = (amount: string): Partial<Intent> => ({
  contract: { address: STRANGER, name: 'an unregistered contract', verification: 'unverified' },
  spender: STRANGER,
  asset: { symbol: 'weETH', address: WEETH, amount },
  flags: ['unregistered-spender'],
});
const code = (has: boolean) => ({ spenderCode: known(has, 'eth_getCode on chain 1', '2026-11-24') });

describe('spender', () => {
  it.each<[string, Partial<Intent>, Record<string, unknown>, string]>([
    ['the protocol’s own contract', {}, {}, 'ok'],
    ['a venue, bounded', { venue: { id: 'uniswap', name: 'Uniswap' }, contract: { address: '0x000000000022D473030F116dDEE9F6B43aC78BA3', name: 'Permit2', verification: 'primary' } }, {}, 'ok'],
    ['a venue, unlimited', { venue: { id: 'uniswap', name: 'Uniswap' }, asset: { symbol: 'weETH', address: WEETH, amount: 'unlimited' } }, {}, 'caution'],
    ['an unknown contract, bounded', unregistered('5'), code(true), 'high'],
    ['an unknown contract, unlimited', unregistered('unlimited'), code(true), 'critical'],
    ['an address with no code, bounded', unregistered('5'), code(false), 'critical'],
    ['an unknown address not read, bounded', unregistered('5'), {}, 'high'],
    ['an unknown address not read, unlimited', unregistered('unlimited'), { spenderCode: unknown('offline') }, 'critical'],
    ['a look-alike, bounded', { ...unregistered('5'), flags: ['unregistered-spender', 'look-alike-spender'] }, code(true), 'critical'],
  ])('%s → %s', (_, overrides, facts, level) => {
    expect(evaluateRule(spenderRule, context(facts, grant(overrides))).level).toBe(level);
  });

  it('says in one line when the address could not be checked', () => {
    const finding = evaluateRule(spenderRule, context({}, grant(unregistered('unlimited'))));
    expect(finding.message).toBe('An unknown address could take all your weETH: it is not a known protocol or venue (couldn’t check whether this address is a contract).');
    expect(finding.message).not.toMatch(/0x/);
  });

  it('names a plain account for what it is', () => {
    expect(evaluateRule(spenderRule, context(code(false), grant(unregistered('unlimited')))).message).toBe(
      'Whoever holds this address could take your weETH: it is a plain account, not a contract.',
    );
  });

  it('does not judge a deposit', () => {
    expect(evaluateRule(spenderRule, context({}, intent())).level).toBe('not-applicable');
  });
});

describe('buy-price', () => {
  const buy = intent({ action: 'swap', function: 'exactInputSingle', token: { symbol: 'weETH', address: WEETH, chainId: 1 } });
  const peg = (marketPrice: number) => ({ peg: known({ marketPrice, redemptionValue: 1.07, market: 'Curve weETH/WETH' }, 'https://example.test/source', '2026-11-20') });
  it.each([
    [1.07, 'ok'],
    [1.06, 'ok'],
    [1.0765, 'caution'],
    [1.11, 'high'],
  ])('market %s vs redemption 1.07 → %s', (price, level) => {
    expect(evaluateRule(buyPriceRule, context(peg(price), buy)).level).toBe(level);
  });
  it('says what a discount saves against depositing', () => {
    expect(evaluateRule(buyPriceRule, context(peg(1.0593), buy)).message).toBe('Buying here costs 1% less than depositing with the protocol.');
  });
  it('does not judge a sale', () => {
    expect(evaluateRule(buyPriceRule, context(peg(1.2), intent({ action: 'swap', token: null }))).level).toBe('not-applicable');
  });
  it('does not price a Pendle PT or YT against the LRT’s redemption value', () => {
    const pt = { ...buy, derivative: { kind: 'PT' as const, market: '0xF32e58F92e60f4b0A37A69b95d642A471365EAe8' as const } };
    expect(evaluateRule(buyPriceRule, context(peg(1.2), pt)).level).toBe('not-applicable');
  });
});
