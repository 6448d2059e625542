/**
 * The browser rows' baseline: an extension that does nothing, launched exactly like the real one. It has the same two
 * `document_start` content scripts (MAIN world and isolated, every frame, about:blank and opaque-origin frames too),
 * each empty, so what a page pays for "an extension with content scripts" is on both sides and the difference is
 * what LRT Advisor's own code costs.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function writeEmptyExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lrt-advisor-empty-extension-'));
  const script = { matches: ['http://*/*', 'https://*/*'], all_frames: true, match_about_blank: true, match_origin_as_fallback: true, run_at: 'document_start' };
  const manifest = {
    manifest_version: 3,
    name: 'Empty extension (benchmark baseline)',
    version: '0.0.0',
    host_permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [
      { ...script, js: ['main-world.js'], world: 'MAIN' },
      { ...script, js: ['isolated.js'] },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // One statement that does nothing, so no browser can skip the injection (and the isolated world it creates).
  await writeFile(join(dir, 'main-world.js'), 'void 0;\n');
  await writeFile(join(dir, 'isolated.js'), 'void 0;\n');
  return dir;
}
