/**
 * What a source can say about the data the UI is showing (issue 4, "Cache and status"):
 * - live: fetched successfully at `at`;
 * - snapshot: nothing live yet, the bundled snapshot (as of `asOf`) is what is shown;
 * - failed: the last attempt failed with a short reason ("timeout", "http 503", …). `using` says what is shown
 *   instead — earlier live data, the snapshot, or nothing — because a failed refresh never replaces good data;
 * - pending: never fetched, and no snapshot covers this source.
 * Times are ISO strings so a status can be stored and messaged as-is.
 */
export type SourceStatus =
  | { state: 'live'; at: string }
  | { state: 'snapshot'; asOf: string }
  | { state: 'failed'; reason: string; at: string; using?: { state: 'live'; at: string } | { state: 'snapshot'; asOf: string } }
  | { state: 'pending' };
