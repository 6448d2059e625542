import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_SOURCES, methodologyRow, methodologyTable } from './methodology';
import { rules } from './rules';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the methodology in the README', () => {
  it.each(rules.map((r) => [r.id, r] as const))('documents %s exactly as the rule is', (_, rule) => {
    expect(readme).toContain(methodologyRow(rule));
  });

  it('holds the whole generated table (npm run generate rewrites it)', () => {
    expect(readme).toContain(methodologyTable(rules));
  });

  it('lists no rule that does not exist', () => {
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` /gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('says where every fact a rule reads comes from', () => {
    for (const rule of rules) for (const need of rule.needs) expect(FACT_SOURCES[need], `${rule.id} needs ${need}`).toBeTruthy();
  });
});
