/** The bench prints one table; each section returns rows. */
export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  goal?: string;
  pass?: boolean;
}

export function renderTable(rows: readonly BenchRow[]): string {
  const header = ['section', 'metric', 'value', 'goal'];
  const cells = rows.map((r) => [r.section, r.metric, r.value, r.goal ? `${r.goal} ${r.pass ? '✓' : '✗'}` : '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** The value at quantile `q` (0.5: median) of `xs`. */
export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
export const ms = (v: number) => `${v.toFixed(Math.abs(v) < 1 ? 3 : 1)} ms`;
