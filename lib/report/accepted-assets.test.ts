import { describe, expect, it } from 'vitest';
import { getProtocol } from '../protocols/registry';
import type { ProtocolSpec } from '../protocols/types';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { acceptedAssets, acceptedAssetsByLrt } from './accepted-assets';
import { reportEntries } from './report-entries';

const protocol = (id: string) => getProtocol(id)!;

describe('acceptedAssets (from the registry’s deposit entry points)', () => {
  it.each<[string, string[] | null, { eth: boolean; tokens: string[]; more: boolean }]>([
    // LiquidityPool.deposit() payable; DepositAdapter names WETH, stETH, wstETH; Liquifier takes a token argument.
    ['etherfi', null, { eth: true, tokens: ['stETH', 'WETH', 'wstETH'], more: true }],
    // ynETH takes ETH only; ynLSDe (a second LRT of the same protocol) takes a token argument.
    ['yieldnest', ['ynETH'], { eth: true, tokens: [], more: false }],
    ['yieldnest', ['ynLSDe'], { eth: false, tokens: [], more: true }],
    ['inception', null, { eth: true, tokens: [], more: false }],
    // depositIntoStrategy takes the strategy's underlying: the mainnet strategies list it; EigenPods take ETH.
    ['eigenlayer', null, { eth: true, tokens: expect.arrayContaining(['stETH', 'rETH', 'cbETH', 'EIGEN']) as never, more: false }],
  ])('%s %j', (id, symbols, expected) => {
    expect(acceptedAssets(protocol(id), symbols)).toEqual(expected);
  });

  it('filters a per-asset mint to the LRT asked about (Eigenpie: stETH mints mstETH, ETH mints egETH)', () => {
    expect(acceptedAssets(protocol('eigenpie'), ['mstETH'])).toEqual({ eth: false, tokens: ['stETH'], more: false });
    expect(acceptedAssets(protocol('eigenpie'), ['egETH'])).toEqual({ eth: true, tokens: [], more: false });
  });

  it('ignores withdrawals, wraps and entry points of other tokens', () => {
    const spec: ProtocolSpec = {
      id: 'x',
      name: 'X',
      kind: 'restaking',
      tokens: [],
      contracts: [
        {
          name: 'Pool',
          token: 'xETH',
          abiSource: 'x',
          deployments: [],
          functions: [
            { signature: 'function deposit() payable', selector: '0xd0e30db0', action: 'deposit', input: { kind: 'eth' } },
            { signature: 'function withdraw(uint256 a)', selector: '0x2e1a7d4d', action: 'withdraw-request', input: { kind: 'token', token: 'xETH', amount: 'a' } },
            { signature: 'function wrap(uint256 a)', selector: '0xea598cb0', action: 'wrap', input: { kind: 'token', token: 'stETH', amount: 'a' } },
          ],
        },
        {
          name: 'Other',
          token: 'yETH',
          abiSource: 'x',
          deployments: [],
          functions: [{ signature: 'function deposit(uint256 a)', selector: '0xb6b55f25', action: 'deposit', input: { kind: 'token', token: 'rETH', amount: 'a' } }],
        },
      ],
    };
    expect(acceptedAssets(spec, ['xETH'])).toEqual({ eth: true, tokens: [], more: false });
    expect(acceptedAssets(spec, null)).toEqual({ eth: true, tokens: ['rETH'], more: false });
  });

  it('a wrapper that takes the vault as an argument is not credited to each vault (Mellow)', () => {
    expect(acceptedAssets(protocol('mellow'), ['roETH'])).toEqual({ eth: false, tokens: ['wstETH'], more: true });
    expect(acceptedAssets(protocol('mellow'), ['rsUSDe'])).toEqual({ eth: false, tokens: ['sUSDe'], more: true });
  });

  it('covers every report entry', () => {
    const entries = reportEntries(loadSnapshot());
    const byLrt = acceptedAssetsByLrt(entries);
    expect(Object.keys(byLrt).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const [id, a] of Object.entries(byLrt)) expect(a.eth || a.tokens.length > 0 || a.more, id).toBe(true);
  });
});
