/**
 * Every file `npm run generate` writes, with what renders it. `generated-files.test.ts` regenerates them all into a
 * temporary folder and fails when one differs from the file in the tree.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderKnownAddressPrefixes } from '../detect/render-known-address-prefixes';
import { withCoverageTable } from '../protocols/coverage-table';
import { protocols } from '../protocols/index';
import { renderAcceptedAssets } from '../report/render-accepted-assets';
import { withMethodologyTable } from '../risk/methodology';
import { rules } from '../risk/rules';

export interface GeneratedFile {
  /** From the project root. */
  path: string;
  /** The file's new text, given its current text (a generated section inside a hand-written file keeps the rest). */
  render(current: string): string;
}

export const generatedFiles: readonly GeneratedFile[] = [
  { path: 'lib/detect/known-address-prefixes.generated.ts', render: renderKnownAddressPrefixes },
  { path: 'lib/report/accepted-assets.generated.ts', render: renderAcceptedAssets },
  { path: 'README.md', render: (readme) => withCoverageTable(withMethodologyTable(readme, rules), protocols) },
];

/** Renders every generated file from the tree at `root` and writes it under `outDir` (the tree itself by default). */
export function writeGeneratedFiles(root: string, outDir = root): string[] {
  return generatedFiles.map((file) => {
    const text = file.render(readFileSync(join(root, file.path), 'utf8'));
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), text);
    return file.path;
  });
}
