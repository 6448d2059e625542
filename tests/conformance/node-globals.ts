/**
 * The one Node global the wallets' stream code (readable-stream 3, as MetaMask ships it through browserify) reads in
 * the browser: `process.nextTick`. Injected by esbuild into the real-wallet bundles only, as browserify's shim does.
 */
export const process = {
  browser: true,
  env: { NODE_ENV: 'production' },
  version: '',
  versions: {},
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
};
