import { loadSnapshot } from '../../snapshot/load-snapshot.ts';
import { createDefillamaSources, type DefillamaSourcesDeps } from './defillama-sources.ts';
import type { RefreshTask } from './refresh-task.ts';
import type { SourceStatus } from './source-status.ts';

export interface RefreshAllDeps extends Omit<DefillamaSourcesDeps, 'coins' | 'snapshotAsOf'> {
  /** Defaults to every LRT token on chain 1 in the bundled snapshot. */
  coins?: readonly string[];
  signal?: AbortSignal;
  /**
   * The seam for everything that is not DefiLlama: the on-chain readers (lib/sources/onchain) pass their
   * RefreshTasks here — e.g. one per chain — and they run alongside, with the same isolation and timing.
   */
  tasks?: readonly RefreshTask[];
}

export interface RefreshReport {
  startedAt: string;
  durationMs: number;
  statuses: Record<string, SourceStatus>;
  /** Wall time per task, in ms (bench). */
  timings: Record<string, number>;
}

/** `ethereum:{address}` for each LRT token and related token on mainnet in the snapshot, for DefiLlama coins. */
export function snapshotCoinKeys(): string[] {
  const keys = new Set<string>();
  for (const lrt of loadSnapshot().lrts) {
    for (const token of [lrt.token, ...lrt.relatedTokens]) {
      if (token?.address && token.chainId === 1) keys.add(`ethereum:${token.address}`);
    }
  }
  return [...keys];
}

/**
 * One background refresh of every source: DefiLlama's three endpoints plus any tasks passed in (on-chain).
 * Needs no RPC. Tasks run concurrently and are isolated — one that throws becomes a `failed` status, never a
 * rejected refresh — and each writes through its cache, so a failure keeps the good data there was.
 */
export async function refreshAll(deps: RefreshAllDeps): Promise<RefreshReport> {
  const snapshotAsOf = loadSnapshot().asOf;
  const defillama = createDefillamaSources({ ...deps, coins: deps.coins ?? snapshotCoinKeys(), snapshotAsOf });
  return runRefreshTasks([...defillama.tasks, ...(deps.tasks ?? [])], deps);
}

/** Runs refresh tasks concurrently, each isolated: one that throws becomes a `failed` status. */
export async function runRefreshTasks(tasks: readonly RefreshTask[], opts: { now?: () => Date; signal?: AbortSignal }): Promise<RefreshReport> {
  const now = opts.now ?? (() => new Date());
  const started = performance.now();
  const startedAt = now().toISOString();
  const statuses: Record<string, SourceStatus> = {};
  const timings: Record<string, number> = {};
  await Promise.all(
    tasks.map(async (task) => {
      const t0 = performance.now();
      try {
        statuses[task.id] = await task.refresh(opts.signal);
      } catch (error) {
        const reason = error instanceof Error && error.message ? error.message.slice(0, 80) : 'error';
        statuses[task.id] = { state: 'failed', reason, at: now().toISOString() };
      }
      timings[task.id] = performance.now() - t0;
    }),
  );
  return { startedAt, durationMs: performance.now() - started, statuses, timings };
}
