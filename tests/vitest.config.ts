import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { integrationTests } from './integration-tests.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const unitFiles = ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'];

/**
 * Three projects: `unit` (pure, the fast loop), `integration` (anvil, local servers replaying recorded payloads, the
 * spawned CLI) and `e2e` (real browsers). `npm test` runs all three.
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', root, include: unitFiles, exclude: [...integrationTests], environment: 'node', testTimeout: 60_000 },
      },
      {
        plugins: [WxtVitest()],
        test: { name: 'integration', root, include: [...integrationTests], environment: 'node', testTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Tests marked concurrent (in Chromium, the fallback's: each mostly waits on the extension's timers) run at most
          // three at a time: CI has two cores.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
