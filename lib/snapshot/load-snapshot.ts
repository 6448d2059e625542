import bundled from './snapshot.json';
import { snapshotSchema, type Snapshot } from './snapshot-schema.ts';

/** The bundled snapshot failed its schema: a build defect, caught by snapshot.test.ts before it can ship. */
export class SnapshotInvalidError extends Error {
  override name = 'SnapshotInvalidError';
  readonly issues: string[];
  constructor(issues: string[], options?: { cause?: unknown }) {
    super('snapshot invalid', options);
    this.issues = issues;
  }
}

/** Validates any snapshot-shaped value (the bundled one, or one `npm run snapshot` is about to write). */
export function parseSnapshot(raw: unknown): Snapshot {
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SnapshotInvalidError(issues, { cause: parsed.error });
  }
  return parsed.data;
}

let cached: Snapshot | undefined;

/**
 * The bundled snapshot, validated on first use and then memoised. Its `asOf` is what the UI shows as
 * "snapshot YYYY-MM-DD" when no live data is available.
 */
export function loadSnapshot(): Snapshot {
  cached ??= parseSnapshot(bundled);
  return cached;
}
