/** `npm run generate`: rewrites every generated file from the registry, the snapshot and the rules. */
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from './generated-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const path of writeGeneratedFiles(root)) console.log(`wrote ${path}`);
