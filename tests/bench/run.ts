/**
 * `npm run bench`: one table for every section. A section is a file in tests/bench that returns rows; add it to
 * `sections` below.
 */
import { benchBrowser } from './browser';
import { benchDetect } from './detect';
import { benchOnchain } from './onchain';
import { benchPopup } from './popup';
import { benchSources } from './sources';
import { renderTable, type BenchRow } from './table';

const sections: { name: string; run: () => BenchRow[] | Promise<BenchRow[]> }[] = [{ name: 'detect', run: benchDetect }, { name: 'sources', run: benchSources }, { name: 'onchain', run: benchOnchain }, { name: 'browser', run: benchBrowser }, { name: 'popup', run: benchPopup }];

const rows: BenchRow[] = [];
for (const section of sections) rows.push(...(await section.run()));
console.log(renderTable(rows));
