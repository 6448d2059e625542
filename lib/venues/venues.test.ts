import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listContracts, listTokens } from '../protocols/registry';
import { knownChains } from '../report/chains';
import { checkVenues, type VenueCheckInput } from '../../tests/support/check-venues';
import { venueFamilies } from './index';
import type { VenueFamily } from './types';
import { lookAlikeOf, venueAt } from './venue-at';

const INFRASTRUCTURE = new Set(['index', 'types', 'venue-at']);

async function exportedIds(): Promise<Set<string>> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const ids = new Set<string>(['aave-v3', 'morpho-blue']);
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts') || INFRASTRUCTURE.has(name.slice(0, -3))) continue;
    const mod = (await import(/* @vite-ignore */ new URL(`./${name}`, import.meta.url).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (typeof v === 'object' && v !== null && 'contracts' in v && 'kind' in v) ids.add((v as VenueFamily).id);
  }
  return ids;
}

async function realInput(families: readonly VenueFamily[] = venueFamilies): Promise<VenueCheckInput> {
  const protocolAddresses = new Set<string>();
  for (const c of listContracts()) if (c.protocol.kind !== 'lending') protocolAddresses.add(`${c.deployment.chainId}:${c.deployment.address.toLowerCase()}`);
  for (const t of listTokens()) protocolAddresses.add(`${t.deployment.chainId}:${t.deployment.address.toLowerCase()}`);
  return { families, knownChains: new Set(knownChains().map((c) => c.id)), protocolAddresses, exported: await exportedIds() };
}

const copy = (): VenueFamily[] => structuredClone([...venueFamilies]) as VenueFamily[];

describe('venue registry', () => {
  it('has no problems', async () => {
    expect(checkVenues(await realInput())).toEqual([]);
  });

  it('covers the venue families an LRT holder uses', () => {
    const ids = venueFamilies.map((f) => f.id);
    for (const id of ['uniswap', '1inch', '0x', 'cow', 'paraswap', 'odos', 'kyberswap', 'balancer', 'pendle', 'aave-v3', 'morpho-blue', 'spark', 'compound-v3', 'across', 'stargate', 'canonical-bridges'])
      expect(ids).toContain(id);
  });

  it('fails on a non-checksummed address', async () => {
    const broken = copy();
    broken[0]!.contracts[0]!.deployments[0]!.address = broken[0]!.contracts[0]!.deployments[0]!.address.toLowerCase() as `0x${string}`;
    expect(checkVenues(await realInput(broken)).join('\n')).toMatch(/not EIP-55 checksummed/);
  });

  it('fails on the same address in two families', async () => {
    const broken = copy();
    broken[1]!.contracts[0]!.deployments.push({ ...broken[0]!.contracts[0]!.deployments[0]! });
    expect(checkVenues(await realInput(broken)).join('\n')).toMatch(/is also uniswap/);
  });

  it('fails on a missing source and on an unknown chain', async () => {
    const broken = copy();
    broken[0]!.contracts[0]!.deployments[0]!.source = ' ';
    broken[0]!.contracts[0]!.deployments[1]!.chainId = 999_999;
    const problems = checkVenues(await realInput(broken)).join('\n');
    expect(problems).toMatch(/no source/);
    expect(problems).toMatch(/chain 999999 is not a known chain/);
  });

  it('fails on a family no file exports', async () => {
    const broken = copy();
    broken.push({ id: 'stray', name: 'Stray', kind: 'dex', contracts: [] });
    const problems = checkVenues(await realInput(broken)).join('\n');
    expect(problems).toMatch(/stray: not exported/);
    expect(problems).toMatch(/stray: no contracts/);
  });

  it('finds a venue by chain and address, in any case, and not on a chain it is not on', () => {
    expect(venueAt(1, '0x000000000022d473030f116ddee9f6b43ac78ba3')?.contract.name).toBe('Permit2');
    expect(venueAt(1, '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2')?.family.id).toBe('aave-v3');
    expect(venueAt(1, '0xA17581A9E3356d9A858b789D68B4d866e593aE94')?.family.id).toBe('compound-v3');
    expect(venueAt(8453, '0xA17581A9E3356d9A858b789D68B4d866e593aE94')).toBeNull();
  });

  it('tells a look-alike (same first and last four characters) from the real address', () => {
    expect(lookAlikeOf('0x000000000022D473030F116dDEE9F6B43aC78BA3')).toBeNull();
    expect(lookAlikeOf('0x0000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8ba3')?.name).toBe('Permit2');
    expect(lookAlikeOf('0x1234aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8ba3')).toBeNull();
  });
});
