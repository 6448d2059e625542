import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './puppeteer-driver';

const run = promisify(execFile);

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('the Firefox build', () => {
  it('has the gecko id, a minimum version and MAIN-world hook at document_start', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'lrt-advisor@lrt-advisor.org', strict_min_version: '140.0' });
    expect(manifest.content_scripts).toContainEqual(expect.objectContaining({ world: 'MAIN', run_at: 'document_start', all_frames: true }));
  });

  it('passes web-ext lint: no errors, and no warning from our own code', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json'], { maxBuffer: 20 << 20 }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Allowed: react-dom's own innerHTML assignments in the lazily injected warning UI (listed in the README).
    const ours = report.warnings.filter((w) => {
      if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(w.message) || !w.file) return true;
      return !readFileSync(join(FIREFOX_EXTENSION_DIR, w.file), 'utf8').includes('react.dev/errors');
    });
    expect(ours).toEqual([]);
  });

  it('holds no Function constructor or eval', () => {
    for (const file of ['background.js', 'warning-ui.js', 'warning-surface.js', 'warning-bridge.js', 'content-scripts/wallet-hook.js']) {
      const code = readFileSync(join(FIREFOX_EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\bnew Function\b|=\s*Function\b(?!\.)|\beval\(/);
    }
  });
});

/** Entry names from a zip's central directory. */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(offset + 28);
    const extra = buf.readUInt16LE(offset + 30);
    const comment = buf.readUInt16LE(offset + 32);
    names.push(buf.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

describe('npm run zip', () => {
  it('produces the Chrome and Firefox packages and a sources archive of the project only', async () => {
    // Vitest sets NODE_ENV=test; a build that inherited it would bundle React's development build into the very
    // output the other browser tests load next.
    await run('npm', ['run', 'zip'], { maxBuffer: 20 << 20, env: { ...process.env, NODE_ENV: 'production' } });
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    const chrome = zipEntries(`.output/lrt-advisor-${version}-chrome.zip`);
    const firefox = zipEntries(`.output/lrt-advisor-${version}-firefox.zip`);
    const sources = zipEntries(`.output/lrt-advisor-${version}-sources.zip`);
    for (const pkg of [chrome, firefox]) expect(pkg).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'warning-ui.js', 'content-scripts/wallet-hook.js']));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background.ts']));
    expect(sources.filter((n) => /^(node_modules|\.output|\.wxt|\.git)\//.test(n))).toEqual([]);
  }, 120_000);
});
