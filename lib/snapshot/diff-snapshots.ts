export type FactChange =
  /** A value changed (including null → value and value → null). */
  | { kind: 'changed'; path: string; before: unknown; after: unknown; source?: string | undefined; asOf?: string | undefined }
  /** Same value, newer as-of or another source: re-confirmed rather than changed. */
  | { kind: 'refreshed'; path: string; asOf?: string | undefined }
  | { kind: 'added'; path: string; after: unknown }
  | { kind: 'removed'; path: string; before: unknown };

/** Array members are matched by these keys, so reordering or inserting one audit does not read as "all changed". */
const ARRAY_KEYS = ['id', 'reportUrl', 'address', 'name', 'title', 'label'] as const;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A snapshot fact: `{value, asOf, …}` (see snapshot-schema.ts factSchema). */
function isFact(v: unknown): v is Obj & { value: unknown; asOf: string } {
  return isObject(v) && 'value' in v && 'asOf' in v;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function uniqueKey(items: unknown[], key: string): boolean {
  if (!items.every(isObject)) return false;
  const values = items.map((i) => (i as Obj)[key]);
  return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
}

function keyFor(a: unknown[], b: unknown[]): string | null {
  return ARRAY_KEYS.find((key) => uniqueKey(a, key) && uniqueKey(b, key)) ?? null;
}

function walk(path: string, a: unknown, b: unknown, out: FactChange[]): void {
  if (equal(a, b)) return;
  if (isFact(a) && isFact(b)) {
    if (equal(a.value, b.value)) {
      out.push({ kind: 'refreshed', path, asOf: b.asOf });
    } else {
      const source = typeof b.source === 'string' ? b.source : undefined;
      out.push({ kind: 'changed', path, before: a.value, after: b.value, source, asOf: b.asOf });
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = keyFor(a, b);
    if (key) {
      const before = new Map(a.map((i) => [(i as Obj)[key] as string, i]));
      const after = new Map(b.map((i) => [(i as Obj)[key] as string, i]));
      for (const [k, item] of before) {
        if (!after.has(k)) out.push({ kind: 'removed', path: `${path}[${k}]`, before: item });
      }
      for (const [k, item] of after) {
        const old = before.get(k);
        if (old === undefined) out.push({ kind: 'added', path: `${path}[${k}]`, after: item });
        else walk(`${path}[${k}]`, old, item, out);
      }
      return;
    }
    out.push({ kind: 'changed', path, before: a, after: b });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const child = path ? `${path}.${k}` : k;
      if (!(k in a)) out.push({ kind: 'added', path: child, after: b[k] });
      else if (!(k in b)) out.push({ kind: 'removed', path: child, before: a[k] });
      else walk(child, a[k], b[k], out);
    }
    return;
  }
  out.push({ kind: 'changed', path, before: a, after: b });
}

/**
 * What changed between two snapshots, fact by fact: `npm run snapshot` prints this so a rebuild is reviewed as a
 * list of facts ("lrts[weeth].tvlUsd: null → 5.1e9"), not as a JSON diff.
 */
export function diffSnapshots(before: unknown, after: unknown): FactChange[] {
  const out: FactChange[] = [];
  walk('', before, after, out);
  return out;
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** One line per change; re-confirmed facts are summarised in one line at the end. */
export function formatFactChanges(changes: readonly FactChange[]): string[] {
  const lines: string[] = [];
  let refreshed = 0;
  for (const c of changes) {
    switch (c.kind) {
      case 'changed':
        lines.push(`~ ${c.path}: ${show(c.before)} → ${show(c.after)}${c.source ? `  (${c.source}, ${c.asOf})` : ''}`);
        break;
      case 'added':
        lines.push(`+ ${c.path}: ${show(c.after)}`);
        break;
      case 'removed':
        lines.push(`- ${c.path}: ${show(c.before)}`);
        break;
      case 'refreshed':
        refreshed++;
        break;
    }
  }
  if (refreshed > 0) lines.push(`= ${refreshed} fact(s) re-confirmed with the same value`);
  if (lines.length === 0) lines.push('no changes');
  return lines;
}
