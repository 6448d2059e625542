/**
 * Renders `accepted-assets.generated.ts` from the registry and the report entries (snapshot + built);
 * `npm run generate` writes it.
 */
import { loadSnapshot } from '../snapshot/load-snapshot';
import { acceptedAssetsByLrt } from './accepted-assets';
import { reportEntries } from './report-entries';

export function renderAcceptedAssets(): string {
  const rows = Object.entries(acceptedAssetsByLrt(reportEntries(loadSnapshot()))).map(([id, a]) => `  ${JSON.stringify(id)}: ${JSON.stringify(a)},`);
  return `// Generated from lib/protocols and the report entries by \`npm run generate\` (lib/report/render-accepted-assets.ts); do not edit.
// What each report's LRT accepts as a deposit, for the popup's compare view (which does not load the registry).
import type { AcceptedAssets } from './accepted-assets';

export const ACCEPTED_ASSETS: Readonly<Record<string, AcceptedAssets>> = {
${rows.join('\n')}
};
`;
}
