/**
 * Unit test files that start something real: an anvil chain, a local HTTP server replaying recorded payloads, or
 * a spawned CLI. They run in the `integration` project; every other unit test is pure and runs in `npm run
 * test:fast`. `tests/unit/test-split.test.ts` fails when a file that starts one of these is missing here, or when
 * a file listed here no longer exists.
 */
export const integrationTests: readonly string[] = [
  'lib/cli/choose-cli.test.ts',
  'lib/cli/cli-verdict.test.ts',
  'lib/cli/cli.test.ts',
  'lib/cli/real-tx.test.ts',
  'lib/cli/token-offline.test.ts',
  'lib/exposure/read-holdings.test.ts',
  'lib/snapshot/refresh-snapshot.test.ts',
  'lib/sources/cache/cached-source.test.ts',
  'lib/sources/cache/refresh-all.test.ts',
  'lib/sources/defillama/fetch-borrow-rates.test.ts',
  'lib/sources/defillama/fetch-lrt-pools.test.ts',
  'lib/sources/defillama/fetch-prices.test.ts',
  'lib/sources/defillama/fetch-protocols.test.ts',
  'lib/sources/eigenexplorer/fetch-avs-names.test.ts',
  'lib/sources/onchain/create-rpc-client.test.ts',
  'lib/sources/onchain/read-pause-state.test.ts',
  'lib/sources/onchain/read-symbiotic-vaults.test.ts',
  'lib/sources/onchain/refresh-onchain-faults.test.ts',
  'lib/sources/onchain/refresh-onchain-live.test.ts',
  'lib/sources/onchain/refresh-onchain-markets.test.ts',
  'lib/sources/onchain/refresh-onchain-symbiotic.test.ts',
  'lib/sources/onchain/refresh-onchain.test.ts',
  'lib/worker/borrow-rate-source.test.ts',
  'lib/worker/create-worker.test.ts',
  'lib/worker/read-spender-code-batch.test.ts',
];

/** What marks a test file as one that starts a real chain, server or process. */
export const STARTS_SOMETHING = /start-anvil|startAnvil|load-world|loadWorld|node:child_process|local-server|start-slow-proxy|createServer|\.listen\(/;
