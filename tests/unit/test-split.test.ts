import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STARTS_SOMETHING, integrationTests } from '../integration-tests';

const root = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...testFiles(path));
    else if (/\.test\.tsx?$/.test(name)) out.push(relative('.', path).replaceAll('\\', '/'));
  }
  return out;
}

describe('the fast loop runs only pure tests', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap(testFiles);

  it('every test file that starts a chain, a server or a process is an integration test', () => {
    const starting = files.filter((f) => STARTS_SOMETHING.test(readFileSync(join(root, f), 'utf8')));
    expect(starting.filter((f) => !integrationTests.includes(f))).toEqual([]);
  });

  it('every listed integration test exists', () => {
    expect(integrationTests.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
