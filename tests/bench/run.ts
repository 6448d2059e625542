/**
 * `npm run bench`: one table for every section. A section is a file in tests/bench that returns rows; add it to
 * `sections` below. `npm run bench -- --write` also writes BENCHMARKS.md: the table and the machine it ran on.
 */
import { writeFileSync } from 'node:fs';
import { benchBrowser } from './browser';
import { benchDetect } from './detect';
import { benchJudgement } from './judgement';
import { machineDescription } from './machine';
import { benchOnchain } from './onchain';
import { benchPopup } from './popup';
import { benchSources } from './sources';
import { renderTable, type BenchRow } from './table';

const sections: { name: string; run: () => BenchRow[] | Promise<BenchRow[]> }[] = [
  { name: 'detect', run: benchDetect },
  { name: 'judgement', run: benchJudgement },
  { name: 'sources', run: benchSources },
  { name: 'onchain', run: benchOnchain },
  { name: 'browser', run: benchBrowser },
  { name: 'popup', run: benchPopup },
];

const started = new Date();
const machine = machineDescription();
const rows: BenchRow[] = [];
for (const section of sections) rows.push(...(await section.run()));
const table = renderTable(rows);
console.log(table);

if (process.argv.includes('--write')) {
  writeFileSync(
    'BENCHMARKS.md',
    `# Benchmarks\n\nThe last \`npm run bench -- --write\`, started ${started.toISOString()}. Medians and p95 over repeated runs; the\nbrowser rows run real headless Chromium with the built extension and, in the same run, a browser without it as the\nbaseline. A ✗ is a goal this machine did not reach in this run.\n\n## Machine\n\n${machine.map((l) => `- ${l}`).join('\n')}\n\n## Results\n\n${table}\n`,
  );
  console.log('\nwritten: BENCHMARKS.md');
}
