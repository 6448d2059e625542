import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedFiles, writeGeneratedFiles } from './generated-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'lrt-generated-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generated files', () => {
  const written = writeGeneratedFiles(root, out);

  it('writes every file it lists', () => {
    expect(written).toEqual(generatedFiles.map((f) => f.path));
  });

  it.each(generatedFiles.map((f) => [f.path]))('%s is current (regenerate: npm run generate)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(readFileSync(join(out, path), 'utf8'));
  });

  it('replaces a stale methodology table and keeps the rest of the README', () => {
    const readme = generatedFiles.find((f) => f.path === 'README.md')!;
    const current = readFileSync(join(root, 'README.md'), 'utf8');
    const stale = current.replace(/^\| `[a-z-]+` .*\n/m, '| `gone` | a rule that no longer exists |\n');
    expect(stale).not.toBe(current);
    expect(readme.render(stale)).toBe(current);
  });
});
