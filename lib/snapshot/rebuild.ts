/**
 * `npm run snapshot`: rebuild the bundled snapshot's live facts (TVL, yields) from DefiLlama and print what changed.
 *
 * Exit codes: 0 — every live source answered (file rewritten if anything changed); 1 — some answered, their facts
 * were written, the rest are listed; 2 — no live source could be reached: nothing is written; 3 — the rebuilt
 * snapshot failed validation: nothing is written.
 *
 * Environment (tests and mirrors): LRT_SNAPSHOT_PATH, LRT_DEFILLAMA_YIELDS_URL, LRT_DEFILLAMA_API_URL,
 * LRT_SNAPSHOT_TIMEOUT_MS. `--dry-run` prints the diff without writing.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatFactChanges } from './diff-snapshots.ts';
import { parseSnapshot, SnapshotInvalidError } from './load-snapshot.ts';
import { refreshSnapshot } from './refresh-snapshot.ts';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const path = env.LRT_SNAPSHOT_PATH ?? fileURLToPath(new URL('./snapshot.json', import.meta.url));
  const dryRun = argv.includes('--dry-run');
  const timeout = Number(env.LRT_SNAPSHOT_TIMEOUT_MS);
  const current = parseSnapshot(JSON.parse(await readFile(path, 'utf8')));

  console.log(`snapshot ${current.asOf}: ${path}`);
  console.log('reading DefiLlama /pools and /protocols …');
  const result = await refreshSnapshot(current, {
    fetch: globalThis.fetch,
    ...(env.LRT_DEFILLAMA_YIELDS_URL ? { yieldsBaseUrl: env.LRT_DEFILLAMA_YIELDS_URL } : {}),
    ...(env.LRT_DEFILLAMA_API_URL ? { apiBaseUrl: env.LRT_DEFILLAMA_API_URL } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
  });

  for (const f of result.failures) console.error(`unreachable: ${f.source}: ${f.reason}`);
  if (result.reached === 0) {
    console.error('No live source could be reached (no network?). The snapshot was not changed.');
    return 2;
  }

  for (const line of formatFactChanges(result.changes)) console.log(line);
  const changed = result.changes.some((c) => c.kind !== 'refreshed');
  if (!changed) console.log('snapshot unchanged');
  else if (dryRun) console.log('--dry-run: not written');
  else {
    // Write beside the target and rename, so an interrupted run never leaves half a file.
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, `${JSON.stringify(result.next, null, 2)}\n`, 'utf8');
    await rename(tmp, path);
    console.log(`written: ${path} (asOf ${result.next.asOf})`);
  }
  return result.failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SnapshotInvalidError) {
      console.error(`snapshot invalid, not written:\n  ${error.issues.join('\n  ')}`);
      process.exitCode = 3;
      return;
    }
    console.error(error);
    process.exitCode = 3;
  },
);
