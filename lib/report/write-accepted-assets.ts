/**
 * Regenerates `accepted-assets.generated.ts` from the registry and the report entries (snapshot + built):
 *   node --import tsx lib/report/write-accepted-assets.ts
 * The accepted-assets test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { acceptedAssetsByLrt } from './accepted-assets';
import { reportEntries } from './report-entries';

export function renderAcceptedAssets(): string {
  const rows = Object.entries(acceptedAssetsByLrt(reportEntries(loadSnapshot()))).map(([id, a]) => `  ${JSON.stringify(id)}: ${JSON.stringify(a)},`);
  return `// Generated from lib/protocols and the report entries by lib/report/write-accepted-assets.ts; do not edit.
// What each report's LRT accepts as a deposit, for the popup's compare view (which does not load the registry).
import type { AcceptedAssets } from './accepted-assets';

export const ACCEPTED_ASSETS: Readonly<Record<string, AcceptedAssets>> = {
${rows.join('\n')}
};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('./accepted-assets.generated.ts', import.meta.url), renderAcceptedAssets());
}
