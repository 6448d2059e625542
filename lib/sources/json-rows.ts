import { jsonArrayItems, type JsonArrayItemsOptions } from './json-array-items.ts';

/** What a row-by-row read counted: every element seen, and those that were not JSON or too long. */
export interface RowCounts {
  rows: number;
  rejected: number;
}

/**
 * The elements of one array in a streamed body, each parsed with JSON.parse (lib/sources/json-array-items.ts reads
 * them one at a time); an element that is too long or not JSON is counted in `counts.rejected` and skipped. Each
 * caller still checks every row with its own zod schema.
 */
export async function* jsonRows(chunks: AsyncIterable<string>, options: JsonArrayItemsOptions, counts: RowCounts): AsyncGenerator<unknown, void, undefined> {
  for await (const event of jsonArrayItems(chunks, options)) {
    counts.rows++;
    if (event.kind !== 'item') continue;
    let row: unknown;
    try {
      row = JSON.parse(event.text);
    } catch {
      counts.rejected++;
      continue;
    }
    yield row;
  }
}
