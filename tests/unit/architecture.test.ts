/**
 * Dependencies point inward (STYLE.md): the pure core imports no browser API, React or fetch; components import
 * only types from lib/; the page-world hook imports nothing heavy, since it runs on every page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Source files under `dir`, test files left out unless `withTests`. */
function sources(dir: string, withTests = false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sources(path, withTests));
    else if (/\.(tsx?|mjs)$/.test(name) && (withTests || !/\.test\.tsx?$/.test(name))) out.push(path.replaceAll('\\', '/'));
  }
  return out;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('tests/');
const withoutExtension = (path: string) => path.replace(/\.(tsx?|mjs)$/, '');

interface Import {
  spec: string;
  typeOnly: boolean;
}

/** Static imports, re-exports and dynamic imports of a file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm)) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

/** A relative or `@/` import as a path from the project root (a folder as its index); a package name as it is. */
function target(file: string, spec: string): string {
  let path: string;
  if (spec.startsWith('@/')) path = spec.slice(2);
  else if (spec.startsWith('.')) path = relative(root, resolve(root, dirname(file), spec)).replaceAll('\\', '/');
  else return spec;
  return existsSync(join(root, path)) && statSync(join(root, path)).isDirectory() ? `${path}/index` : path;
}

/** Code that reaches a browser, React or the network. */
const IMPURE = /^(react|react-dom|wxt|#imports|@wxt-dev\/|webextension-polyfill|zustand)|^(entrypoints|components)\//;
const GLOBALS = /\b(fetch|document|window|browser|chrome|localStorage|indexedDB|XMLHttpRequest)\s*[.(]/;

describe('architecture', () => {
  for (const dir of ['lib/detect', 'lib/risk', 'lib/protocols', 'lib/present']) {
    it(`${dir} imports no browser API, React, UI or network code`, () => {
      const bad: string[] = [];
      for (const file of sources(dir)) {
        for (const i of importsOf(file)) if (IMPURE.test(target(file, i.spec))) bad.push(`${file} → ${i.spec}`);
        const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        if (GLOBALS.test(code)) bad.push(`${file} uses ${code.match(GLOBALS)![0]}`);
      }
      expect(bad).toEqual([]);
    });
  }

  // lib/present is the pure presentation layer (levels, wording, key numbers; itself checked pure above): the
  // warning's props are the report itself, so its components compute what they show through it.
  it('components import only types from lib/, and values only from lib/present', () => {
    const bad = sources('components').flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && target(file, i.spec).startsWith('lib/') && !target(file, i.spec).startsWith('lib/present/'))
        .map((i) => `${file} → ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('the page-world hook imports nothing but itself and the bridge constants', () => {
    const bad = sources('lib/inpage').flatMap((file) =>
      importsOf(file)
        .filter((i) => {
          const t = target(file, i.spec);
          return !(t.startsWith('lib/inpage/') || t === 'lib/messaging/page-bridge' || (i.typeOnly && t.startsWith('lib/')));
        })
        .map((i) => `${file} → ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  // Test helpers live under tests/ (tests/support/), so that nothing a test needs ships in the extension.
  // A reader imported only by its own test is unwired, not a helper: knip reports those.
  it('no file under lib/ is a test helper (named test-*, or imported by other tests and nothing else)', () => {
    const importers = new Map<string, { tests: number; product: number }>();
    for (const file of ['lib', 'components', 'entrypoints', 'tests'].flatMap((dir) => sources(dir, true))) {
      for (const i of importsOf(file)) {
        const t = withoutExtension(target(file, i.spec));
        if (!t.startsWith('lib/')) continue;
        const count = importers.get(t) ?? { tests: 0, product: 0 };
        if (!isTest(file)) count.product++;
        else if (withoutExtension(file) !== `${t}.test`) count.tests++;
        importers.set(t, count);
      }
    }
    const bad = sources('lib').filter((file) => {
      const count = importers.get(withoutExtension(file));
      return /(^|\/)test-[^/]*$/.test(file) || (count !== undefined && count.tests > 0 && count.product === 0);
    });
    expect(bad).toEqual([]);
  });
});
