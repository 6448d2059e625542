/**
 * Dependencies point inward (STYLE.md): the pure core imports no browser API, React or fetch; components import
 * only types from lib/; the page-world hook imports nothing heavy, since it runs on every page.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path.replaceAll('\\', '/'));
  }
  return out;
}

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

/** A relative or `@/` import as a path from the project root; a package name as it is. */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(root, resolve(root, dirname(file), spec)).replaceAll('\\', '/');
  return spec;
}

/** Code that reaches a browser, React or the network. */
const IMPURE = /^(react|react-dom|wxt|#imports|@wxt-dev\/|webextension-polyfill|zustand)|^(entrypoints|components)\//;
const GLOBALS = /\b(fetch|document|window|browser|chrome|localStorage|indexedDB|XMLHttpRequest)\s*[.(]/;

describe('architecture', () => {
  for (const dir of ['lib/detect', 'lib/risk', 'lib/protocols']) {
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

  it('components import only types from lib/', () => {
    const bad = sources('components').flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && target(file, i.spec).startsWith('lib/'))
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
});
