import { isAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { getContract, getToken } from '../../protocols/registry.ts';
import { venueFamilies } from '../../venues/index.ts';
import { eigenLayerMainnet, marketTargets, pauseTargets, rateTargets, stakerSourceTargets } from './targets.ts';

describe('on-chain targets', () => {
  const all = [...rateTargets, ...pauseTargets, ...stakerSourceTargets];

  it('every target has a valid address and a source', () => {
    for (const t of all) {
      expect(isAddress(t.address), `${t.protocol} ${t.contract}`).toBe(true);
      expect(t.addressSource.length, `${t.protocol} ${t.contract}`).toBeGreaterThan(10);
    }
  });

  it('takes from the registry every address the registry holds', () => {
    // Anything the registry knows must not be duplicated here with a different value.
    for (const t of all) {
      const c = getContract(t.chainId, t.address);
      const tok = getToken(t.chainId, t.address);
      if (c) expect(c.protocol.id).toBe(t.protocol);
      if (tok && tok.protocol) expect(tok.protocol.id).toBe(t.protocol);
    }
    expect(getContract(1, eigenLayerMainnet.delegationManager)?.contract.name).toBe('DelegationManager');
    expect(getContract(1, eigenLayerMainnet.allocationManager)?.contract.name).toBe('AllocationManager');
    expect(eigenLayerMainnet.nonEthStrategies).toEqual(['0xaCB55C530Acdb2849e6d4f36992Cd8c9D50ED8F7']);
  });

  it('market pools quote a registered LRT against WETH, or against wstETH at its own rate', () => {
    for (const m of marketTargets) {
      expect(getToken(m.chainId, m.lrt)?.protocol?.id).toBe(m.protocol);
      expect(getToken(m.chainId, m.quote)?.token.symbol).toBe(m.quoteSymbol);
      expect(['WETH', 'wstETH']).toContain(m.quoteSymbol);
      if (m.quoteRate) expect(m.quoteRate.address).toBe(m.quote);
    }
  });

  it('prices the peg on a pool the venue registry knows, for every LRT that has one; the rest on DefiLlama', () => {
    const family = { 'curve-stableswap-ng': 'curve', 'curve-twocrypto-ng': 'curve', 'uniswap-v3': 'uniswap' } as const;
    for (const m of marketTargets) {
      const pools = venueFamilies.find((v) => v.id === family[m.kind])!.contracts.flatMap((c) => c.deployments);
      const known = pools.find((d) => d.chainId === m.chainId && d.address.toLowerCase() === m.pool.toLowerCase());
      expect(known, `${m.protocol} pool ${m.pool}`).toBeDefined();
      expect(known!.coins?.map((c) => c.toLowerCase()).sort()).toEqual([m.lrt, m.quote].map((c) => c.toLowerCase()).sort());
    }
    // weETH, ezETH, pufETH and rswETH on their Curve WETH pools, rsETH on its Uniswap v3 WETH pool, ynETH on its Curve
    // wstETH pool; inETH has none in the registry.
    expect(marketTargets.map((m) => getToken(m.chainId, m.lrt)?.token.symbol)).toEqual(['weETH', 'ezETH', 'pufETH', 'rswETH', 'rsETH', 'ynETH']);
    // A quote token other than WETH is converted at its own rate, never taken as 1 ETH.
    for (const m of marketTargets) expect(m.quoteRate === undefined).toBe(m.quoteSymbol === 'WETH');
  });

  it("lists a Uniswap v3 pool's coins as token0 and token1 do: sorted by address", () => {
    for (const m of marketTargets.filter((t) => t.kind === 'uniswap-v3')) {
      const d = venueFamilies.find((v) => v.id === 'uniswap')!.contracts.flatMap((c) => c.deployments).find((x) => x.address === m.pool)!;
      const [token0, token1] = d.coins!;
      expect(BigInt(token0!) < BigInt(token1!)).toBe(true);
    }
  });

  it('resolves every registry lookup (a renamed registry contract would silently drop a target)', () => {
    expect(rateTargets).toHaveLength(11);
    expect(pauseTargets).toHaveLength(18);
    expect(stakerSourceTargets.map((t) => t.protocol)).toEqual(['kelp', 'renzo', 'yieldnest']);
    const zero = '0x0000000000000000000000000000000000000000';
    for (const a of [eigenLayerMainnet.delegationManager, eigenLayerMainnet.allocationManager, eigenLayerMainnet.avsDirectory, ...marketTargets.map((m) => m.lrt)])
      expect(a).not.toBe(zero);
  });

  it('has a mainnet rate for every LRT protocol with a known rate view', () => {
    expect(new Set(rateTargets.filter((t) => t.chainId === 1).map((t) => t.protocol))).toEqual(
      new Set(['etherfi', 'kelp', 'renzo', 'puffer', 'swell', 'yieldnest', 'inception']),
    );
  });
});
