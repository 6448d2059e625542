import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAIN_NAMES, coverageTable } from './coverage-table';
import { protocols } from './index';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the products covered, in the README', () => {
  it('is the table the registry renders (regenerate: npm run generate)', () => {
    expect(readme).toContain(coverageTable(protocols));
  });

  it('names every chain the registry uses', () => {
    const chains = new Set(protocols.flatMap((p) => [...p.contracts, ...p.tokens].flatMap((c) => c.deployments.map((d) => d.chainId))));
    for (const chainId of chains) expect(CHAIN_NAMES[chainId], `chain ${chainId}`).toBeTruthy();
  });
});
