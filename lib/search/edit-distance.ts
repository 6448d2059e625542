/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "rsEHT" is one typo from
 * "rsETH"). With `prefix`, the distance from `query` to the closest prefix of `target`: what a person has
 * typed so far against a word they have not finished. Stops early once every cell exceeds `max`.
 */
export function editDistance(query: string, target: string, options: { prefix?: boolean; max?: number } = {}): number {
  const max = options.max ?? Infinity;
  const n = query.length;
  const m = target.length;
  if (n === 0) return options.prefix ? 0 : m;
  if (!options.prefix && Math.abs(n - m) > max) return max + 1;
  // Three rows: the one before the previous (for transpositions), the previous, and the current.
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = query.charCodeAt(i - 1) === target.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && query.charCodeAt(i - 1) === target.charCodeAt(j - 2) && query.charCodeAt(i - 2) === target.charCodeAt(j - 1))
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  // `previous` now holds the last row.
  if (!options.prefix) return previous[m]!;
  let best = previous[0]!;
  for (let j = 1; j <= m; j++) if (previous[j]! < best) best = previous[j]!;
  return best;
}
