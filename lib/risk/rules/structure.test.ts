import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from './index';

/** Adding a rule is one file, one line in index.ts and its table test: this fails when any is missing. */
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
const index = readFileSync(new URL('index.ts', dir), 'utf8');
const tests = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && f !== 'structure.test.ts')
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

describe('rule files, the index and the tests agree', () => {
  it('has one registered rule per file, ids unique', () => {
    expect(rules).toHaveLength(files.length);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  it.each(files)('%s is in the index and has a table test', (file) => {
    const module = file.replace(/\.ts$/, '');
    expect(index).toContain(`from './${module}'`);
    const exported = /export const (\w+Rule)\b/.exec(readFileSync(new URL(file, dir), 'utf8'))?.[1];
    expect(exported, `${file} exports a …Rule`).toBeTruthy();
    expect(tests).toContain(`evaluateRule(${exported}`);
  });
});
