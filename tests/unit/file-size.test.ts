/**
 * One job per file: no hand-written file in lib/, components/ or entrypoints/ (tests included) is over 250 lines.
 * A file that grows past it is split by job, not added below. Only data files and generated files are exempt.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../lib/generate/generated-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAX_LINES = 250;

/**
 * Data files: one protocol's or one restaking layer's contracts, tokens and sourced facts, as a list of records.
 * They grow with what there is to know about it, not with what the code does, so they are exempt.
 */
const DATA_FILES = [
  'lib/protocols/etherfi.ts',
  'lib/protocols/kelp.ts',
  'lib/protocols/mellow.ts',
  'lib/protocols/puffer.ts',
  'lib/layers/symbiotic.ts',
];

/** Written by `npm run generate` (lib/generate/generated-files.ts), never by hand. */
const GENERATED_FILES = generatedFiles.map((file) => file.path);

const EXEMPT = new Set([...DATA_FILES, ...GENERATED_FILES]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path));
    else if (/\.(tsx?|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const lineCount = (path: string) => readFileSync(join(root, path), 'utf8').replace(/\n$/, '').split('\n').length;

describe('file size', () => {
  it(`no hand-written file in lib/, components/ or entrypoints/ is over ${MAX_LINES} lines`, () => {
    const all = ['lib', 'components', 'entrypoints'].flatMap(files);
    expect(all.length).toBeGreaterThan(100);
    const over = all.filter((f) => !EXEMPT.has(f)).filter((f) => lineCount(f) > MAX_LINES).map((f) => `${f}: ${lineCount(f)} lines`);
    expect(over).toEqual([]);
  });

  it('every exempt file still exists (the list names real files)', () => {
    expect(DATA_FILES.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
