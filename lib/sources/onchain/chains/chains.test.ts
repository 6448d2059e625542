import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { chainRpcDefaults } from './index.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const chainFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'chain-rpc-default.ts');

describe('chain RPC defaults, as a set', () => {
  const chains = Object.values(chainRpcDefaults);

  it('registers every chain file exactly once', () => {
    expect(chains).toHaveLength(chainFiles.length);
    expect(new Set(chains.map((c) => c.chainId)).size).toBe(chains.length);
  });

  it('covers the chains LRTs are deposited on', () => {
    expect(chains.map((c) => c.chainId).sort((a, b) => a - b)).toEqual([1, 10, 56, 324, 8453, 34443, 42161, 59144, 81457, 534352]);
  });

  it.each(chains.map((c) => [c.name, c] as const))('%s: public https endpoint, no key, with a source', (_name, c) => {
    const url = new URL(c.rpcUrl);
    expect(url.protocol).toBe('https:');
    expect(url.username + url.password).toBe('');
    expect(url.search).toBe('');
    // Keyed endpoints carry the key as a long path segment (…/v2/<key>, …/v3/<key>); ours must not.
    expect(url.pathname.split('/').every((seg) => seg.length < 24)).toBe(true);
    expect(c.rpcSource.length).toBeGreaterThan(10);
    expect(isAddress(c.multicall3)).toBe(true);
  });

  it('uses the canonical Multicall3 everywhere except zkSync Era', () => {
    for (const c of chains)
      expect(c.multicall3.toLowerCase() === '0xca11bde05977b3631167028862be2a173976ca11').toBe(c.chainId !== 324);
  });
});
