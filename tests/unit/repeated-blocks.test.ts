/**
 * One copy of each piece: no block of six or more lines stands twice, to the letter, in lib/, components/,
 * entrypoints/ or assets/ (tests included). Blank lines, comments, import lines and thin lines (lone punctuation,
 * a lone name in a list) are passed over and white space is folded, so a copy does not hide behind a reindent or
 * a comment. Generated files aside. What it finds is to be reused from one home (a function, a component, a shared
 * list or stylesheet).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../lib/generate/generated-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WINDOW = 6;
const GENERATED = new Set(generatedFiles.map((file) => file.path));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path));
    else if (/\.(tsx?|mjs|css|html)$/.test(name) && !GENERATED.has(path)) out.push(path);
  }
  return out;
}

/** The lines that count, each with its line number: code as written, white space folded. */
function countedLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inComment: '*/' | '-->' | null = null;
  let inImport = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (inComment) {
      if (line.includes(inComment)) inComment = null;
      return;
    }
    if (inImport) {
      if (/\bfrom\s+['"]/.test(line)) inImport = false;
      return;
    }
    for (const [open, close] of [['/*', '*/'], ['{/*', '*/'], ['<!--', '-->']] as const)
      if (line.startsWith(open)) {
        if (!line.includes(close, open.length)) inComment = close;
        return;
      }
    if (line === '' || line.startsWith('//') || line.startsWith('*')) return;
    if (/^import\b|^export (type )?[*{]/.test(line)) {
      // An import (or re-export) over several lines runs to its `from '…'`.
      if (!/\bfrom\s+['"]|^import\s+['"]/.test(line)) inImport = true;
      return;
    }
    // Lone punctuation, and a lone name in a list (`T,` of type parameters, `a,` of arguments): too thin to count.
    if (!/\w/.test(line) || /^\w+,$/.test(line)) return;
    out.push({ line: i + 1, text: line });
  });
  return out;
}

/** Every run of WINDOW counted lines that stands again elsewhere (another file, or further on in the same one). */
function repeatedBlocks(sources: ReadonlyMap<string, string>): string[] {
  const first = new Map<string, { path: string; index: number; line: number }>();
  // One entry per copy: the windows that follow along the same pair of places are the same copy.
  const found = new Map<string, string>();
  for (const [path, text] of sources) {
    const lines = countedLines(text);
    for (let i = 0; i + WINDOW <= lines.length; i++) {
      const key = lines
        .slice(i, i + WINDOW)
        .map((l) => l.text)
        .join('\n');
      const seen = first.get(key);
      if (!seen) first.set(key, { path, index: i, line: lines[i]!.line });
      else if (seen.path !== path || i - seen.index >= WINDOW) {
        const copy = `${seen.path} ~ ${path} @${i - seen.index}`;
        if (!found.has(copy)) found.set(copy, `${seen.path}:${seen.line} ~ ${path}:${lines[i]!.line}`);
      }
    }
  }
  return [...found.values()];
}

describe('repeated blocks', () => {
  it(`no block of ${WINDOW} lines is written twice in lib/, components/, entrypoints/ or assets/`, () => {
    const paths = ['lib', 'components', 'entrypoints', 'assets'].flatMap(files);
    expect(paths.length).toBeGreaterThan(100);
    expect(repeatedBlocks(new Map(paths.map((p) => [p, readFileSync(join(root, p), 'utf8')])))).toEqual([]);
  });

  it('finds a copied block through reindenting, comments and blank lines, and not a shorter one', () => {
    const block = ['const a = f(1);', 'const b = g(a, 2);', 'if (b) h(b);', 'let c = a + b;', 'c = k(c);', 'return c * 2;'];
    const copy = ['function y() {', '  // the same again', ...block.slice(0, 3).map((l) => `    ${l}`), '', '/* note */', ...block.slice(3), '}'];
    expect(repeatedBlocks(new Map([['x.ts', ['function x() {', ...block, '}'].join('\n')], ['y.ts', copy.join('\n')]]))).toEqual(['x.ts:2 ~ y.ts:3']);
    expect(repeatedBlocks(new Map([['x.ts', block.join('\n')], ['y.ts', block.slice(1).join('\n')]]))).toEqual([]);
  });
});
