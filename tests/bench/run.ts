/**
 * `npm run bench`: one table for every section. A section is a file in tests/bench that returns rows; add it to
 * `sections` below. `npm run bench -- --write` also writes BENCHMARKS.md: the table and the machine it ran on.
 * `--only browser,popup` runs some sections; `--quick` runs the browser section with a few rounds only, to check that
 * it works (BENCHMARKS.md then says its figures are not to be quoted).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchBrowser, FULL_ROUNDS, QUICK_ROUNDS } from './browser';
import { benchDetect } from './detect';
import { benchJudgement } from './judgement';
import { machineDescription } from './machine';
import { benchOnchain } from './onchain';
import { benchPopup } from './popup';
import { benchSources } from './sources';
import { renderTable, type BenchRow } from './table';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? '') : null;
};
const quick = process.argv.includes('--quick');
const only = arg('--only')?.split(',').filter(Boolean) ?? null;

const sections: { name: string; run: () => BenchRow[] | Promise<BenchRow[]> }[] = [
  { name: 'detect', run: benchDetect },
  { name: 'judgement', run: benchJudgement },
  { name: 'sources', run: benchSources },
  { name: 'onchain', run: benchOnchain },
  { name: 'browser', run: () => benchBrowser(quick ? QUICK_ROUNDS : FULL_ROUNDS) },
  { name: 'popup', run: benchPopup },
];

const started = new Date();
// Timing rows taken on a busy machine say more about the other work than about the extension.
const [load1] = loadavg();
const busy = load1! > cpus().length
  ? `\n**Provisional:** the machine was busy when this run started (load average ${load1!.toFixed(1)} on ${cpus().length} cores), so the timing rows are not to be quoted. Run it again on an idle machine.\n`
  : '';
const machine = machineDescription();
const rows: BenchRow[] = [];
const took: string[] = [];
for (const section of sections) {
  if (only && !only.includes(section.name)) continue;
  const t0 = performance.now();
  rows.push(...(await section.run()));
  took.push(`${section.name} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const table = renderTable(rows);
console.log(table);
const duration = `The run took ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s (${took.join(', ')}).`;
console.log(`\n${duration}`);

if (process.argv.includes('--write')) {
  const flags = process.argv.slice(2).filter((a) => a !== '--write');
  const partial = quick || only
    ? `\n**Not a full run** (\`${flags.join(' ')}\`)${quick ? ': the browser section ran a few rounds only, to check that it works; its figures are not to be quoted' : ''}. Run \`npm run bench -- --write\` on an idle machine for figures.\n`
    : '';
  writeFileSync(
    'BENCHMARKS.md',
    `# Benchmarks\n\nThe last \`npm run bench -- --write\`, started ${started.toISOString()}. Medians and p95 over repeated runs; the\nbrowser rows run real headless Chromium with the built extension and, as the baseline, an empty extension (two empty\n\`document_start\` content scripts, MAIN world and isolated) launched the same way. A ✗ is a goal this machine did not\nreach in this run. ${duration}\n${partial}${busy}\n## Machine\n\n${machine.map((l) => `- ${l}`).join('\n')}\n\n## Results\n\n${table}\n`,
  );
  console.log('\nwritten: BENCHMARKS.md');
}
