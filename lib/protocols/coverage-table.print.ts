/** Prints the README's coverage table: npx tsx lib/protocols/coverage-table.print.ts */
import { coverageTable } from './coverage-table';
import { protocols } from './index';

process.stdout.write(`${coverageTable(protocols)}\n`);
