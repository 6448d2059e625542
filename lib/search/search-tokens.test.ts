import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { buildTokenIndex, type TokenIndexEntry } from '../worker/token-index';
import { searchTokens, type MatchKind } from './search-tokens';

/** The real index the worker sends: every LRT deployment, the LSTs and direct EigenLayer restaking. */
const index = buildTokenIndex(loadSnapshot());
const first = (query: string) => searchTokens(index, query)[0];

describe('searchTokens over the worker’s index', () => {
  it.each<[string, string, string, number | null, MatchKind]>([
    // query, report, symbol, chain of the first hit, match
    ['rseth', 'rseth', 'rsETH', 1, 'exact'],
    ['rsETH', 'rseth', 'rsETH', 1, 'exact'],
    ['rsEHT', 'rseth', 'rsETH', 1, 'fuzzy'],
    ['rset', 'rseth', 'rsETH', 1, 'prefix'],
    ['weETH', 'weeth', 'weETH', 1, 'exact'],
    // No WETH in the index: the substrings (sWETH) come first, then weETH as the closest typo.
    ['weth', 'lst:swETH', 'swETH', 1, 'substring'],
    ['pufer', 'pufeth', 'pufETH', 1, 'fuzzy'],
    ['puffer', 'pufeth', 'pufETH', 1, 'prefix'],
    ['ether fi', 'weeth', 'eETH', 1, 'prefix'],
    ['etherfi', 'weeth', 'eETH', 1, 'prefix'],
    ['kelp', 'rseth', 'rsETH', 1, 'prefix'],
    ['renzo', 'ezeth', 'ezETH', 1, 'prefix'],
    ['steth', 'lst:stETH', 'stETH', 1, 'exact'],
    ['wsteth', 'lst:wstETH', 'wstETH', 1, 'exact'],
    ['cbETH', 'lst:cbETH', 'cbETH', 1, 'exact'],
    ['reth', 'lst:rETH', 'rETH', 1, 'exact'],
    ['eigenlayer', 'eigenlayer-direct', 'EigenLayer', null, 'exact'],
    ['eigen layer', 'eigenlayer-direct', 'EigenLayer', null, 'exact'],
    ['eigenpie', 'msteth', 'egETH', 1, 'prefix'],
    ['rseth arbitrum', 'rseth', 'rsETH', 42161, 'exact'],
    ['arbitrum rseth', 'rseth', 'rsETH', 42161, 'exact'],
    ['weeth base', 'weeth', 'weETH', 8453, 'exact'],
    ['lido', 'lst:stETH', 'stETH', 1, 'prefix'],
  ])('%s → %s (%s)', (query, reportId, symbol, chainId, match) => {
    expect(first(query)).toMatchObject({ entry: { reportId, symbol, chainId }, match });
  });

  it('"weth" finds weETH as a typo, never as an exact match, above the other one-typo symbols (wBETH, eETH)', () => {
    const hits = searchTokens(index, 'weth');
    const symbols = hits.map((h) => h.entry.symbol);
    expect(hits.find((h) => h.entry.symbol === 'weETH')).toMatchObject({ match: 'fuzzy', entry: { chainId: 1 } });
    expect(hits.filter((h) => h.match === 'fuzzy')[0]!.entry.symbol).toBe('weETH');
    expect(symbols.indexOf('weETH')).toBeLessThan(symbols.indexOf('wBETH'));
    expect(symbols.indexOf('weETH')).toBeLessThan(symbols.indexOf('eETH'));
  });

  it('ranks exact symbol > prefix > substring > fuzzy', () => {
    const order: MatchKind[] = ['exact', 'prefix', 'substring', 'fuzzy'];
    for (const query of ['steth', 'eth', 'rs', 'rseth', 'ezeth', 'pufeth', 'mst']) {
      const ranks = searchTokens(index, query, 1000).map((h) => order.indexOf(h.match));
      expect(ranks, query).toEqual([...ranks].sort((a, b) => a - b));
    }
    const steth = searchTokens(index, 'steth', 1000);
    expect(steth[0]!.entry.symbol).toBe('stETH');
    expect(steth.find((h) => h.entry.symbol === 'wstETH')?.match).toBe('substring');
    // Eigenpie's "restaked stETH" names the word.
    expect(steth.find((h) => h.entry.symbol === 'mstETH')?.match).toBe('prefix');
  });

  it('a pasted address finds every chain it is deployed on, in any case', () => {
    const address = '0x4186BFC76E2E237523CBC30FD220FE055156b41F';
    for (const q of [address, address.toLowerCase(), `  ${address.toUpperCase().replace('0X', '0x')} `]) {
      const hits = searchTokens(index, q);
      expect(hits.map((h) => h.entry.chain).sort()).toEqual(['Arbitrum', 'BNB Chain', 'Blast', 'Linea', 'Manta Pacific', 'Mode', 'Optimism', 'Zircuit']);
      expect(hits.every((h) => h.match === 'address' && h.entry.reportId === 'rseth')).toBe(true);
    }
  });

  it.each([
    ['0xa1290d', 'rseth', 'Ethereum'],
    ['0xA1290D69c65A', 'rseth', 'Ethereum'],
    ['0xcd5fe23c', 'weeth', 'Ethereum'],
    ['a1290d69c6', 'rseth', 'Ethereum'],
  ])('an address prefix %s finds %s on %s', (q, reportId, chain) => {
    const hits = searchTokens(index, q);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ entry: { reportId, chain }, match: 'address' });
  });

  it('an address prefix shared by several deployments lists them all (ezETH and xezETH share one address on eight chains)', () => {
    const hits = searchTokens(index, '0x2416092f');
    expect(hits.length).toBe(8);
    expect(hits[0]!.entry.symbol).toBe('ezETH');
    expect(new Set(hits.map((h) => h.entry.reportId))).toEqual(new Set(['ezeth']));
  });

  it.each(['zzzzzz', '0xdeadbeef00', 'qq', 'x'.repeat(60)])('finds nothing for %s', (q) => {
    expect(searchTokens(index, q)).toEqual([]);
  });

  it('with no query lists each report once, LRTs first, with the report’s own token', () => {
    const hits = searchTokens(index, '');
    const ids = hits.map((h) => h.entry.reportId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(index.map((e) => e.reportId)));
    expect(hits[0]!.entry.kind).toBe('lrt');
    expect(hits.find((h) => h.entry.reportId === 'weeth')!.entry.symbol).toBe('weETH');
    expect(hits.find((h) => h.entry.reportId === 'msteth')!.entry.symbol).toBe('mstETH');
    const kinds = hits.map((h) => h.entry.kind);
    expect(kinds.lastIndexOf('lrt')).toBeLessThan(kinds.indexOf('direct-restaking'));
    expect(kinds.indexOf('direct-restaking')).toBeLessThan(kinds.indexOf('lst'));
  });

  it('respects the limit', () => {
    expect(searchTokens(index, 'eth', 5)).toHaveLength(5);
  });

  it('works on any index (nothing is tied to the bundled data)', () => {
    const entries: TokenIndexEntry[] = [
      { reportId: 'a', symbol: 'abcETH', name: 'Alpha', protocol: 'Alpha', kind: 'lrt', chainId: 1, chain: 'Ethereum', address: '0x1111111111111111111111111111111111111111' },
      { reportId: 'b', symbol: 'bETH', name: 'Beta abc', protocol: 'Beta', kind: 'lrt', chainId: 1, chain: 'Ethereum', address: null },
    ];
    expect(searchTokens(entries, 'abc').map((h) => [h.entry.reportId, h.match])).toEqual([
      ['a', 'prefix'],
      ['b', 'prefix'],
    ]);
    expect(searchTokens(entries, '0x1111').map((h) => h.entry.reportId)).toEqual(['a']);
  });
});
