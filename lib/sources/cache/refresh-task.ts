import type { SourceStatus } from './source-status.ts';

/**
 * One unit of background refresh. DefiLlama's sources are tasks (createDefillamaSources); the on-chain readers
 * (lib/sources/onchain) plug in the same way — one task per chain's multicall — and refreshAll runs them together.
 */
export interface RefreshTask {
  /** Source id, as shown in the status list: `defillama.pools`, `onchain.1`, … */
  id: string;
  refresh(signal?: AbortSignal): Promise<SourceStatus>;
}
