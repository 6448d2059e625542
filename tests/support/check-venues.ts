/**
 * The venue registry's rules as one function over data, so the test can break each rule on a copy: EIP-55
 * checksums, one address per (chain, address) across all families, a source on every address, known chains only,
 * no venue at a registered protocol contract's or token's address, one file per family.
 */
import { getAddress } from 'viem';
import type { VenueFamily } from '../../lib/venues/types';

export interface VenueCheckInput {
  families: readonly VenueFamily[];
  knownChains: ReadonlySet<number>;
  /** `${chainId}:${lowercase}` of protocol contracts and tokens the protocol registry holds (not lending markets). */
  protocolAddresses: ReadonlySet<string>;
  /** Family ids the files in lib/venues export, plus those built from the protocol registry. */
  exported: ReadonlySet<string>;
}

export function checkVenues(input: VenueCheckInput): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  for (const family of input.families) {
    if (ids.has(family.id)) problems.push(`${family.id}: family id used twice`);
    ids.add(family.id);
    if (!input.exported.has(family.id)) problems.push(`${family.id}: not exported by a file in lib/venues`);
    if (family.contracts.length === 0) problems.push(`${family.id}: no contracts`);
    for (const contract of family.contracts) {
      if (contract.deployments.length === 0) problems.push(`${family.id} ${contract.name}: no deployments`);
      for (const d of contract.deployments) {
        const where = `${family.id} ${contract.name} on ${d.chainId}`;
        let checksummed: string | null = null;
        try {
          checksummed = getAddress(d.address);
        } catch {
          problems.push(`${where}: ${d.address} is not an address`);
        }
        if (checksummed !== null && checksummed !== d.address) problems.push(`${where}: ${d.address} is not EIP-55 checksummed (${checksummed})`);
        if (!d.source.trim()) problems.push(`${where}: no source`);
        if (!['primary', 'secondary', 'unverified'].includes(d.verification)) problems.push(`${where}: unknown verification label`);
        if (!input.knownChains.has(d.chainId)) problems.push(`${where}: chain ${d.chainId} is not a known chain`);
        const key = `${d.chainId}:${d.address.toLowerCase()}`;
        const other = seen.get(key);
        if (other) problems.push(`${where}: ${d.address} is also ${other}`);
        seen.set(key, `${family.id} ${contract.name}`);
        if (family.kind !== 'lending' && input.protocolAddresses.has(key)) problems.push(`${where}: ${d.address} is a registered protocol address`);
      }
    }
  }
  return problems;
}
