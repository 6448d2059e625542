import type { SourceStatus } from './source-status.ts';

/** "3 min ago", "2 h ago", "5 days ago"; a time in the future (clock skew) reads as "just now". */
export function formatAge(fromIso: string, now: Date): string {
  const ms = now.getTime() - new Date(fromIso).getTime();
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/**
 * One line for the UI: "live, 3 min ago", "snapshot 2026-11-20", "failed: timeout", "not checked yet".
 * With `withFallback`, a failure also says what is shown instead: "failed: timeout (showing data from 2 h ago)".
 */
export function formatSourceStatus(status: SourceStatus, now: Date, options: { withFallback?: boolean } = {}): string {
  switch (status.state) {
    case 'live':
      return `live, ${formatAge(status.at, now)}`;
    case 'snapshot':
      return `snapshot ${status.asOf.slice(0, 10)}`;
    case 'pending':
      return 'not checked yet';
    case 'failed': {
      const line = `failed: ${status.reason}`;
      if (!options.withFallback || !status.using) return line;
      return status.using.state === 'live'
        ? `${line} (showing data from ${formatAge(status.using.at, now)})`
        : `${line} (showing snapshot ${status.using.asOf.slice(0, 10)})`;
    }
  }
}
