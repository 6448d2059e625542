/** `node --import tsx lib/risk/write-methodology.ts`: rewrites the README's methodology table from the rules. */
import { readFileSync, writeFileSync } from 'node:fs';
import { methodologyTable } from './methodology';
import { rules } from './rules';

const path = new URL('../../README.md', import.meta.url);
const lines = readFileSync(path, 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith('| rule | what it measures'));
if (start < 0) throw new Error('README.md has no methodology table');
let end = start;
while (end < lines.length && lines[end]!.startsWith('|')) end++;
lines.splice(start, end - start, ...methodologyTable(rules).split('\n'));
writeFileSync(path, lines.join('\n'));
