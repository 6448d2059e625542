/** Prints the README's coverage table: npx tsx lib/protocols/coverage-table.print.ts (`npm run generate` writes it into the README). */
import { coverageTable } from './coverage-table';
import { protocols } from './index';

process.stdout.write(`${coverageTable(protocols)}\n`);
