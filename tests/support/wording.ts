/**
 * The wording rules of the default view, as code: no code, hashes, paths, "bps", "chain N", "primary" or function
 * signatures; at most 20 words a line above the fold; at most 160 words in all. Code and sources belong behind
 * "Details" and in the CLI's `--json`.
 */

export const MAX_LINE_WORDS = 20;
export const MAX_VIEW_WORDS = 160;

const PATTERNS: [string, RegExp][] = [
  ['hex or hash', /\b0x[0-9a-fA-F]{4,}/],
  ['function signature', /\b[A-Za-z_][A-Za-z0-9_]*\.?[A-Za-z0-9_]*\((?:[a-z0-9_]+(?:\[\])?(?:,\s*)?)*\)/],
  ['code identifier', /\b[a-z]+(?:[A-Z][a-z0-9]+){2,}\b|\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b/],
  ['repository path', /[\w.-]+\/[\w.-]+@[0-9a-f]{7,}|\b[\w-]+\/[\w./-]+\.(?:sol|ts|js|json|md|pdf|png)\b/],
  ['bps', /\bbps\b/i],
  ['chain id', /\bchain \d+/i],
  ['"primary"', /\bprimary\b/i],
  ['rpc source', /\brpc:\d+/i],
  ['build detail', /compiled without network access|snapshot was compiled/i],
];

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What breaks the rules in one piece of default-view text. */
export function wordingProblems(text: string): string[] {
  return PATTERNS.filter(([, re]) => re.test(text)).map(([name]) => `${name}: ${text.match(PATTERNS.find(([n]) => n === name)![1])![0]}`);
}

/** Problems of a whole view: each line (above the fold) and the total. */
export function viewProblems(lines: string[], opts: { maxLineWords?: number; maxWords?: number } = {}): string[] {
  const maxLine = opts.maxLineWords ?? MAX_LINE_WORDS;
  const maxAll = opts.maxWords ?? MAX_VIEW_WORDS;
  const out: string[] = [];
  for (const line of lines) {
    out.push(...wordingProblems(line).map((p) => `${p} in "${line}"`));
    const n = wordCount(line);
    if (n > maxLine) out.push(`${n} words in "${line}"`);
  }
  const total = lines.reduce((s, l) => s + wordCount(l), 0);
  if (total > maxAll) out.push(`${total} words in the default view`);
  return out;
}
