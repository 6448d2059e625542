/**
 * The built extension with its background worker taken out: what a page is left with when the worker is gone (the
 * extension was updated or reloaded under it, or its worker keeps failing). The content scripts are the real built
 * ones; every message they send finds nobody ("Receiving end does not exist"), so the warning they show is the plain
 * fallback (lib/warning/fallback-dialog.ts).
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withoutWorker(extensionDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lrt-advisor-no-worker-'));
  await cp(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { background?: unknown };
  if (!manifest.background) throw new Error(`no background in ${extensionDir}/manifest.json to take out`);
  delete manifest.background;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
