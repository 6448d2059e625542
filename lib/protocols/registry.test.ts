import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAbiItem, toFunctionSelector, type AbiFunction } from 'viem';
import { describe, expect, it } from 'vitest';
import { detectFixtures } from '../../tests/fixtures/detect/index';
import { checkRegistry, type FixtureRef, type RegistryInput } from '../../tests/support/check-registry';
import { assets, protocols } from './index';
import type { ProtocolSpec } from './types';

/** Files in lib/protocols that are not protocols. */
const INFRASTRUCTURE = new Set(['index', 'types', 'registry', 'lsts', 'collateral-assets', 'coverage-table', 'coverage-table.print', 'boring-vault', 'symbiotic-vaults', 'symbiotic-v2']);

async function protocolFiles(): Promise<Map<string, string[]>> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const files = new Map<string, string[]>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const base = name.slice(0, -3);
    if (INFRASTRUCTURE.has(base)) continue;
    const mod = (await import(/* @vite-ignore */ new URL(`./${base}.ts`, import.meta.url).href)) as Record<string, unknown>;
    const ids = Object.values(mod)
      .filter((v): v is ProtocolSpec => typeof v === 'object' && v !== null && 'contracts' in v && 'id' in v)
      .map((p) => p.id);
    files.set(base, ids);
  }
  return files;
}

const fixtureRefs: FixtureRef[] = detectFixtures.flatMap((group) =>
  group.fixtures.map((f) => ({
    protocol: group.protocol,
    chainId: f.chainId ?? 1,
    to: f.to,
    selector: toFunctionSelector(parseAbiItem(f.signature) as AbiFunction),
  })),
);

async function realInput(): Promise<RegistryInput> {
  return { protocols, assets, files: await protocolFiles(), fixtures: fixtureRefs };
}

/** A deep copy of the real registry to break one rule at a time. */
function copy(): { protocols: ProtocolSpec[]; assets: RegistryInput['assets'] } {
  return structuredClone({ protocols: [...protocols], assets: [...assets] }) as { protocols: ProtocolSpec[]; assets: RegistryInput['assets'] };
}

describe('protocol registry', () => {
  it('has no problems', async () => {
    expect(checkRegistry(await realInput())).toEqual([]);
  });

  it('registers the protocols whose ids the CLI prints', () => {
    const ids = protocols.map((p) => p.id);
    for (const id of ['etherfi', 'renzo', 'puffer', 'kelp', 'swell', 'eigenlayer', 'yieldnest', 'inception', 'eigenpie', 'symbiotic', 'mellow', 'karak', 'kernel', 'nucleus', 'aave-v3', 'morpho-blue']) {
      expect(ids).toContain(id);
    }
  });

  it('fails on a non-checksummed address', () => {
    const broken = copy();
    (broken.protocols[0]!.contracts[0]!.deployments[0] as { address: string }).address = '0x308861a430be4cce5502d0a12724771fc6daf216';
    expect(checkRegistry(broken).join('\n')).toMatch(/is not EIP-55 checksummed/);
  });

  it('fails on a duplicate (chain, address)', () => {
    const broken = copy();
    const contract = broken.protocols[0]!.contracts[0]!;
    (contract as unknown as { deployments: unknown[] }).deployments = [...contract.deployments, contract.deployments[0]];
    expect(checkRegistry(broken).join('\n')).toMatch(/duplicate \(chain, address\) 1:0x308861a430be4cce5502d0a12724771fc6daf216/);
  });

  it('fails on a selector that does not match its signature', () => {
    const broken = copy();
    (broken.protocols[0]!.contracts[0]!.functions[0] as { selector: string }).selector = '0xdeadbeef';
    expect(checkRegistry(broken).join('\n')).toMatch(/selector 0xdeadbeef does not match function deposit\(\) payable/);
  });

  it('fails on a protocol file missing from the index', async () => {
    const files = await protocolFiles();
    expect([...files.keys()].sort()).toEqual(
      ['aave-v3', 'eigenlayer', 'eigenpie', 'etherfi', 'inception', 'karak', 'kelp', 'kernel', 'mellow', 'morpho-blue', 'nucleus', 'puffer', 'renzo', 'swell', 'symbiotic', 'yieldnest'].sort(),
    );
    const withoutKelp = protocols.filter((p) => p.id !== 'kelp');
    expect(checkRegistry({ protocols: withoutKelp, assets, files })).toContain('lib/protocols/kelp.ts: protocol kelp is missing from the index');
  });

  it('fails on a registered function with no fixture', () => {
    const withoutFirst = fixtureRefs.filter((f) => !(f.protocol === 'swell' && f.selector === '0xc18d7cb7'));
    expect(checkRegistry({ protocols, assets, fixtures: withoutFirst })).toEqual([
      'swell rswETH: no fixture for function depositWithReferral(address referral) payable',
    ]);
  });

  it('fails when a contract mints a token with no address on its chain', () => {
    const broken = copy();
    const kelp = broken.protocols.find((p) => p.id === 'kelp')!;
    const pool = kelp.contracts.find((c) => c.name === 'RSETHPool')!;
    (pool.deployments[1] as { chainId: number }).chainId = 7777;
    expect(checkRegistry(broken).join('\n')).toMatch(/token wrsETH has no address on chain 7777/);
  });

  it('keeps every verification label it was given (never upgrades one)', () => {
    const labels = protocols.flatMap((p) => p.contracts.flatMap((c) => c.deployments.map((d) => `${p.id}:${c.name}:${d.chainId}:${d.verification}`)));
    // Spot checks against the source material: Renzo and Swell addresses are third-party, RswEXIT has one weak source.
    expect(labels).toContain('renzo:RestakeManager:1:secondary');
    expect(labels).toContain('swell:rswETH:1:secondary');
    expect(labels).toContain('swell:RswEXIT:1:unverified');
    expect(labels).toContain('eigenpie:EigenpieStaking:1:secondary');
  });
});
